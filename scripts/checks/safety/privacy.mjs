// Item 4: privacy. With no `src`, the widgets make no request of their own (only the page and the
// script itself are fetched), set no cookie, touch no storage, send no beacon, open no socket, and
// load no image or font, while a reader uses every widget.
import { RECORDER_PATH } from '../../lib/engines.mjs';
import { CLOCK_PATH, HEAD, WIDGETS, inWidget, interact, settle } from './widgets.mjs';

/**
 * Runs before the page's own scripts (the page loads it first, as /privacy/spy.js): wraps every API
 * that can send or store something and records each call in window.calls (the wrapped call still
 * goes through).
 */
const SPY = () => {
  const calls = (window.calls = []);
  const spy = (owner, name, label) => {
    const original = owner?.[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) {
      calls.push(`${label}(${String(args[0]).slice(0, 80)})`);
      return new.target ? Reflect.construct(original, args, new.target) : original.apply(this, args);
    };
  };
  spy(window, 'fetch', 'fetch');
  spy(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  spy(window, 'WebSocket', 'WebSocket');
  spy(window, 'EventSource', 'EventSource');
  spy(window, 'Worker', 'Worker');
  spy(window, 'SharedWorker', 'SharedWorker');
  spy(window, 'Image', 'Image');
  spy(window, 'FontFace', 'FontFace');
  spy(window, 'open', 'window.open');
  spy(navigator, 'sendBeacon', 'navigator.sendBeacon');
  spy(navigator.serviceWorker, 'register', 'serviceWorker.register');
  spy(navigator.geolocation, 'getCurrentPosition', 'geolocation');
  spy(Storage.prototype, 'setItem', 'Storage.setItem');
  spy(IDBFactory.prototype, 'open', 'indexedDB.open');
  spy(window.CacheStorage?.prototype, 'open', 'caches.open');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      calls.push(`document.cookie = ${String(value).slice(0, 80)}`);
      cookie.set.call(this, value);
    },
  });
};

/**
 * Every request the page made, from the engine's own Resource Timing (the page, then each resource,
 * whatever its origin), read in the page: the same instrument in every engine.
 */
const REQUESTS = () => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];

export async function run({ browser, server, check }) {
  server.page('/privacy/spy.js', `(${SPY})();`);
  const url = server.page(
    '/privacy/page.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>privacy</title>${HEAD}
<script src="/privacy/spy.js"></script><script src="/dist/propel-widgets.js" defer></script></head>
<body>${WIDGETS.map((w) => `<div id="${w.id}">${w.html}</div>`).join('')}
<propel-clinic-hours show-local></propel-clinic-hours><propel-provider locale="es"><propel-treatment-comparison></propel-treatment-comparison></propel-provider></body></html>`,
  );
  // The browser runs in a visitor's zone (Europe/Berlin, run.mjs), so show-local has something to show.
  const page = await browser.newPage({ width: 1000, height: 800 });
  await page.goto(url);
  await settle(page);
  const done = await interact(page);
  // Hover and focus what can be hovered or focused.
  for (const target of [
    ['propel-treatment-comparison', 'thead button'],
    ['propel-location-card', 'a'],
    ['propel-fibro-guide', 'nav a'],
    ['propel-diet-grid', 'li'],
  ]) {
    await page.hover(inWidget, target);
    await page.evaluate(`(${inWidget})(${JSON.stringify(target)}).focus()`);
  }
  await new Promise((r) => setTimeout(r, 300));
  await settle(page);

  const seen = await page.evaluate(async () => ({
    calls: window.calls,
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    fonts: [...document.fonts].map((f) => `${f.family} ${f.status}`),
    imgs: (() => {
      let n = 0;
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (
            /^(img|image|picture|video|audio|iframe|object|embed|link|source)$/.test(el.localName) ||
            getComputedStyle(el).backgroundImage.includes('url(')
          )
            n++;
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return n;
    })(),
    head: [...document.head.children].map((el) => el.localName + (el.type ? `[${el.type}]` : '')),
  }));
  // The page loads the check's own instruments first (the error recorder, the frozen clock, the spy).
  const instruments = [RECORDER_PATH, CLOCK_PATH, '/privacy/spy.js'].map((path) => server.origin + path);
  // Chromium asks for /favicon.ico on its own: the browser's request, not the widgets'.
  const requests = (await page.evaluate(REQUESTS)).filter((r) => !instruments.includes(r) && !r.endsWith('/favicon.ico'));
  const expected = [url, `${server.origin}/dist/propel-widgets.js`];
  const foreign = requests.filter((r) => !expected.includes(r));
  const failed = Object.entries(done)
    .filter(([, ok]) => !ok)
    .map(([what]) => what);

  check(
    '4.1',
    "network: only the page and the script itself (Resource Timing; the check's own instruments aside)",
    foreign.length === 0 && requests.length === 2,
    foreign.length ? `also: ${foreign.join(', ')}` : `${requests.length} requests: ${requests.map((r) => new URL(r).pathname).join(', ')}`,
  );
  check(
    '4.2',
    'no fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, worker, window.open or geolocation call',
    seen.calls.filter((c) => !/^(Storage|indexedDB|caches|document\.cookie)/.test(c)).length === 0,
    seen.calls.join(', ') || 'none',
  );
  check(
    '4.3',
    'no cookies',
    seen.cookie === '' && !seen.calls.some((c) => c.startsWith('document.cookie')),
    `document.cookie ${JSON.stringify(seen.cookie)}, no cookie set through it`,
  );
  check(
    '4.4',
    'no storage: localStorage, sessionStorage, indexedDB, Cache API untouched',
    seen.local === 0 &&
      seen.session === 0 &&
      seen.databases.length === 0 &&
      seen.caches.length === 0 &&
      !seen.calls.some((c) => /^(Storage|indexedDB|caches)/.test(c)),
    `local ${seen.local}, session ${seen.session}, databases ${seen.databases.length}, caches ${seen.caches.length}`,
  );
  check(
    '4.5',
    'no images, fonts or embedded resources',
    seen.imgs === 0 && seen.fonts.length === 0 && !seen.calls.some((c) => /^(Image|FontFace)/.test(c)),
    `elements ${seen.imgs}, FontFaces ${seen.fonts.length}; <head> holds ${seen.head.join(', ')}`,
  );
  check(
    '4.6',
    'all of it while reading: sort, filter, week hours, contents, hover, focus',
    failed.length === 0 && Object.keys(done).length === 4,
    failed.join(', ') || Object.keys(done).join(', '),
  );

  // Control: the same instruments do see a request when there is one (a provider given a src).
  server.page('/privacy/content.json', '{}');
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('propel-provider'), { src: '/privacy/content.json' })),
  );
  await page.waitFor(() => window.calls.length > 0);
  const fetched = await page
    .waitFor(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/privacy/content.json')), null, { timeout: 5000 })
    .catch(() => false);
  const control = await page.evaluate(() => window.calls);
  check(
    '4.7',
    'control: the same instruments catch a provider src fetch',
    fetched && control.some((c) => c.startsWith('fetch(')),
    `${control.join(', ')}; Resource Timing ${fetched ? 'lists' : 'does not list'} /privacy/content.json`,
  );
  await page.close();
}
