// React 19 server rendering, as docs/react.md documents it. React's hydrateRoot sets neither
// object properties (the provider's `content`) nor `on<event>` listeners on custom elements that arrived
// server-rendered (facebook/react#35446): the widgets would show the embedded content and handlers would
// never fire, until a client re-render. docs/react.md's workaround sets both from a ref in an effect.
//
// This check renders one app with renderToString in Node, hydrates it with hydrateRoot in Chromium, and
// asserts for the workaround (and, so that the check notices when React fixes the bug, for the plain props):
//   - the provider's document reaches the comparison (its title is the document's),
//   - sorting calls the React handler.
// The app and the widgets are bundled from this repository's sources with Vite (no network).
//
// Usage: node scripts/checks/react-ssr.mjs
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { requireChrome } from '../lib/browsers.mjs';

const repo = resolve('.');
// Inside the repository, so that the app's bare imports (react, lit) resolve from its node_modules.
mkdirSync(join(repo, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(repo, 'node_modules/.cache/propel-react-ssr-'));
const TITLE = 'Treatments, as the React app provides them';

// docs/react.md's workaround, and the plain props it works around.
const APP = `
import { useEffect, useRef } from 'react';
import { defaultContent } from 'propel-widgets';

export const content = { ...defaultContent, treatments: { ...defaultContent.treatments, heading: ${JSON.stringify(TITLE)} } };

/** Plain props: what React 19 does not set on hydration. */
export function Plain({ onSort }) {
  return (
    <propel-provider id="plain" content={content}>
      <propel-treatment-comparison onpropel-sort={(event) => onSort(event.detail)} />
    </propel-provider>
  );
}

/** The workaround: the object property and the listener, set from refs in an effect. */
export function Workaround({ onSort }) {
  const provider = useRef(null);
  const comparison = useRef(null);
  useEffect(() => {
    provider.current.content = content;
  }, []);
  useEffect(() => {
    const element = comparison.current;
    const listener = (event) => onSort(event.detail);
    element.addEventListener('propel-sort', listener);
    return () => element.removeEventListener('propel-sort', listener);
  }, [onSort]);
  return (
    <propel-provider id="workaround" ref={provider}>
      <propel-treatment-comparison ref={comparison} />
    </propel-provider>
  );
}

export function App() {
  const record = (name) => (detail) => (window.sorted ??= []).push([name, detail.column]);
  return (
    <main>
      <Plain onSort={record('plain')} />
      <Workaround onSort={record('workaround')} />
    </main>
  );
}
`;

const CLIENT = `
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.jsx';
hydrateRoot(document.getElementById('root'), <App />);
window.hydrated = true;
`;

const alias = { 'propel-widgets': join(repo, 'src/index.ts') };
let failed = 0;
const check = (ok, label, details = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${!ok && details ? `\n       ${details}` : ''}`);
  if (!ok) failed++;
};

let browser;
let server;
try {
  writeFileSync(join(dir, 'app.jsx'), APP);
  writeFileSync(join(dir, 'client.jsx'), CLIENT);
  const common = { configFile: false, root: dir, logLevel: 'warn', resolve: { alias }, define: { 'process.env.NODE_ENV': '"production"' } };

  // The server: the app, rendered to a string in Node (Lit's DOM shim lets the widgets' modules load).
  await build({
    ...common,
    build: { ssr: join(dir, 'app.jsx'), outDir: join(dir, 'server'), target: 'node20', minify: false },
    ssr: { noExternal: ['propel-widgets'] },
  });
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  const { App } = await import(pathToFileURL(join(dir, 'server/app.js')).href);
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const markup = renderToString(createElement(App));

  // The client: React and the widgets in one bundle.
  await build({
    ...common,
    build: {
      outDir: join(dir, 'client'),
      minify: false,
      rollupOptions: { input: join(dir, 'client.jsx'), output: { format: 'iife', entryFileNames: 'client.js' } },
    },
  });
  const client = readFileSync(join(dir, 'client/client.js'));
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React SSR</title></head><body><div id="root">${markup}</div><script src="/client.js"></script></body></html>`;
  server = createServer((request, response) => {
    const js = request.url === '/client.js';
    response.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html; charset=utf-8' }).end(js ? client : page);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));

  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: requireChrome(), args: ['--no-sandbox'] });
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => window.hydrated);
  const title = (id) =>
    tab.evaluate(async (id) => {
      const element = document.querySelector(`#${id} propel-treatment-comparison`);
      await element.updateComplete;
      return element.shadowRoot.querySelector('[part~=title]')?.textContent.trim();
    }, id);
  const sort = (id) =>
    tab.evaluate((id) => {
      window.sorted = [];
      document.querySelector(`#${id} propel-treatment-comparison`).shadowRoot.querySelector('[part~=sort-button]').click();
      return window.sorted.map(([name, column]) => `${name}:${column}`);
    }, id);

  check(markup.includes('<propel-provider id="workaround">'), 'renderToString: the provider and the comparison are in the server HTML');
  check(!errors.length, 'hydrateRoot: no error and no hydration mismatch', errors.join(' | '));
  const workaroundTitle = await title('workaround');
  check(workaroundTitle === TITLE, `workaround: the provider's content reaches the comparison ("${workaroundTitle}")`);
  const workaroundSorted = await sort('workaround');
  check(
    workaroundSorted.join() === 'workaround:treatment',
    `workaround: sorting calls the React handler (${workaroundSorted.join() || 'not called'})`,
  );
  // The bug itself: when React fixes it, this says so (and docs/react.md can go).
  const plainTitle = await title('plain');
  const plainSorted = await sort('plain');
  const fixed = plainTitle === TITLE && plainSorted.length === 1;
  console.log(
    `info plain props after hydration: title "${plainTitle}", handler ${plainSorted.length ? 'called' : 'not called'}: ` +
      (fixed ? 'facebook/react#35446 looks fixed in this React' : 'facebook/react#35446 still applies'),
  );
} catch (error) {
  check(false, `React SSR check stopped: ${error.stack ?? error}`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
