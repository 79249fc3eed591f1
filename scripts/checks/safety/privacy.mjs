// Item 4: privacy. With no `src`, the widgets make no request of their own (only the page and the
// script itself are fetched), set no cookie, touch no storage, send no beacon, open no socket, and
// load no image or font, while a reader uses every widget.
import { WIDGETS, freezeClock, interact, settle } from './widgets.mjs';

/**
 * Runs before any page script: wraps every API that can send or store something and records each
 * call in window.calls (the wrapped call still goes through).
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

export async function run({ browser, server, check }) {
  const url = server.page(
    '/privacy/page.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>privacy</title>
<script src="/dist/propel-widgets.js" defer></script></head>
<body>${WIDGETS.map((w) => `<div id="${w.id}">${w.html}</div>`).join('')}
<propel-clinic-hours show-local></propel-clinic-hours><propel-provider locale="es"><propel-treatment-comparison></propel-treatment-comparison></propel-provider></body></html>`,
  );
  // A visitor in another zone, so show-local has something to show.
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, timezoneId: 'Europe/Berlin' });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.addInitScript(SPY);
  await freezeClock(page);
  await page.goto(url);
  await settle(page);
  const done = await interact(page);
  // Hover and focus what can be hovered or focused.
  for (const selector of [
    'propel-treatment-comparison thead button',
    'propel-location-card a',
    'propel-fibro-guide nav a',
    'propel-diet-grid li',
  ]) {
    const el = page.locator(selector).first();
    await el.hover();
    await el.focus().catch(() => {});
  }
  await page.waitForTimeout(300);
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
  const cookies = await context.cookies();
  const expected = [url, `${server.origin}/dist/propel-widgets.js`];
  const foreign = requests.filter((r) => !expected.includes(r));
  const failed = Object.entries(done)
    .filter(([, ok]) => !ok)
    .map(([what]) => what);

  check(
    '4.1',
    'network: only the page and the script itself',
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
    seen.cookie === '' && cookies.length === 0 && !seen.calls.some((c) => c.startsWith('document.cookie')),
    `document.cookie ${JSON.stringify(seen.cookie)}, context cookies ${cookies.length}`,
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
  const before = requests.length;
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('propel-provider'), { src: '/privacy/content.json' })),
  );
  await page.waitForFunction(() => window.calls.length > 0);
  await page.waitForTimeout(100);
  const control = await page.evaluate(() => window.calls);
  check(
    '4.7',
    'control: the same instruments catch a provider src fetch',
    requests.length > before && control.some((c) => c.startsWith('fetch(')),
    `${control.join(', ')}; requests: ${requests
      .slice(before)
      .map((r) => new URL(r).pathname)
      .join(', ')}`,
  );
  await context.close();
}
