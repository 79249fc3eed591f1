// Checks the prerendered snippets of `npm run build` (scripts/build/snippets.mjs) the way a partner blog
// uses them, in each engine (PROPEL_ENGINES, scripts/lib/browsers.mjs; all three when unset): each
// snippet between the paragraphs of a long article served by a local HTTP server, its CDN URLs
// rewritten to that server.
//   - markup (once): no hydration marker left, ends with its pinned script, no inline style in the CSP
//     variants;
//   - without JavaScript (the page served with `script-src 'none'`): visible, styled and its key text
//     present, at 1280 and 390 px;
//   - each snippet's own script (dist/widgets/<tag>.js; the whole drop-in for a bare tag) held back
//     until the page has painted and at least 1 s has passed, then no movement on upgrade, at 1280 and
//     390 px wide, at the top of the page and with the reader scrolled to the widget; linked
//     stylesheets are served 300 ms late. Movement is measured two ways: the boxes of every slot,
//     widget and paragraph of the article in view, before and after the upgrade (every engine), and
//     the Layout Instability API's layout-shift entries (no entry above 0.001), which only Chromium
//     has. A control (an empty tag) must move, or the measurement is blind;
//   - the CSP variants under `Content-Security-Policy: style-src 'self'`: styled, no violation, no movement;
//   - edited snippets (attributes edited in the markup, or in the DOM before the script runs) and stale
//     ones (older text in the shadow root) show the current content in the edited state once upgraded;
//     an empty tag still renders;
//   - a page that arrives in two parts, cut inside a widget's prerendered root: the root shows nothing
//     until its end has arrived, then all of it, and nothing moves. A control without the rule that
//     hides it must show the half-parsed root.
// Prints one line per check and each engine's time; exits non-zero on a failure.
// Usage: node scripts/checks/snippets.mjs [--dist dist] [--screenshots]   (PNGs: screenshots/snippets-<engine>-*.png)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duration } from '../lib/browsers.mjs';
import { checkEngines, launch, RECORDER_TAG, recorderRoute } from '../lib/engines.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const DIST = resolve(arg('--dist', 'dist'));
/** The scripts arrive no sooner than this after they are requested, and only once the page has painted. */
export const SCRIPT_DELAY = 1000;
/** Linked stylesheets arrive this late. */
export const CSS_DELAY = 300;
export const MAX_SHIFT = 0.001;
export const WIDTHS = [1280, 390];
/** The light theme's text colour: a shadow root whose styles apply has it. */
const STYLED = 'rgb(20, 35, 43)';
/** In the page: the text colour of the first widget's root (STYLED once its styles apply). */
const STYLED_NOW = `getComputedStyle(document.querySelector('.slot > *').shadowRoot?.querySelector('.root') ?? document.body).color`;

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The page's own look: a blog column. A file, so that `style-src 'self'` allows it. */
const PAGE_CSS = `body{margin:0;background:#f6f7f8;color:#1d2a30;font:17px/1.6 Georgia,serif}
main{max-width:860px;margin:0 auto;padding:16px}h1{font-size:1.8em;line-height:1.2}.slot{margin:1.5em 0}`;

/**
 * Serves `root` under /dist/, /page.css, and the pages registered in `pages` (path → { html, csp, split }).
 * A path under /slow/<ms>/ is answered <ms> later; one under /hold/<key>/ when `release(key)` is called.
 * A page with `split: [at, ms]` arrives in two parts, the second <ms> after the first, as a network can
 * cut it.
 */
export async function serve(root = DIST) {
  const pages = new Map();
  const holds = new Map();
  const hold = (key) => {
    if (!holds.has(key)) {
      let release;
      holds.set(key, { promise: new Promise((r) => (release = r)), release });
    }
    return holds.get(key);
  };
  const server = createServer(async (req, res) => {
    if (recorderRoute(req, res)) return;
    let path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const slow = path.match(/^\/slow\/(\d+)(\/.*)$/);
    if (slow) {
      await sleep(Number(slow[1]));
      path = slow[2];
    }
    const held = path.match(/^\/hold\/([\w-]+)(\/.*)$/);
    if (held) {
      await hold(held[1]).promise;
      path = held[2];
    }
    const page = pages.get(path);
    if (page) {
      const headers = { 'content-type': TYPES['.html'], 'cache-control': 'no-store' };
      if (page.csp) headers['content-security-policy'] = page.csp;
      res.writeHead(200, headers);
      if (page.split) {
        const [at, ms] = page.split;
        res.write(page.html.slice(0, at));
        await sleep(ms);
        res.end(page.html.slice(at));
      } else res.end(page.html);
    } else if (path === '/page.css') {
      res.writeHead(200, { 'content-type': TYPES['.css'] }).end(PAGE_CSS);
    } else if (path.startsWith('/dist/')) {
      const file = normalize(join(root, path.slice('/dist/'.length)));
      if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    pages,
    release: (key) => hold(key).release(),
    close: () => new Promise((r) => server.close(r)),
  };
}

/**
 * Records layout shifts (where the engine has the Layout Instability API: Chromium) and CSP
 * violations from the first moment (runs in the page's head).
 */
const SHIFTS = `window.__shifts = [];
window.__layoutShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
if (__layoutShifts) new PerformanceObserver((list) => {
  for (const e of list.getEntries()) __shifts.push({ value: e.value, at: Math.round(e.startTime), sources: (e.sources || []).map((s) =>
    (s.node ? s.node.nodeName.toLowerCase() + (s.node.id ? '#' + s.node.id : '') : '?') + ' y,h ' + [s.previousRect.y, s.previousRect.height] + '→' + [s.currentRect.y, s.currentRect.height]) });
}).observe({ type: 'layout-shift', buffered: true });
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => __violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

/**
 * In the page: the viewport (top, bottom) and the boxes of the article's parts in document
 * coordinates, whatever the scroll: each slot, the widget in it, and each paragraph and heading, as
 * [name, x, y, width, height].
 */
const GEOMETRY = `(() => ({
  viewport: [scrollY, scrollY + innerHeight],
  boxes: [...document.querySelectorAll('main > *')].flatMap((el, i) => {
    const box = (node, name) => { const r = node.getBoundingClientRect(); return [name, r.x + scrollX, r.y + scrollY, r.width, r.height].map((v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)); };
    if (el.localName === 'script') return [];
    const name = el.classList.contains('slot') ? '.slot#' + el.id : el.localName + ':' + i;
    return el.classList.contains('slot') && el.firstElementChild ? [box(el, name), box(el.firstElementChild, name + ' > ' + el.firstElementChild.localName)] : [box(el, name)];
  }),
}))()`;

/**
 * What moved between two GEOMETRY readings, as the Layout Instability API sees it: a box that was or
 * is in the viewport and changed its position by more than half a pixel (`visible`); a box that
 * moved outside the viewport the whole time is `hidden` (a reader does not see it move).
 */
function moved(before, after) {
  const visible = [];
  const hidden = [];
  before.boxes.forEach(([name, ...a], i) => {
    const b = after.boxes[i]?.slice(1);
    if (b && Math.abs(a[0] - b[0]) <= 0.5 && Math.abs(a[1] - b[1]) <= 0.5) return;
    const seen = (box, [top, bottom]) => box && box[1] < bottom && box[1] + box[3] > top;
    const line = `${name} y ${a[1]} → ${b ? b[1] : 'gone'}`;
    (seen(a, before.viewport) || seen(b, after.viewport) ? visible : hidden).push(line);
  });
  return { visible, hidden };
}

/** "a; b; c and 4 more" */
const some = (lines) => `${lines.slice(0, 3).join('; ')}${lines.length > 3 ? ` and ${lines.length - 3} more` : ''}`;

const words =
  'Fibromyalgia affects how the body processes pain, and treatment usually combines several approaches. Readers of this blog often ask which options have the best evidence, how long they take to work, and what they cost.';

/**
 * A long article with `body` (one or more snippets, each in a .slot) between its paragraphs. `script`: the
 * drop-in's URL, or none. `scroll`: scroll the reader to the first slot while the page loads.
 */
export function articlePage({ body, script, scroll = false, title = 'Living with fibromyalgia' }) {
  const paragraphs = (from, to) => Array.from({ length: to - from }, (_, i) => `<p>${from + i + 1}. ${words}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="/page.css">${RECORDER_TAG}<script>${SHIFTS}</script></head>
<body><main><h1>${title}</h1>
${paragraphs(0, 2)}
${body}
${scroll ? `<script>scrollTo(0, document.querySelector('.slot').getBoundingClientRect().top + scrollY - 80)</script>` : ''}
${paragraphs(2, 30)}
</main>${script ? `<script src="${script}" defer></script>` : ''}</body></html>`;
}

/**
 * A snippet file's markup, its CDN URLs pointing at the local server (`prefix`, e.g. a /slow/ one);
 * its scripts (dist/widgets/) at `scripts`, e.g. a /hold/ one.
 */
export function localSnippet(file, base, prefix = '/dist/', scripts = prefix) {
  return readFileSync(join(DIST, 'snippets', file), 'utf8')
    .replaceAll(`${base}widgets/`, `${scripts}widgets/`)
    .replaceAll(base, prefix);
}

/** In the page: every propel-* element, through shadow roots. */
const ALL_WIDGETS = `(() => { const out = []; const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.localName.startsWith('propel-')) out.push(el); if (el.shadowRoot) walk(el.shadowRoot); } }; walk(document); return out; })()`;

/** Waits until every widget (nested ones included) is defined and has rendered, then two frames. */
export async function waitUpgraded(page) {
  await page.waitFor(
    `${ALL_WIDGETS}.every((el) => customElements.get(el.localName) && (el.localName === 'propel-provider' || (el.hasUpdated && !el.isUpdatePending)))`,
    null,
    { timeout: 20000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await sleep(150);
}

/** The text a reader gets from an element, through open shadow roots. */
export const deepText = (page, selector) =>
  page.evaluate((selector) => {
    const text = (node) =>
      node.nodeType === 3
        ? node.textContent
        : node.localName === 'style' || node.localName === 'template'
          ? ''
          : [...(node.shadowRoot ?? node).childNodes].map(text).join('');
    const el = document.querySelector(selector);
    return el ? text(el).replace(/\s+/g, ' ') : '';
  }, selector);

/**
 * Runs `run` over `items`, `size` at a time; the results (checks) in the items' order. A run that
 * throws is a failed check of its own, and the others go on.
 */
async function pool(items, size, run) {
  const results = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await run(items[i], i).catch((error) => [false, `${items[i].name ?? items[i].file} could not run`, error.message]);
      }
    }),
  );
  return results;
}

/** Runs the checks; returns the number of failures. */
async function main() {
  if (!existsSync(join(DIST, 'snippets/index.json'))) {
    console.error(`No snippets in ${DIST}/snippets: run \`npm run build\` first (scripts/build/snippets.mjs writes them).`);
    return 1;
  }
  const index = JSON.parse(readFileSync(join(DIST, 'snippets/index.json'), 'utf8'));
  const base = index.base;
  const shots = process.argv.includes('--screenshots');
  let failed = 0;
  const check = ([ok, label, details = '']) => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${details ? `: ${details}` : ''}`);
    if (!ok) failed++;
  };

  // 1. Markup: clean, ends with its script, no inline style in the CSP variants.
  const sri = JSON.parse(readFileSync(join(DIST, 'propel-widgets.sri.json'), 'utf8'));
  for (const s of index.snippets) {
    for (const file of [s.file, s.csp].filter(Boolean)) {
      const text = readFileSync(join(DIST, 'snippets', file), 'utf8');
      const markers = text.match(/<!--\/?lit-(part|node)[^>]*-->|<\?lit\$|defer-hydration|\sshadowroot="/g) ?? [];
      // The file ends with the widget's own drop-in, pinned with the build's integrity hash; a widget's
      // comment also names the whole library's, for a page that loads it once instead.
      const own = sri.widgets[s.script.replace(/^widgets\/|\.js$/g, '')]?.integrity;
      const tag = (src, integrity) => `<script src="${base}${src}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;
      const script =
        !!own &&
        text.trimEnd().endsWith(tag(s.script, own)) &&
        (s.tag === 'propel-provider' || text.includes(tag('propel-widgets.js', sri.integrity)));
      const inline = (file.endsWith('.csp.html') || s.styles === 'linked') && /<style|\sstyle="/.test(text);
      const dsd = s.tag === 'propel-provider' ? !text.includes('<template') : text.includes('<template shadowrootmode="open">');
      // Every root holds its rules for the time before the script runs (scripts/build/prerender.ts), in
      // its own <style> or its linked stylesheet, and ends with the marker the first of them waits for.
      const roots = [
        ...text.matchAll(/<template shadowrootmode="open">(?:<style>([\s\S]*?)<\/style>|<link[^>]*href="[^"]*\/([\w-]+\.css)")/g),
      ];
      const rulesOf = ([, inline, css]) => inline ?? readFileSync(join(DIST, 'snippets', css), 'utf8');
      const ruleless = roots.filter((root) => !rulesOf(root).includes('.root:not(:has(~.parsed)){display:none}'));
      const unmarked = roots.length - (text.match(/<i class="parsed" hidden><\/i><\/template>/g) ?? []).length;
      const controls = s.tag === 'propel-treatment-comparison' && roots[0] && !rulesOf(roots[0]).includes('[part~=filter]');
      const problems = [
        markers.length && `hydration markers left: ${[...new Set(markers)].join(' ')}`,
        !script && `does not end with its pinned ${s.script}, or its comment does not name the whole library`,
        inline && 'an inline style where stylesheets should be linked',
        !dsd && (s.tag === 'propel-provider' ? 'unexpected declarative shadow root' : 'no declarative shadow root'),
        ruleless.length && `${ruleless.length} of ${roots.length} roots without the rule that shows them once parsed`,
        unmarked && `${unmarked} roots without the marker that ends them`,
        controls && "the comparison's root lacks the rules that hide its controls until the script runs",
      ].filter(Boolean);
      check([!problems.length, `markup ${file}`, problems.join('; ')]);
    }
  }

  const server = await serve(DIST);
  const times = [];
  try {
    for (const engine of checkEngines()) {
      const started = Date.now();
      const browser = await launch(engine);
      console.log(`── ${browser.version} ──`);
      try {
        await inEngine({ browser, server, index, base, shots, check });
      } finally {
        await browser.close();
      }
      times.push(`${browser.label} ${duration(Date.now() - started)}`);
    }
  } finally {
    await server.close();
  }
  console.log(`Snippets, each engine: ${times.join(', ')}.`);
  return failed;
}

/** The checks in the pages of one engine. */
async function inEngine({ browser, server, index, base, shots, check }) {
  const { engine } = browser;
  let n = 0;
  /**
   * Opens `html` in a fresh page. Without JavaScript, the page comes with `script-src 'none'` (in
   * every engine: WebDriver cannot switch scripts off), and returns once loaded. With JavaScript,
   * returns once the page is parsed and has painted, with its scripts (/hold/<key>/...) still held
   * back: `release()` lets it through.
   */
  const open = async (html, { width = 1280, js = true, csp, split } = {}) => {
    const key = `${engine}-p${++n}`;
    const policy = js ? csp : [csp, "script-src 'none'"].filter(Boolean).join('; ');
    server.pages.set(`/${key}.html`, { html: html.replaceAll('/hold/KEY/', `/hold/${key}/`), csp: policy, split });
    const page = await browser.newPage({ width, height: 900 });
    const requested = Date.now();
    await page.goto(`${server.origin}/${key}.html`, { wait: js ? 'none' : 'load' });
    // Painted: two frames after parsing, and in Chromium its first-contentful-paint entry (Firefox
    // headless and WebKitGTK report none).
    if (js)
      await page.waitFor(
        (chromium) =>
          document.readyState !== 'loading' &&
          new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))).then(
            () => !chromium || performance.getEntriesByName('first-contentful-paint').length > 0,
          ),
        engine === 'chromium',
      );
    const release = async () => {
      await sleep(SCRIPT_DELAY - (Date.now() - requested));
      server.release(key);
    };
    return { page, errors: () => page.problems(), release, close: () => page.close() };
  };
  const shoot = async (page, name) => {
    if (!shots) return;
    mkdirSync('screenshots', { recursive: true });
    const clip = await page.evaluate(() => {
      const slots = [...document.querySelectorAll('.slot')];
      const y = Math.max(0, slots[0].getBoundingClientRect().top + scrollY - 40);
      // WebKit's shots are the viewport's (scripts/lib/engines.mjs): at most its height there.
      const height = Math.min(slots.at(-1).getBoundingClientRect().bottom + scrollY + 40 - y, 8000);
      return { x: 0, y, width: innerWidth, height };
    });
    if (engine === 'webkit') clip.height = Math.min(clip.height, 900);
    writeFileSync(`screenshots/snippets-${engine}-${name}.png`, await page.screenshot({ clip }));
  };
  const slot = (markup, id = 'w') => `<div class="slot" id="${id}">${markup}</div>`;
  // Each snippet ends with its own script, held back like the drop-in: a page of snippets needs no other.
  const HELD = '/hold/KEY/dist/';
  const dropIn = (body) => (body.includes(HELD) ? undefined : `${HELD}propel-widgets.js`);
  const visual = index.snippets.filter((s) => s.tag !== 'propel-provider');
  const main = visual.filter((s) => !s.file.includes('--'));
  const sections = visual.filter((s) => s.file.includes('--'));
  const provider = index.snippets.filter((s) => s.tag === 'propel-provider');

  /**
   * Loads a page, lets its scripts in after first paint, and reports what moved: every box of the
   * article (GEOMETRY) before and after, and, in Chromium, the layout-shift entries.
   */
  const upgrade = async (body, { width, scroll = false, csp, shot }) => {
    const { page, errors, release, close } = await open(articlePage({ body, script: dropIn(body), scroll }), { width, csp });
    const painted = await page.evaluate(STYLED_NOW);
    // Linked stylesheets (served late) inside the shadow roots: Chromium does not paint before they
    // arrive; Firefox and WebKit do, unstyled, then restyle. That is not the upgrade's doing: the
    // reading before the upgrade waits for them.
    await page.waitFor(
      `${ALL_WIDGETS}.every((el) => !el.shadowRoot || [...el.shadowRoot.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet))`,
    );
    const before = await page.evaluate(`(() => ({
      geometry: ${GEOMETRY},
      defined: ${ALL_WIDGETS}.some((el) => customElements.get(el.localName)),
      color: getComputedStyle(document.querySelector('.slot > *').shadowRoot?.querySelector('.root') ?? document.body).color,
    }))()`);
    await release();
    await waitUpgraded(page);
    const after = await page.evaluate(`(() => ({
      shifts: __shifts,
      layoutShifts: __layoutShifts,
      violations: __violations,
      kept: ${ALL_WIDGETS}.filter((el) => el.shadowRoot && el.shadowRoot.querySelector(':scope > style, :scope > link')).length,
      geometry: ${GEOMETRY},
      color: getComputedStyle(document.querySelector('.slot > *').shadowRoot?.querySelector('.root') ?? document.body).color,
    }))()`);
    const problems = await errors();
    if (shot) await shoot(page, shot);
    await close();
    const worst = Math.max(0, ...after.shifts.map((s) => s.value));
    const { visible, hidden } = moved(before.geometry, after.geometry);
    const sources = after.shifts.flatMap((s) => s.sources).slice(0, 3);
    const shifts = after.layoutShifts
      ? `max shift ${worst.toFixed(4)}${after.shifts.length ? ` (${after.shifts.length} entries: ${sources.join(', ')})` : ''}, `
      : '';
    return {
      worst,
      moved: visible.length,
      before,
      after,
      errors: problems,
      text:
        `${shifts}${visible.length ? `moved in view: ${some(visible)}` : `nothing in view moved (${before.geometry.boxes.length} boxes)`}` +
        `${hidden.length ? `; out of view: ${some(hidden)}` : ''}` +
        `${painted === STYLED ? '' : '; painted before its linked stylesheet arrived'}` +
        `${before.defined ? ', a script ran before first paint' : ''}${after.kept ? `, ${after.kept} roots kept their prerendered styles` : ''}${problems.length ? `, errors: ${problems.join('; ')}` : ''}`,
      ok: worst <= MAX_SHIFT && !visible.length && !before.defined && !after.kept && !problems.length,
    };
  };

  // 2. Without JavaScript: visible, styled, readable. The section snippets share one page.
  const nojs = WIDTHS.flatMap((width) => [
    ...[...main, ...provider].flatMap((s) => [s.file, s.csp].filter(Boolean).map((file) => ({ name: file, width, items: [{ s, file }] }))),
    ...['file', 'csp'].map((key) => ({
      name: `all ${sections.length} section snippets${key === 'csp' ? ' (.csp.html)' : ''}`,
      width,
      items: sections.map((s) => ({ s, file: s[key] })),
    })),
  ]);
  const results = await pool(nojs, 4, async ({ name, width, items }) => {
    const body = items.map(({ file }, i) => slot(localSnippet(file, base), `w${i}`) + `<p>${words}</p>`).join('\n');
    const { page, close } = await open(articlePage({ body }), { width, js: false });
    const problems = [];
    const sizes = [];
    for (const [i, { s, file }] of items.entries()) {
      const box = await page.evaluate(
        ([id, tag]) => {
          const el = document.querySelector(`#${id} ${tag}`);
          const { width, height } = el.getBoundingClientRect();
          const root = el.shadowRoot?.querySelector('.root');
          return { width, height, color: root && getComputedStyle(root).color };
        },
        [`w${i}`, s.tag],
      );
      const text = await deepText(page, `#w${i} ${s.tag}`);
      const missing = s.text.filter((t) => !text.includes(t));
      sizes.push(`${Math.round(box.width)}×${Math.round(box.height)}`);
      if (!(box.width > 0 && box.height > 0)) problems.push(`${file} is not visible`);
      if (missing.length) problems.push(`${file} lacks: ${missing.join(' | ')}`);
      if (s.tag !== 'propel-provider' && box.color !== STYLED) problems.push(`${file} is unstyled (text colour ${box.color})`);
    }
    if (items.length === 1 && !name.endsWith('.csp.html') && items[0].s.tag !== 'propel-provider')
      await shoot(page, `${items[0].s.file.replace('.html', '')}-${width}-nojs`);
    await close();
    const text = items.length === 1 ? `, text: ${items[0].s.text.join(' | ')}` : ', each with its heading';
    return [
      !problems.length,
      `no-JS ${width}px ${name}`,
      problems.length
        ? problems.join('; ')
        : `${sizes.length > 1 ? `${sizes.length} widgets` : `${sizes[0]} px`}, ${items[0].s.tag === 'propel-provider' ? 'its fallback link shows' : 'styled'}${text}`,
    ];
  });
  results.forEach(check);

  // 3. Upgrade without movement. Control first: an empty tag must move the article (and, in Chromium,
  // make a layout-shift entry), or the measurement is blind.
  const control = await upgrade(slot('<propel-treatment-comparison></propel-treatment-comparison>'), { width: 1280 });
  check([
    control.moved > 0 && (!control.after.layoutShifts || control.worst > 0.05),
    'control: an empty tag moves the article on upgrade',
    control.text,
  ]);
  const cases = [
    ...main.map((s) => ({
      name: s.file,
      body: slot(localSnippet(s.file, base, s.styles === 'linked' ? `/slow/${CSS_DELAY}/dist/` : '/dist/', HELD)),
      shot: s.file.replace('.html', ''),
    })),
    {
      // The badge inside a sentence, as the bench's article places it: its prerendered room holds its
      // longest live words, so going live (at once) pushes nothing, whatever the hour.
      name: 'propel-clinic-hours.html inside a sentence',
      body: slot(
        `<p>${words.slice(0, 160)} Our clinic is open today: ${localSnippet('propel-clinic-hours.html', base, '/dist/', HELD)}</p>`,
      ),
    },
    {
      name: `all ${sections.length} section snippets`,
      body: sections.map((s, i) => slot(localSnippet(s.file, base, '/dist/', HELD), `s${i}`) + `<p>${words}</p>`).join('\n'),
    },
  ];
  const runs = WIDTHS.flatMap((width) => cases.flatMap((c) => [false, true].map((scroll) => ({ ...c, width, scroll }))));
  (
    await pool(runs, 3, async (c) => {
      const options = { width: c.width, scroll: c.scroll, shot: c.shot && !c.scroll && `${c.shot}-${c.width}-upgraded` };
      let r = await upgrade(c.body, options);
      // A machine under heavy load has shown one rare small shift (0.008) that did not come back:
      // measure a failure once more, and print both, so a real shift (which repeats) still fails.
      if (!r.ok) {
        const first = r.text;
        r = await upgrade(c.body, options);
        r.text = `${r.text} (first try: ${first})`;
      }
      return [r.ok, `upgrade ${c.width}px ${c.scroll ? 'scrolled to it' : 'at the top'} ${c.name}`, r.text];
    })
  ).forEach(check);

  // 4. CSP variants under style-src 'self' (stylesheets 300 ms late): styled before and after, no violation, no shift.
  (
    await pool(main, 3, async (s) => {
      const body = slot(localSnippet(s.csp, base, `/slow/${CSS_DELAY}/dist/`, HELD));
      const options = { width: 1280, csp: "style-src 'self'" };
      let r = await upgrade(body, options);
      // As in 3.: a failure is measured once more and both are printed (a CI run once saw a lone
      // 0.0013 shift here that the other runs did not), so a real shift, which repeats, still fails.
      if (!r.ok) {
        const first = r.text;
        r = await upgrade(body, options);
        r.text = `${r.text} (first try: ${first})`;
      }
      const styled = r.before.color === STYLED && r.after.color === STYLED;
      return [
        r.ok && styled && !r.after.violations.length,
        `CSP style-src 'self' ${s.csp}`,
        `styled before/after upgrade ${r.before.color === STYLED}/${r.after.color === STYLED}, ${r.after.violations.length} violations` +
          `${r.after.violations.length ? ` (${r.after.violations.join('; ')})` : ''}, ${r.text}`,
      ];
    })
  ).forEach(check);

  // 5. Edited and stale snippets upgrade to the current content, in the edited state.
  const comparison = localSnippet('propel-treatment-comparison.html', base, '/dist/', HELD);
  /** `text` with each [from, to] replaced once; null when one does not apply (the snippet's markup changed). */
  const edit = (text, ...pairs) =>
    pairs.reduce((out, [from, to]) => (out?.replace(from, to) === out ? null : out?.replace(from, to)), text);
  const edited = [
    {
      name: 'attributes edited in the markup (highlight="exercise", theme="dark" added)',
      body: edit(comparison, [
        '<propel-treatment-comparison filterable highlight="ketamine-therapy"',
        '<propel-treatment-comparison filterable highlight="exercise" theme="dark"',
      ]),
      tag: 'propel-treatment-comparison',
      expect: (r) => r.highlighted === 'Exercise' && r.theme === 'dark' && r.filter,
    },
    {
      name: 'attributes edited in the DOM before the script runs (highlight="acupuncture", filterable removed)',
      body: comparison,
      tag: 'propel-treatment-comparison',
      before: (el) => {
        el.setAttribute('highlight', 'acupuncture');
        el.removeAttribute('filterable');
      },
      expect: (r) => r.highlighted === 'Acupuncture' && !r.filter,
    },
    {
      name: 'guide section edited to section="sleep"',
      body: edit(localSnippet('propel-guide-section.html', base, '/dist/', HELD), [
        '<propel-guide-section section="ketamine"',
        '<propel-guide-section section="sleep"',
      ]),
      tag: 'propel-guide-section',
      expect: (r) => r.title === 'The Role of Sleep in Fibromyalgia Management' && !r.text.includes('Ketamine Therapy for Fibromyalgia'),
    },
    {
      name: 'stale snippet (an old treatment name, a row missing) shows the current content',
      body: edit(
        comparison,
        [/(<span class="name"[^>]*>)Ketamine Therapy</, '$1Ketamine Infusions (2023)<'],
        [/<tr part="row" class="">(?:(?!<\/tr>)[\s\S])*?Acupuncture[\s\S]*?<\/tr>/, ''],
      ),
      tag: 'propel-treatment-comparison',
      stale: '2023',
      expect: (r) => r.text.includes('Ketamine Therapy') && !r.text.includes('2023') && r.rows === 6,
    },
    {
      name: 'stale diet grid (a card missing) shows every food group',
      body: edit(localSnippet('propel-diet-grid.html', base, '/dist/', HELD), [
        /<li part="card">(?:(?!<\/li><\/ul>)[\s\S])*?Hydration[\s\S]*?<\/p><\/li>/,
        '',
      ]),
      tag: 'propel-diet-grid',
      expect: (r) => r.cards === 5,
    },
    {
      name: 'an empty tag still renders',
      body: '<propel-diet-grid></propel-diet-grid>',
      tag: 'propel-diet-grid',
      expect: (r) => r.cards === 5 && r.height > 100,
    },
    {
      name: `the hours badge ("${index.hours}" prerendered) goes live`,
      body: localSnippet('propel-clinic-hours.html', base, '/dist/', HELD),
      tag: 'propel-clinic-hours',
      expect: (r) => ['open', 'closing-soon', 'closed', 'appointment'].includes(r.badge) && !r.text.includes(index.hours),
    },
  ];
  // 6. Cut by the network inside a widget's prerendered root: nothing of the root shows until its end
  // arrives (PARSED, scripts/build/prerender.ts), so the half that came first moves nothing when the
  // rest does. The scripts stay held: this is the parser's doing, not the upgrade's. The page records,
  // until the root's end marker is parsed, the tallest the first widget's root got; the control is the same page
  // without the rule that hides the root, which must show part of it (the three engines render a
  // declarative shadow root while parsing it), or the check is blind.
  const HIDE = '.root:not(:has(~.parsed)){display:none}';
  const PARTIAL = `<script>window.__partial = 0; (function look() {
    const root = ${ALL_WIDGETS}[0]?.shadowRoot?.querySelector('.root');
    if (root && !root.parentNode.querySelector('.parsed')) __partial = Math.max(__partial, root.getBoundingClientRect().height);
    if (document.readyState === 'loading') setTimeout(look, 20);
  })();</script>`;
  const cuts = [
    {
      name: 'propel-clinic-hours.html inside a sentence',
      width: 390,
      markup: (s) => `<p>${words.slice(0, 160)} Our clinic is open today: ${s}</p>`,
      file: 'propel-clinic-hours.html',
    },
    { name: 'propel-treatment-comparison.html', width: 1280, markup: (s) => s, file: 'propel-treatment-comparison.html' },
  ];
  (
    await pool(
      cuts.flatMap((c) => [false, true].map((control) => ({ ...c, control }))),
      2,
      async ({ name, width, markup, file, control }) => {
        const snippet = localSnippet(file, base, '/dist/', HELD);
        if (!snippet.includes(HIDE)) return [false, `cut in two: ${name}`, `its root's <style> lacks ${HIDE}`];
        const html = articlePage({ body: slot(markup(control ? snippet.replace(HIDE, '') : snippet)) }).replace(
          '</title>',
          `</title>${PARTIAL}`,
        );
        const root = html.indexOf('<div class="root');
        const { page, close } = await open(html, { width, split: [root + 300, 800] });
        const r = await page.evaluate(`({
          partial: __partial,
          height: ${ALL_WIDGETS}[0].shadowRoot?.querySelector('.root')?.getBoundingClientRect().height ?? 0,
          shifts: __shifts,
          layoutShifts: __layoutShifts,
        })`);
        await close();
        const worst = Math.max(0, ...r.shifts.map((s) => s.value));
        const seen =
          `root ${Math.round(r.partial)} px tall while half-parsed, ${Math.round(r.height)} px once parsed` +
          (r.layoutShifts ? `, max shift ${worst.toFixed(4)}` : '');
        if (control) return [r.partial > 0, `control: cut in two without the rule, ${name}, shows part of its root (${engine})`, seen];
        return [
          r.partial === 0 && r.height > 0 && worst <= MAX_SHIFT,
          `cut in two: ${name} ${width}px shows nothing until parsed, then all`,
          seen,
        ];
      },
    )
  ).forEach(check);

  (
    await pool(edited, 3, async (e) => {
      if (e.body === null) return [false, `edited: ${e.name}`, "the edit did not apply: the snippet's markup has changed"];
      const { page, errors, release, close } = await open(articlePage({ body: slot(e.body), script: dropIn(e.body) }));
      const preview = await deepText(page, `#w ${e.tag}`);
      if (e.before) await page.evaluate(`(${e.before})(document.querySelector('#w ${e.tag}'))`);
      await release();
      await waitUpgraded(page);
      const r = await page.evaluate((tag) => {
        const el = document.querySelector(`#w ${tag}`);
        const root = el.shadowRoot;
        return {
          highlighted: root.querySelector('tr.highlighted .name')?.textContent,
          theme: root.querySelector('.root')?.classList[1],
          filter: !!root.querySelector('fieldset'),
          title: root.querySelector('.title')?.textContent,
          rows: root.querySelectorAll('tbody tr').length,
          cards: root.querySelectorAll('[part=card]').length,
          badge: root.querySelector('[part=badge]')?.className,
          height: el.getBoundingClientRect().height,
        };
      }, e.tag);
      r.text = await deepText(page, `#w ${e.tag}`);
      const problems = await errors();
      await close();
      const previewed = !e.body.includes('<template') || (preview.length > 0 && (!e.stale || preview.includes(e.stale)));
      const ok = e.expect(r) && previewed && !problems.length;
      return [ok, `edited: ${e.name}`, ok ? '' : JSON.stringify({ ...r, text: r.text.slice(0, 160), previewed, errors: problems })];
    })
  ).forEach(check);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const failed = await main();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (failed) {
    console.error(`Snippet check: ${failed} failed (${seconds} s).`);
    process.exit(1);
  }
  console.log(`Snippet check passed (${seconds} s).`);
}
