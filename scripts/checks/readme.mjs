// The README's "Put a widget on a page" guides, run as written, on the build (`npm run build` first),
// in each engine (PROPEL_ENGINES, scripts/lib/browsers.mjs; all three when unset).
//  - Every `<!-- guide:NAME -->` fenced block is there.
//  - html, wordpress (in a theme's .entry-content), provider: the block in a page, its CDN script
//    rewritten to /dist/propel-widgets.js. The provider's `src` is rewritten to a second local origin
//    (another port: a cross-origin request, answered with CORS) that serves an edited
//    dist/propel-content.json.
//  - wix: the Custom Element settings done as Wix does (the script from the Server URL, createElement,
//    the attributes, appended into a box of the README's size), then with a page-wide
//    `propel-provider global src` added as a second Custom Element.
// Each propel-* element must upgrade and show its key text (the hosted document's, when it is given),
// with no page error and no console error or warning. React: scripts/checks/pack.mjs; Vue: tests/embedding/vue.test.ts.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { duration } from '../lib/browsers.mjs';
import { checkEngines, launch, RECORDER_TAG, recorderRoute } from '../lib/engines.mjs';
import { BROWSERS, floors, unused } from '../lib/features.mjs';

const GUIDES = ['html', 'wordpress', 'wix', 'react', 'vue-config', 'vue', 'provider'];
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/propel-widgets@([^/\s"']+)\/dist\/propel-widgets\.js/g;
const HOSTED_URL = 'https://www.propeltherapeutics.com/propel-content.json';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const content = JSON.parse(readFileSync('dist/propel-content.json', 'utf8'));
// The hosted document: the clinic renamed, open daily 06:15–22:45 (every badge state names one).
const hosted = structuredClone(content);
hosted.clinic.name = 'Propel Therapeutics (hosted)';
hosted.clinic.hours.weekly = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], status: 'open', opens: '06:15', closes: '22:45' }];
const HOSTED_TEXT = { 'propel-location-card': [hosted.clinic.name], 'propel-clinic-hours': [/6:15|10:45/] };
let failed = 0;

function check(ok, label, details = []) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  if (!ok) failed++;
  if (!ok) for (const line of details) console.log(`       ${line}`);
  return ok;
}

const blocks = Object.fromEntries(
  [...readme.matchAll(/<!-- guide:([\w-]+) -->\s*```\w*\n([\s\S]*?)\n```/g)].map(([, name, code]) => [name, code]),
);
for (const name of GUIDES) check(blocks[name] !== undefined, `README.md has the guide:${name} block`);

// "Browser support": its table is scripts/lib/features.mjs's derivation, row by row, and every feature
// that derivation lists is still in the drop-in.
const support = readme.split(/^## /m).find((section) => section.startsWith('Browser support')) ?? '';
const cells = (line) =>
  line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
const rows = support
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map(cells);
for (const { label, browsers } of floors()) {
  const expected = [label, ...Object.keys(BROWSERS).map((b) => browsers[b].version ?? 'not yet')];
  const row = rows.find((r) => r[0] === label);
  check(
    JSON.stringify(row) === JSON.stringify(expected),
    `README.md "Browser support": ${label}: ${expected.slice(1).join(', ')} (node scripts/lib/features.mjs)`,
    [`README.md has: ${row ? row.slice(1).join(', ') : 'no such row'}`],
  );
}
const gone = unused();
check(!gone.length, 'scripts/lib/features.mjs lists only features the drop-in uses', [`not in dist/propel-widgets.js: ${gone.join(', ')}`]);

/** The block with its CDN URL (which must pin this version) rewritten to the local build. */
function local(label, code) {
  const pinned = [...code.matchAll(CDN)].map((m) => m[1]);
  check(
    pinned.length && pinned.every((v) => v === version),
    `${label}: the CDN URL pins propel-widgets@${pinned.join(', ') || '(none)'} (package.json: ${version})`,
  );
  return code.replace(CDN, '/dist/propel-widgets.js');
}

// RECORDER_TAG: WebKit's page errors and console messages (scripts/lib/engines.mjs); the page's own first script.
const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Guide</title>${RECORDER_TAG}</head><body>${body}</body></html>`;
// A post as a typical WordPress theme renders it; the Custom HTML block goes in verbatim.
const wordpress = (block) =>
  page(`<style>
  body { font: 18px/1.8 Georgia, serif; color: #222; margin: 0; }
  .entry-content { max-width: 42rem; margin: 0 auto; padding: 0 1rem; }
  .entry-content > * { margin-block: 1.5em; }
  .entry-content h3, .entry-content table { text-transform: uppercase; letter-spacing: .05em; }
</style>
<header class="site-header"><p class="site-title"><a href="/">Partner blog</a></p></header>
<main class="site-main"><article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Living well with fibromyalgia</h1></header>
<div class="entry-content"><p>Sleep and diet matter as much as any prescription.</p>
${block}
<p>Talk to your doctor before changing your routine.</p></div></article></main>`);

// The pages and dist/, served as a CDN would.
const pages = new Map();
const server = createServer((req, res) => {
  if (recorderRoute(req, res)) return;
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  let body = pages.get(path);
  try {
    body ??= path.startsWith('/dist/') && !path.includes('..') && readFileSync(join('.', path));
  } catch {
    // Not a file on disk: a 404 below.
  }
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': { '.html': 'text/html', '.js': 'text/javascript' }[extname(path)] ?? 'application/json' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// The clinic's host, standing in for HOSTED_URL: another origin (`localhost`, another port), so the
// request is cross-origin as on a real page, answered with CORS; it counts the requests.
let hostedRequests = 0;
const host = createServer((req, res) => {
  hostedRequests++;
  res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(JSON.stringify(hosted));
});
await new Promise((done) => host.listen(0, '127.0.0.1', done));
const hostedLocal = `http://localhost:${host.address().port}/propel-content.json`;
/** A page or attribute with the README's content address pointing at the stand-in host. */
const hostedHere = (text) => text.replaceAll(HOSTED_URL, hostedLocal);

/** The key text a widget shows, from its attributes and the document in effect. */
function keyText(tag, attrs, doc) {
  const pick = (list, ids) =>
    ids ? ids.split(',').map((id) => list.find((x) => x.id === id.trim())?.name ?? `(no ${id})`) : [list[0].name];
  return (
    {
      'propel-treatment-comparison': () => pick(doc.treatments.items, attrs.highlight || attrs.treatments),
      'propel-diet-grid': () => pick(doc.diet.items, attrs.groups),
      'propel-guide-section': () => [doc.sections.find((s) => s.id === attrs.section)?.heading ?? `(no section ${attrs.section})`],
      'propel-fibro-guide': () => [doc.article.title],
      'propel-location-card': () => [doc.clinic.name],
      'propel-clinic-hours': () => [
        attrs.variant === 'week' ? 'Opening hours' : /Open now|Closing soon|Closed|by appointment/,
        { h12: / [AP]M\b/, h23: /\d\d:\d\d/ }[attrs['hour-cycle']],
      ],
    }[tag]?.() ?? []
  );
}

/**
 * In the page: the problems of the i-th propel-* element, none once it shows what is expected (else
 * at the deadline). Upgraded; key text, read through shadow roots; heading level; the week table's 7
 * rows; light-DOM fallback hidden (the provider alone slots its children); fits its Wix box.
 */
function inspect([i, expected, deadline]) {
  const el = [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('propel-'))[i];
  const deep = (n) => (n.nodeType === 3 ? n.textContent : [...(n.shadowRoot ?? n).childNodes].map(deep).join(' '));
  const text = el.shadowRoot ? deep(el).replace(/[\s\u202f]+/g, ' ') : '';
  const missing = expected.filter((e) => (e.re ? !new RegExp(e.re).test(text) : !text.includes(e.text)));
  const level = el.getAttribute('heading-level');
  const heading = el.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6')?.localName;
  const week = el.localName === 'propel-clinic-hours' && el.variant === 'week';
  const rows = week ? el.shadowRoot?.querySelectorAll('tbody tr').length : 7;
  const box = el.parentElement.classList.contains('wix-box') && el.parentElement.getBoundingClientRect();
  const size = el.getBoundingClientRect();
  const problems = [
    customElements.get(el.localName) !== el.constructor && 'not upgraded',
    missing.length && `missing text: ${missing.map((e) => e.text ?? `/${e.re}/`).join(' | ')}`,
    level && heading !== `h${level}` && `heading-level="${level}" but its first heading is <${heading}>`,
    rows !== 7 && `the week table has ${rows} rows, not 7`,
    !el.shadowRoot?.querySelector('slot') &&
      [...el.querySelectorAll('*')].some((child) => child.checkVisibility()) &&
      'its light-DOM fallback is still visible',
    box && (size.height > box.height + 1 || el.scrollWidth > box.width) && 'it does not fit its Wix box (1 px allowed for rounding)',
  ].filter(Boolean);
  const details = [
    level && `heading <${heading}>`,
    week && `${rows} rows`,
    box && `${Math.round(size.width)} × ${size.height.toFixed(1)} px in a ${box.width} × ${box.height} px box`,
  ];
  return (!problems.length || Date.now() > deadline) && { problems, details: details.filter(Boolean) };
}

/** Opens the page, runs `act`, checks each propel-* element and the page's errors and console. */
async function run(browser, label, html, { act = async () => {}, hostedPage = html.includes(HOSTED_URL) } = {}) {
  const problems = [];
  const requestsBefore = hostedRequests;
  const tab = await browser.newPage();
  try {
    pages.set(`/${browser.engine}-${label}.html`, hostedHere(html));
    await tab.goto(`${origin}/${browser.engine}-${label}.html`);
    await act(tab);
    const widgets = await tab.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('propel-'))
        .map((el) => ({ tag: el.localName, attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) })),
    );
    for (const [i, { tag, attrs }] of widgets.entries()) {
      const texts = [
        ...new Set(
          [...keyText(tag, attrs, hostedPage ? hosted : content), ...(hostedPage ? (HOSTED_TEXT[tag] ?? []) : [])].filter(Boolean),
        ),
      ];
      const expected = texts.map((e) => (e instanceof RegExp ? { re: e.source } : { text: e }));
      const state = await tab.waitFor(inspect, [i, expected, Date.now() + 8000], { timeout: 12000, polling: 100 });
      const shows = texts.map(String).join(' | ') || '(no text of its own)';
      check(!state.problems.length, `${label}: <${tag}> upgraded, shows ${[shows, ...state.details].join(', ')}`, state.problems);
    }
    const requests = hostedRequests - requestsBefore;
    if (hostedPage) check(requests === 1, `${label}: the hosted document was requested ${requests} time(s) (expected once)`);
    problems.push(...(await tab.problems()));
  } catch (error) {
    problems.push(`stopped: ${error.message}`);
  } finally {
    await tab.close();
  }
  check(!problems.length, `${label}: no page errors, console errors or warnings`, problems);
}

/** The Wix settings: `Key: value` lines; an indented line continues the key above. */
function wixSettings(text) {
  const settings = {};
  let key;
  for (const line of text.split('\n').filter((l) => l.trim())) {
    const m = /^(\S[^:]*):\s*(.*)$/.exec(line);
    if (m) settings[(key = m[1])] = [m[2].trim()];
    else settings[key]?.push(line.trim());
  }
  const attributes = (settings.Attributes ?? []).filter(Boolean).map((a) => a.split('=').map((s) => s.trim()));
  return { url: settings['Server URL']?.[0], tag: settings['Tag name']?.[0], attributes };
}

/** What Wix does for one Custom Element: loads the Server URL's script, then the element in its box. */
function wixElement(tab, { url, tag, attributes }, [width, height]) {
  return tab.evaluate(
    async ([url, tag, attributes, width, height]) => {
      if (!document.querySelector(`script[src="${url}"]`)) {
        const script = document.head.appendChild(Object.assign(document.createElement('script'), { src: url }));
        await new Promise((done, fail) => ((script.onload = done), (script.onerror = () => fail(new Error(`${url} did not load`)))));
      }
      const box = document.body.appendChild(Object.assign(document.createElement('div'), { className: 'wix-box' }));
      Object.assign(box.style, { width: `${width}px`, height: `${height}px`, overflow: 'hidden' });
      const el = document.createElement(tag);
      for (const [name, value] of attributes) el.setAttribute(name, value);
      box.append(el);
    },
    [url, tag, attributes.map(([name, value]) => [name, hostedHere(value)]), width, height],
  );
}

// What does not depend on the engine, once: the blocks' markup and the Wix settings.
const htmlPage = blocks.html && page(local('html', blocks.html));
const wordpressPage = blocks.wordpress && wordpress(local('wordpress', blocks.wordpress));
let providerPage;
if (blocks.provider) {
  const src = /src="([^"]+)"/.exec(blocks.provider)?.[1];
  check(src === HOSTED_URL, `provider: the block's src is ${src} (served from ${hostedLocal})`);
  providerPage = page(`<script src="/dist/propel-widgets.js" defer></script>\n${blocks.provider}`);
}
const wix = blocks.wix && wixSettings(local('wix', blocks.wix));
const wixOk =
  wix &&
  check(
    wix.url && wix.tag && wix.attributes.every(([name, value]) => name && value !== undefined),
    `wix: settings: ${wix.url} <${wix.tag}> ${wix.attributes.map((a) => a.join('=')).join(' ')}`,
  );
// The box the README suggests for this widget ("the week table 360 × 360 px"), else a column.
const kind =
  wixOk &&
  {
    'propel-clinic-hours': wix.attributes.some(([n, v]) => n === 'variant' && v === 'week') ? 'week table' : 'badge',
    'propel-location-card': 'location card',
  }[wix.tag];
const size = (kind &&
  new RegExp(`${kind.replace(' ', '\\s+')}\\s+(?:about\\s+)?(\\d+)\\s*×\\s*(\\d+)\\s*px`).exec(readme)?.slice(1).map(Number)) ?? [
  720, 4000,
];

const times = [];
try {
  for (const engine of checkEngines()) {
    const started = Date.now();
    const browser = await launch(engine);
    console.log(`── ${browser.version} ──`);
    try {
      if (htmlPage) await run(browser, 'html', htmlPage);
      if (wordpressPage) await run(browser, 'wordpress', wordpressPage);
      if (providerPage) await run(browser, 'provider', providerPage);
      if (wixOk) {
        await run(browser, 'wix', page(''), { act: (tab) => wixElement(tab, wix, size) });
        const provider = {
          url: wix.url,
          tag: 'propel-provider',
          attributes: [
            ['global', ''],
            ['src', HOSTED_URL],
          ],
        };
        const both = async (tab) => (await wixElement(tab, wix, size), await wixElement(tab, provider, [300, 50]));
        await run(browser, 'wix-provider', page(''), { act: both, hostedPage: true });
      }
    } finally {
      await browser.close();
    }
    times.push(`${browser.label} ${duration(Date.now() - started)}`);
  }
} finally {
  server.close();
  host.close();
}
console.log(`README guides: ${failed ? `${failed} failed` : 'passed'} (${times.join(', ')}).`);
process.exit(failed ? 1 : 0);
