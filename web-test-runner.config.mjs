import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findEngine, INSTALL_HINTS, selectedEngines } from './scripts/lib/browsers.mjs';
import { webkitLauncher } from './scripts/lib/webkit-launcher.mjs';

// The engines to run in: PROPEL_ENGINES=firefox,webkit picks some (all three when unset).
// `npm run test:browser` runs this once per engine (scripts/checks/browser-tests.mjs) and prints each one's time.
const engines = selectedEngines();
for (const name of engines) if (!findEngine(name)) throw new Error(INSTALL_HINTS[name]);

/**
 * A browser of `engine`, in a visitor's environment: `timeZone` (an IANA zone), `dark` (the
 * system prefers a dark colour scheme, from launch: Firefox and WebKit cannot switch it while a
 * page is open, Chromium's emulateMedia can).
 */
function browser(engine, { timeZone, dark = false } = {}) {
  const env = { ...process.env, ...(timeZone ? { TZ: timeZone } : {}) };
  if (engine === 'chromium') {
    const args = [...chromeArgs(), ...(dark ? ['--force-dark-mode'] : [])];
    return chromeLauncher({ launchOptions: { executablePath: findEngine('chromium'), headless: true, args, env } });
  }
  if (engine === 'firefox') {
    // Over WebDriver BiDi (puppeteer-core's Firefox support); the launcher names it "Firefox".
    // 0: content prefers dark; 1: light (so the machine's own theme never decides).
    const extraPrefsFirefox = { 'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1 };
    return chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: findEngine('firefox'), headless: true, env, extraPrefsFirefox },
    });
  }
  // WebKitGTK takes the colour scheme from the GTK theme.
  return webkitLauncher({ env: { ...env, GTK_THEME: dark ? 'Adwaita:dark' : 'Adwaita' } });
}

/** The page's puppeteer Page (Chromium, Firefox) or WebDriver session (WebKit), and which engine it is. */
function driverOf(session) {
  const launcher = session.browser;
  if (launcher.type === 'webdriver') return { engine: 'webkit', webdriver: launcher.session };
  const page = launcher.getPage(session.id);
  return { engine: launcher.name === 'Firefox' ? 'firefox' : 'chromium', page };
}

/** In the page: the element marked `data-a11y-scope` (searched through shadow roots). */
const SCOPE = `(() => {
  const find = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.hasAttribute('data-a11y-scope')) return el;
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  return find(document);
})()`;

/**
 * Each engine's own accessibility tree, for `a11yNodes()` in tests/helpers.ts: the nodes of `role`
 * (with exactly one of `names`, when given) inside the shadow tree of the element marked
 * `data-a11y-scope`. Answers `[{ role, name }]`, `name` null where the engine cannot tell it:
 *  - Chromium: its full accessibility tree (puppeteer's snapshot, interestingOnly off, so tables
 *    and rows stay in);
 *  - Firefox: WebDriver BiDi's accessibility locator (a role, and an exact name) from inside the
 *    shadow root, where a search from the document does not reach. It finds nodes by name but does
 *    not tell names: without `names`, null;
 *  - WebKit: WebDriver's computed role and label of every element in the shadow tree. WebKitGTK
 *    gives some table header cells no label (their text is content, not a name): null.
 */
const a11yNodes = {
  name: 'propel-a11y-nodes',
  async executeCommand({ command, payload, session }) {
    if (command !== 'a11y-nodes') return undefined;
    const { role } = payload;
    const names = payload.names?.length ? payload.names : undefined;
    const { engine, page, webdriver } = driverOf(session);
    if (engine === 'chromium') {
      const scope = await page.evaluateHandle(SCOPE);
      const tree = await page.accessibility.snapshot({ root: scope, interestingOnly: false });
      const found = [];
      const walk = (node) => {
        if (node.role === role && (!names || names.includes(node.name))) found.push({ role, name: node.name ?? '' });
        node.children?.forEach(walk);
      };
      if (tree) walk(tree);
      return found;
    }
    if (engine === 'firefox') {
      const starts = [...(await (await page.evaluateHandle(`[...${SCOPE}.shadowRoot.children]`)).getProperties()).values()];
      const found = [];
      for (const name of names ?? [null]) {
        const query = name === null ? `::-p-aria([role="${role}"])` : `::-p-aria(${name}[role="${role}"])`;
        for (const start of starts) for (const handle of await start.asElement().$$(query)) found.push({ role, name, handle });
      }
      // A start node is among its own results when it has the role: count each element once.
      const first = await page.evaluate((...els) => els.map((el, i) => els.indexOf(el) === i), ...found.map((f) => f.handle));
      return found.filter((_, i) => first[i]).map(({ role, name }) => ({ role, name }));
    }
    // One WebDriver round trip per element: ask only about elements that can have the role (its
    // explicit role, or the tags whose implicit roles a table's can be), else about every element.
    const tags = { table: 'table', row: 'tr', columnheader: 'th, td', rowheader: 'th, td', cell: 'td, th' }[role] ?? '*';
    const elements = await webdriver.execute(
      `const [selector] = arguments; const all = [];
       const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches(selector)) all.push(el); if (el.shadowRoot) walk(el.shadowRoot); } };
       walk(${SCOPE}.shadowRoot); return all;`,
      [`${tags}, [role="${role}"]`],
    );
    const found = [];
    for (const element of elements) {
      if ((await webdriver.computedRole(element)) !== role) continue;
      const label = (await webdriver.computedLabel(element)) || null;
      if (!names || label === null || names.includes(label)) found.push({ role, name: label });
    }
    return found;
  },
};

/**
 * `emulateMedia()` from tests/helpers.ts: print and colour-scheme emulation where the engine has it
 * (Chromium, through the DevTools protocol). Answers false elsewhere, so the test scopes itself.
 */
const media = {
  name: 'propel-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'propel-media') return undefined;
    const { engine, page } = driverOf(session);
    if (engine !== 'chromium') return false;
    const features = payload.colorScheme ? [{ name: 'prefers-color-scheme', value: payload.colorScheme }] : [];
    await page.emulateMediaFeatures(features);
    await page.emulateMediaType(payload.media ?? 'screen');
    return true;
  },
};

/** The engine the page runs in (for tests whose equivalent differs by engine). */
const engineCommand = {
  name: 'propel-engine',
  executeCommand: ({ command, session }) => (command === 'propel-engine' ? driverOf(session).engine : undefined),
};

/**
 * Built files (`/dist/…`) as they are on disk, as a CDN serves them: not through the esbuild
 * transform (which would rewrite the drop-in and break its SRI hash). JSON files stay modules for
 * `import`, unless asked for with `?raw`.
 */
async function rawDist(ctx, next) {
  if (!ctx.path.startsWith('/dist/') || ctx.path.includes('..')) return next();
  if (ctx.path.endsWith('.json') && !('raw' in ctx.query)) return next();
  const file = join(process.cwd(), decodeURIComponent(ctx.path));
  if (!existsSync(file)) return next();
  ctx.type = extname(file);
  ctx.body = readFileSync(file);
}

/**
 * Test endpoints for remote content (`<propel-provider src>`):
 * - `/__propel/echo?status=N&type=T&body=B`: answers B (default empty) with status N (default 200);
 * - `/__propel/hang`: never answers (closed only when the client aborts);
 * - `/__propel/checks-hang/<name>.js`: the per-widget script dist/widgets/<name>.js, beside document
 *   checks (`content-checks.js`) that never arrive.
 * Each answer allows any origin (CORS), like a clinic's content host would.
 */
async function testServer(ctx, next) {
  if (!ctx.path.startsWith('/__propel/')) return next();
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  const beside = /^\/__propel\/checks-hang\/(propel-[a-z-]+)\.js$/.exec(ctx.path)?.[1];
  if (beside) {
    ctx.type = '.js';
    ctx.body = readFileSync(join(process.cwd(), 'dist/widgets', `${beside}.js`));
    return;
  }
  if (ctx.path === '/__propel/hang' || ctx.path === '/__propel/checks-hang/content-checks.js') {
    await new Promise((resolve) => ctx.req.on('close', resolve));
    return;
  }
  ctx.status = Number(ctx.query.status ?? 200);
  ctx.type = String(ctx.query.type ?? 'application/json');
  ctx.body = String(ctx.query.body ?? '');
}

export default {
  // *.tz.test.ts and *.dark.test.ts need the browser in another environment: they run in groups of their own.
  files: ['tests/**/*.test.ts', '!tests/**/*.tz.test.ts', '!tests/**/*.dark.test.ts'],
  // Test what ships: Lit's production build, not its dev mode.
  nodeResolve: { exportConditions: ['production'] },
  middleware: [rawDist, testServer],
  plugins: [a11yNodes, media, engineCommand, esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: engines.map((engine) => browser(engine)),
  // `wtr` runs the default group and every group below; `wtr --group tokyo` runs only that one.
  groups: [
    { name: 'tokyo', files: 'tests/**/*.tz.test.ts', browsers: engines.map((engine) => browser(engine, { timeZone: 'Asia/Tokyo' })) },
    { name: 'dark', files: 'tests/**/*.dark.test.ts', browsers: engines.map((engine) => browser(engine, { dark: true })) },
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  // Firefox takes 20–30 s to start on a busy 2-core machine, and each group starts its own browsers.
  browserStartTimeout: 120000,
};
