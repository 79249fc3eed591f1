// One small page API over the three engines, for the built files' checks (snippets, safety, readme):
// Chromium and Firefox through puppeteer-core (Firefox over WebDriver BiDi), WebKit through WebDriver
// (scripts/lib/webdriver.mjs). Only what the checks need: open a page of a given viewport, navigate,
// evaluate, wait, click, take screenshots, collect page errors.
//
// What differs by engine stays visible here: `emulate()` (reduced motion, forced colours) exists in
// Chromium only; uncaught errors (and in WebKit, which has no log events over WebDriver, console
// messages too) come from RECORDER, a script the check's pages load first. The checks serve the pages.
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, requireEngine, selectedEngines } from './browsers.mjs';
import { startWebKit } from './webdriver.mjs';

export const LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The engines a check runs in: PROPEL_ENGINES (scripts/lib/browsers.mjs), all three when unset. */
export const checkEngines = () => selectedEngines();

/**
 * In-page: records page errors and console errors and warnings in `window.__propelProblems`, for
 * WebKit (the others report them to the driver). Pages load it first, as a file (/__engine/recorder.js,
 * `recorderRoute` below) so that a strict CSP allows it.
 */
export const RECORDER = `(() => {
  if (window.__propelProblems) return;
  const problems = (window.__propelProblems = []);
  addEventListener('error', (e) => problems.push('page error: ' + e.message));
  addEventListener('unhandledrejection', (e) => problems.push('page error: ' + (e.reason && e.reason.message || e.reason)));
  for (const [level, label] of [['error', 'console error'], ['warn', 'console warning']]) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push(label + ': ' + args.map(String).join(' '));
      return original.apply(this, args);
    };
  }
})();`;

export const RECORDER_PATH = '/__engine/recorder.js';
export const RECORDER_TAG = `<script src="${RECORDER_PATH}"></script>`;

/** For a node:http handler: answers the recorder's path; true when it did. */
export function recorderRoute(req, res) {
  if (!req.url.startsWith(RECORDER_PATH)) return false;
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(RECORDER);
  return true;
}

/** A function or an expression, as the source of a function of the given arguments. */
const callable = (fn) => (typeof fn === 'function' ? `(${fn})` : `(() => (${fn}))`);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Launches `engine` ('chromium', 'firefox' or 'webkit'). `env`: the browser's environment (TZ…).
 * Returns `{ engine, label, version, newPage(options), close() }`.
 */
export async function launch(engine, { env = process.env } = {}) {
  const where = requireEngine(engine);
  if (engine === 'webkit') return launchWebKit(env);
  const browser = await puppeteer.launch({
    ...(engine === 'firefox'
      ? { browser: 'firefox', extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': 1 } }
      : { args: chromeArgs() }),
    executablePath: where,
    headless: true,
    env,
    protocolTimeout: 120000,
  });
  const version = (await browser.version()).replace(/^HeadlessChrome\//, 'Chromium ').replace(/^firefox\//, 'Firefox ');
  return {
    engine,
    label: LABELS[engine],
    version,
    /** A page in a fresh browser context (its own cookies and storage), `width` × `height`. */
    async newPage({ width = 1280, height = 900 } = {}) {
      // Firefox over BiDi now and then discards a tab created while another context closes ("no such
      // frame", DiscardedBrowsingContextError): that is the driver, not the page, so one more try.
      for (let attempt = 1; ; attempt++) {
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await page.setViewport({ width, height, deviceScaleFactor: 1 });
          return puppeteerPage(engine, page, context);
        } catch (error) {
          await context.close().catch(() => {});
          if (attempt > 1 || !/no such frame|DiscardedBrowsingContext/.test(String(error?.message))) throw error;
        }
      }
    },
    close: () => browser.close(),
  };
}

function puppeteerPage(engine, page, context) {
  const pageErrors = [];
  const consoleProblems = [];
  page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warn' || type === 'warning')
      consoleProblems.push(`console ${type === 'error' ? 'error' : 'warning'}: ${message.text()}`);
  });
  return {
    engine,
    puppeteer: page,
    /** Navigates; `wait: 'none'` returns once the document is parsing (a held script may keep it from loading). */
    async goto(url, { wait = 'load' } = {}) {
      if (wait === 'load') return void (await page.goto(url, { waitUntil: 'load', timeout: 60000 }));
      page.goto(url, { waitUntil: 'load', timeout: 0 }).catch(() => {});
      await this.waitFor((href) => location.href === new URL(href).href && document.readyState !== 'loading', url);
    },
    evaluate: (fn, ...args) => page.evaluate(callable(fn) + '(...' + JSON.stringify(args) + ')'),
    waitFor: (fn, arg, options) => waitFor((f, a) => page.evaluate(callable(f) + '(' + JSON.stringify(a) + ')'), fn, arg, options),
    /** A real click in the middle of the element that `find` (in the page) returns, scrolled into view. */
    async click(find, arg) {
      const handle = await page.evaluateHandle(callable(find) + '(' + JSON.stringify(arg) + ')');
      await handle.asElement().click();
      await handle.dispose();
    },
    /** Moves the mouse over the element that `find` returns. */
    async hover(find, arg) {
      const handle = await page.evaluateHandle(callable(find) + '(' + JSON.stringify(arg) + ')');
      await handle.asElement().hover();
      await handle.dispose();
    },
    /**
     * The element that `find` returns, as a PNG of its border box: a shot of that box in document
     * coordinates, whatever the scroll, so that two pages that place it alike give the same pixels.
     */
    async elementScreenshot(find, arg) {
      const box = await page.evaluate(
        `(() => { const r = ${callable(find)}(${JSON.stringify(arg)}).getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }; })()`,
      );
      return this.screenshot({ clip: box });
    },
    /** The viewport (or `clip`, in page coordinates) as a PNG. */
    async screenshot({ clip } = {}) {
      return Buffer.from(await page.screenshot({ type: 'png', ...(clip ? { clip, captureBeyondViewport: true } : {}) }));
    },
    /** Chromium's media emulation (DevTools protocol); false in Firefox, which has none over BiDi. */
    async emulate({ reducedMotion, forcedColors } = {}) {
      if (engine !== 'chromium') return false;
      const features = [];
      if (reducedMotion) features.push({ name: 'prefers-reduced-motion', value: reducedMotion });
      if (forcedColors) features.push({ name: 'forced-colors', value: forcedColors });
      await page.emulateMediaFeatures(features);
      return true;
    },
    /** Presses a key, or a chord such as 'Shift+Tab'. */
    async press(chord) {
      const keys = chord.split('+');
      for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
      await page.keyboard.press(keys.at(-1));
      for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
    },
    /**
     * Console errors and warnings (the driver's: the browser's own messages included), and uncaught
     * errors: the recorder's where the page loads it, since Firefox's driver also reports a CSP
     * violation that the page caught as a page error; else the driver's.
     */
    async problems() {
      const recorded = await page.evaluate('window.__propelProblems ?? null').catch(() => null);
      return [...consoleProblems, ...(recorded ? recorded.filter((p) => p.startsWith('page error')) : pageErrors)];
    },
    close: () => context.close(),
  };
}

/** Polls `fn(arg)` in the page until it returns a truthy value (then returns it), or throws at `timeout`. */
async function waitFor(evaluate, fn, arg, { timeout = 20000, polling = 100 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await evaluate(fn, arg);
      if (value) return value;
    } catch (error) {
      // A navigation in progress destroys the context: try again.
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`waitFor: not true after ${timeout} ms${last ? ` (${last.message})` : ''}: ${String(fn).slice(0, 160)}`);
    await sleep(polling);
  }
}

/**
 * WebKit: one MiniBrowser, one window per page. WebDriver drives one window at a time, so every
 * command goes through one queue that first switches to the page's window.
 */
async function launchWebKit(env) {
  // Painting on the main thread: with Skia's painting threads, the same page in two windows came out
  // with a few thousand pixels of text drawn differently (tile by tile), which a pixel comparison
  // cannot tell from a style that reached in. On the main thread the same page gives the same pixels.
  const webkit = await startWebKit({ width: 1280, height: 900, env: { ...env, WEBKIT_SKIA_CPU_PAINTING_THREADS: '0' } });
  const { session } = webkit;
  let queue = Promise.resolve();
  let current = (await session.command('GET', '/window/handles'))[0];
  const spare = [current];
  /** Runs `fn` with the session switched to `handle`, after every command queued before it. */
  const on = (handle, fn) => {
    const run = queue.then(async () => {
      if (current !== handle) await session.command('POST', '/window', { handle });
      current = handle;
      return fn();
    });
    queue = run.catch(() => {});
    return run;
  };
  return {
    engine: 'webkit',
    label: LABELS.webkit,
    version: `WebKitGTK ${webkit.version}`,
    async newPage({ width = 1280, height = 900 } = {}) {
      const handle = spare.pop() ?? (await on(current, () => session.command('POST', '/window/new', { type: 'window' }))).handle;
      await on(handle, () => session.setViewport(width, height));
      return webkitPage(session, handle, on, () => spare.push(handle));
    },
    close: () => webkit.close(),
  };
}

/**
 * In-page: a value as JSON text, written without the page's JSON.stringify of objects or its
 * toJSON methods. WebKit's WebDriver serialises results with the page's own JSON, so a page that
 * patches Array.prototype.toJSON (as the coexistence check's pages do) would garble them.
 */
const SERIALIZE = `function serialize(value) {
  if (value === null || value === undefined || typeof value === 'function') return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return JSON.stringify(value);
  let out = '';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + serialize(value[i]);
    return '[' + out + ']';
  }
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) out += (i ? ',' : '') + JSON.stringify(keys[i]) + ':' + serialize(value[keys[i]]);
  return '{' + out + '}';
}`;

function webkitPage(session, handle, on, release) {
  const execute = async (fn, args) =>
    JSON.parse(await on(handle, () => session.execute(`return Promise.resolve(${callable(fn)}(...arguments)).then(${SERIALIZE})`, args)));
  const element = (find, arg) => on(handle, () => session.execute(`return ${callable(find)}(arguments[0])`, [arg]));
  return {
    engine: 'webkit',
    async goto(url, { wait = 'load' } = {}) {
      await on(handle, () => session.navigate(url, { wait: 'none' }));
      const ready = wait === 'load' ? 'complete' : 'interactive';
      // "interactive": parsed (a held script may keep it from loading); the URL tells the new document from the old.
      await this.waitFor(
        ([href, state]) => location.href === new URL(href).href && (document.readyState === state || document.readyState === 'complete'),
        [url, ready],
        { timeout: 60000 },
      );
    },
    evaluate: (fn, ...args) => execute(fn, args),
    waitFor: (fn, arg, options) => waitFor((f, a) => execute(f, [a]), fn, arg, options),
    async click(find, arg) {
      const el = await element(find, arg);
      await on(handle, () => session.click(el));
    },
    async hover(find, arg) {
      const el = await element(find, arg);
      await on(handle, () => session.hover(el));
    },
    // WebKitGTK's element screenshots come out black here (Xvfb, no GPU): both shots are viewport
    // shots, cropped, with the page scrolled so that the box is in view; a box taller than the
    // viewport is shot a viewport at a time and stitched.
    async elementScreenshot(find, arg) {
      const el = await element(find, arg);
      const box = await on(handle, () =>
        session.execute(
          `const r = arguments[0].getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };`,
          [el],
        ),
      );
      return this.screenshot({ clip: box });
    },
    async screenshot({ clip } = {}) {
      if (!clip) return on(handle, () => session.screenshot());
      return on(handle, async () => {
        const left = Math.round(clip.x);
        const top = Math.round(clip.y);
        const width = Math.round(clip.x + clip.width) - left;
        const height = Math.round(clip.y + clip.height) - top;
        const out = new PNG({ width, height });
        // Room below the page, so that every band scrolls to the top of the viewport: where it lands
        // would otherwise depend on the page's height, and a box drawn at another offset from the
        // viewport can be anti-aliased a shade differently.
        await session.execute(
          `const room = document.body.appendChild(document.createElement('div'));
           room.dataset.engineRoom = ''; room.style.cssText = 'display:block;height:' + innerHeight + 'px';`,
        );
        for (let done = 0; done < height;) {
          // Scroll the next band to the top.
          const [viewport, x, y] = await session.execute(
            `const [x, y] = arguments; scrollTo(x, y);
             return new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)))
               .then(() => [[innerWidth, innerHeight], x - scrollX, y - scrollY]);`,
            [left, top + done],
          );
          const band = Math.min(height - done, viewport[1] - y);
          if (x < 0 || y < 0 || x + width > viewport[0] || band <= 0)
            throw new Error(`WebKit screenshot: ${width}×${height} at ${left},${top} does not fit the ${viewport.join('×')} viewport`);
          PNG.bitblt(PNG.sync.read(await session.screenshot()), out, Math.round(x), Math.round(y), width, band, 0, done);
          done += band;
        }
        await session.execute(`document.querySelector('[data-engine-room]')?.remove()`);
        return PNG.sync.write(out);
      });
    },
    emulate: async () => false,
    press: (key) => on(handle, () => session.sendKeys([key])),
    problems: () => execute(() => window.__propelProblems ?? ['(no recorder on this page: load RECORDER first)'], []),
    async close() {
      await on(handle, () => session.navigate('about:blank')).catch(() => {});
      release();
    },
  };
}
