// What would the profile's candidate fixes save? Each one simulated without touching src/, measured
// against the unchanged drop-in in the same run (fresh pages, interleaved, medians, main-thread CPU
// ms until painted: scripts/tools/bench/probe.mjs).
//
//   node scripts/tools/bench/experiments.mjs [--passes N] [--big-passes N] [--json FILE]   (after `npm run build`)
//
// Six rows (eval, first comparison, each further comparison):
//   baseline      the drop-in as built
//   json-parse    the embedded content as JSON.parse('…') instead of object literals (json-variant.mjs)
//   intl-warm     ICU already initialised by the page before the widget renders (what the first render
//                 would cost if it used no Intl for the content's own language)
//   intl-cache    Intl.* constructors and Intl.getCanonicalLocales memoised per arguments (a formatter
//                 cache in src/core/format.ts and rows.ts)
// 1,000 rows (first render, sort):
//   baseline, intl-cache, fixed-layout (table { table-layout: fixed }), fixed+cache, separate-borders
//   (border-collapse: separate), no-container (:host { container-type: normal }, to price the container query)
// Long article at 390 px and 4× CPU (TBT, CLS; tags and snippets):
//   baseline      as in the bench
//   yield         each widget's first update deferred to its own task (a subclass whose scheduleUpdate()
//                 awaits a setTimeout before the first update), so the upgrade is not one long task
// Plus counts: style sheets constructed and adopted, and Lit's child parts per table row.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../lib/browsers.mjs';
import { evalDropIn, installHelpers, mountBig, mountWidget, sortBig } from './in-page.mjs';
import { jsonParseVariant } from './json-variant.mjs';
import { articlePage, bigContent, blankPage, snippetOf } from './pages.mjs';
import { idle, loadArticle, measure, median, openPage } from './probe.mjs';
import { localize, startServer } from './server.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PASSES = Number(option('--passes', 5)); // six-row and article jobs
const BIG_PASSES = Number(option('--big-passes', 3));
const JSON_OUT = option('--json', 'dist/experiments.json');

const code = readFileSync('dist/propel-widgets.js', 'utf8');
const variant = jsonParseVariant(code);
const content = JSON.parse(readFileSync('dist/propel-content.json', 'utf8'));
const big = bigContent(content, 1000);

// ── In-page set-ups (serialised into the page) ──────────────────────────────────────────────────
function intlWarm() {
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(0);
  new Intl.ListFormat('en', { type: 'unit' }).format(['a', 'b']);
  new Intl.Collator('en').compare('a', 'b');
  new Intl.PluralRules('en').select(1);
}

function intlCache() {
  for (const name of ['ListFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'NumberFormat']) {
    const Real = Intl[name];
    const cache = new Map();
    const Cached = function (locales, options) {
      const key = `${locales}|${options ? JSON.stringify(options) : ''}`;
      let formatter = cache.get(key);
      if (!formatter) cache.set(key, (formatter = new Real(locales, options)));
      return formatter;
    };
    Cached.prototype = Real.prototype;
    Cached.supportedLocalesOf = Real.supportedLocalesOf;
    Intl[name] = Cached;
  }
  const canonical = Intl.getCanonicalLocales;
  const seen = new Map();
  Intl.getCanonicalLocales = (locales) => {
    const key = String(locales);
    if (!seen.has(key)) seen.set(key, canonical(locales));
    return [...seen.get(key)];
  };
}

/** After the drop-in: adds a style sheet to the comparison's styles (before its first instance). */
function addComparisonCss(text) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  customElements.get('propel-treatment-comparison').elementStyles.push(sheet);
}

/** Counts style sheets (constructed, adopted, distinct) and Lit child parts per row, with every widget on the page. */
async function census() {
  const { settle } = window.__bench;
  const stage = document.getElementById('stage');
  for (const [tag, attrs] of [
    ['propel-treatment-comparison', ''],
    ['propel-treatment-comparison', 'highlight="exercise"'],
    ['propel-diet-grid', ''],
    ['propel-guide-section', 'section="ketamine"'],
    ['propel-fibro-guide', ''],
    ['propel-clinic-hours', ''],
    ['propel-location-card', ''],
  ])
    stage.insertAdjacentHTML('beforeend', `<${tag} ${attrs}></${tag}>`);
  await settle(stage);
  const roots = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) (roots.push(el.shadowRoot), walk(el.shadowRoot));
  };
  walk(document);
  const adopted = roots.flatMap((r) => r.adoptedStyleSheets);
  const distinct = new Set(adopted);
  const texts = new Map();
  for (const sheet of distinct) {
    const text = [...sheet.cssRules].map((r) => r.cssText).join('\n');
    texts.set(text, (texts.get(text) ?? 0) + 1);
  }
  const row = stage.querySelector('propel-treatment-comparison').shadowRoot.querySelector('tbody tr');
  const markers = document.createTreeWalker(row, NodeFilter.SHOW_COMMENT);
  let childParts = 0;
  while (markers.nextNode()) childParts++;
  return {
    shadowRoots: roots.length,
    adoptedSheets: adopted.length,
    distinctSheets: distinct.size,
    distinctTexts: texts.size,
    duplicateSheets: [...texts.values()].filter((n) => n > 1).length,
    cssChars: [...texts.keys()].reduce((a, t) => a + t.length, 0),
    sheetsConstructed: window.__sheets.constructed,
    replaceSyncCalls: window.__sheets.replaced,
    commentMarkersPerRow: childParts,
    perRoot: roots.slice(0, 12).map((r) => `${r.host.localName}:${r.adoptedStyleSheets.length}`),
  };
}

function countSheets() {
  window.__sheets = { constructed: 0, replaced: 0 };
  const Real = window.CSSStyleSheet;
  window.CSSStyleSheet = class extends Real {
    constructor(...args) {
      super(...args);
      window.__sheets.constructed++;
    }
  };
  const replaceSync = Real.prototype.replaceSync;
  Real.prototype.replaceSync = function (text) {
    window.__sheets.replaced++;
    return replaceSync.call(this, text);
  };
}

/** For the article page's <head>: every propel-* class is defined as a subclass whose first update waits for a new task. */
function yieldFirstUpdate() {
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, ctor, options) => {
    if (!tag.startsWith('propel-')) return define(tag, ctor, options);
    const Yielding = class extends ctor {
      async scheduleUpdate() {
        if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve, 0));
        return super.scheduleUpdate();
      }
    };
    return define(tag, Yielding, options);
  };
}

/**
 * In-page micro-benchmarks (wall time, alternating A/B many times, medians): the embedded content's
 * parse as object literals vs JSON.parse, and per-call Intl costs with and without a cache.
 */
async function micro({ literals, parsed }) {
  const { runScript } = window.__bench;
  const time = (fn) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const ab = (a, b, rounds) => {
    const ra = [];
    const rb = [];
    for (let i = 0; i < rounds; i++) {
      ra.push(time(() => a(i)));
      rb.push(time(() => b(i)));
    }
    return [med(ra), med(rb)];
  };
  // A unique comment per round, so that no round hits the compile cache.
  const content = ab(
    (i) => runScript(`/*${i}a*/window.__c=[${literals.join(',')}];`),
    (i) => runScript(`/*${i}b*/window.__c=[${parsed.join(',')}];`),
    40,
  );
  const canonical = (l) => Intl.getCanonicalLocales(l)[0];
  const lf = new Intl.ListFormat('en', { type: 'unit' });
  const items = ['walking', 'swimming', 'cycling'];
  const list = ab(
    () => {
      for (let i = 0; i < 1000; i++) new Intl.ListFormat(canonical('en'), { type: 'unit' }).format(items);
    },
    () => {
      for (let i = 0; i < 1000; i++) lf.format(items);
    },
    15,
  );
  const dtf = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
  const date = new Date('2024-10-01T00:00:00Z');
  const dates = ab(
    () => {
      for (let i = 0; i < 100; i++) new Intl.DateTimeFormat(canonical('en'), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    },
    () => {
      for (let i = 0; i < 100; i++) dtf.format(date);
    },
    15,
  );
  const collator = ab(
    () => {
      for (let i = 0; i < 100; i++) new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare('a', 'b');
    },
    () => {},
    15,
  );
  return {
    contentParseMs: { objectLiterals: content[0], jsonParse: content[1] },
    listFormat1000: { newEachCall: list[0], cached: list[1] },
    dateFormat100: { newEachCall: dates[0], cached: dates[1] },
    collatorNew100: collator[0],
  };
}

// ── Jobs ─────────────────────────────────────────────────────────────────────────────────────────
const samples = { small: {}, big: {}, article: {}, census: null };
const MOBILE = { width: 390, height: 844, cpuRate: 4 };

async function smallJob(browser, url, name) {
  const probe = await openPage(browser, url);
  try {
    await probe.page.evaluate(installHelpers, { src: { propel: name === 'json-parse' ? variant.code : code } });
    if (name === 'intl-warm') await probe.page.evaluate(intlWarm);
    if (name === 'intl-cache') await probe.page.evaluate(intlCache);
    await idle(probe);
    const ev = await measure(probe, evalDropIn);
    await idle(probe);
    const first = await measure(probe, mountWidget, { tag: 'propel-treatment-comparison', attrs: {} });
    await idle(probe);
    const more = await measure(probe, mountWidget, { tag: 'propel-treatment-comparison', attrs: {}, count: 4 }, 4);
    (samples.small[name] ??= []).push({ eval: ev.cpu, evalCompile: ev.compile, first: first.cpu, more: more.cpu });
  } finally {
    await probe.close();
  }
}

const CSS = {
  'fixed-layout': 'table { table-layout: fixed }',
  'fixed+cache': 'table { table-layout: fixed }',
  'separate-borders': 'table { border-collapse: separate; border-spacing: 0 }',
  'no-container': ':host { container-type: normal }',
};

async function bigJob(browser, url, name) {
  const probe = await openPage(browser, url);
  try {
    await probe.page.evaluate(installHelpers, { src: { propel: code }, big });
    if (name.includes('cache')) await probe.page.evaluate(intlCache);
    await probe.page.evaluate(evalDropIn);
    if (CSS[name]) await probe.page.evaluate(addComparisonCss, CSS[name]);
    await idle(probe);
    const first = await measure(probe, mountBig);
    const sorts = [];
    for (const column of [1, 2, 0]) {
      await idle(probe);
      sorts.push(await measure(probe, sortBig, column));
    }
    (samples.big[name] ??= []).push({
      first: first.cpu,
      firstLayout: first.layout,
      firstStyle: first.style,
      sort: median(sorts.map((s) => s.cpu)),
      sortLayout: median(sorts.map((s) => s.layout)),
      sortStyle: median(sorts.map((s) => s.style)),
    });
  } finally {
    await probe.close();
  }
}

const server = await startServer();
const url = blankPage(server);
const articleUrls = {};
for (const form of ['tags', 'snippets']) {
  for (const mode of ['baseline', 'yield']) {
    const head = mode === 'yield' ? `<script>(${yieldFirstUpdate})()</script>` : '';
    articleUrls[`${form} ${mode}`] = server.page(
      `article-${form}-${mode}`,
      articlePage(content, form, { delayMs: 500, settleMs: 400, head, snippet: (tag) => snippetOf(tag, server.origin, localize) }),
    );
  }
}
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
const started = performance.now();
try {
  {
    const probe = await openPage(browser, url, { metrics: false });
    await probe.page.evaluate(countSheets);
    await probe.page.evaluate(installHelpers, { src: { propel: code } });
    await probe.page.evaluate(evalDropIn);
    samples.census = await probe.page.evaluate(census);
    await probe.close();
  }
  {
    const probe = await openPage(browser, url, { metrics: false });
    await probe.page.evaluate(installHelpers, { src: { propel: code } });
    const literals = variant.replaced.map((r) => code.slice(r.start, r.end));
    const parsed = variant.replaced.map((r) => r.text);
    samples.micro = await probe.page.evaluate(micro, { literals, parsed });
    await probe.close();
  }
  const small = ['baseline', 'json-parse', 'intl-warm', 'intl-cache'];
  const bigs = ['baseline', 'intl-cache', 'fixed-layout', 'fixed+cache', 'separate-borders', 'no-container'];
  const articles = Object.keys(articleUrls);
  for (let pass = 0; pass < PASSES; pass++) {
    const jobs = [
      ...small.map((n) => () => smallJob(browser, url, n)),
      ...(pass < BIG_PASSES ? bigs.map((n) => () => bigJob(browser, url, n)) : []),
      ...(pass < 3
        ? articles.map((n) => async () => (samples.article[n] ??= []).push(await loadArticle(browser, url, articleUrls[n], MOBILE)))
        : []),
    ];
    for (let i = jobs.length - 1; i > 0; i--) {
      const j = (pass * 7 + i * 13) % (i + 1);
      [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
    }
    for (const job of jobs) await job();
  }
} finally {
  await browser.close();
  await server.close();
}

const summarise = (group) =>
  Object.fromEntries(
    Object.entries(group).map(([name, runs]) => [
      name,
      Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))])),
    ]),
  );
const small = summarise(samples.small);
const bigs = summarise(samples.big);
const pct = (x, base) =>
  `${x.toFixed(2)} (${x - base >= 0 ? '+' : '−'}${Math.abs(x - base).toFixed(2)}, ${(((x - base) / base) * 100).toFixed(0)}%)`;
console.log(
  `Experiments: medians of ${PASSES} interleaved passes (1,000 rows: ${BIG_PASSES}, article: 3), main-thread CPU ms until painted, ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
console.log(
  `json-parse variant: ${variant.replaced.length} literals, ${variant.replaced.reduce((a, r) => a + r.bytes, 0)} B of object literal → ${variant.replaced.reduce((a, r) => a + r.jsonParseBytes, 0)} B of JSON.parse`,
);
console.log('\nsix rows            eval (compile)                 1st comparison             each further');
for (const [name, s] of Object.entries(small)) {
  const b = small.baseline;
  console.log(
    `${name.padEnd(18)}  ${pct(s.eval, b.eval).padEnd(22)} (${s.evalCompile.toFixed(2)})  ${pct(s.first, b.first).padEnd(26)} ${pct(s.more, b.more)}`,
  );
}
console.log('\n1,000 rows          1st render (style/layout)             sort (style/layout)');
for (const [name, s] of Object.entries(bigs)) {
  const b = bigs.baseline;
  console.log(
    `${name.padEnd(18)}  ${pct(s.first, b.first).padEnd(24)} (${s.firstStyle.toFixed(1)}/${s.firstLayout.toFixed(1)})  ${pct(s.sort, b.sort).padEnd(24)} (${s.sortStyle.toFixed(1)}/${s.sortLayout.toFixed(1)})`,
  );
}
console.log('\nlong article, 390 px at 4× CPU   CLS      TBT ms   long tasks (ms, median load)');
const article = {};
for (const [name, runs] of Object.entries(samples.article)) {
  article[name] = { cls: median(runs.map((r) => r.cls)), tbt: median(runs.map((r) => r.tbt)) };
  const typical = runs.find((r) => r.tbt === article[name].tbt) ?? runs[0];
  console.log(
    `${name.padEnd(32)} ${article[name].cls.toFixed(3).padStart(6)} ${article[name].tbt.toFixed(0).padStart(9)}   ${typical.longTasks.map((t) => Math.round(t.duration)).join(', ')}`,
  );
}
console.log(
  '\nmicro (wall ms, medians):',
  JSON.stringify(samples.micro, (k, v) => (typeof v === 'number' ? +v.toFixed(3) : v)),
);
console.log('\ncensus (every widget on one page):', JSON.stringify(samples.census));
writeFileSync(
  JSON_OUT,
  `${JSON.stringify({ passes: PASSES, bigPasses: BIG_PASSES, variant: variant.replaced.map(({ bytes, jsonParseBytes }) => ({ bytes, jsonParseBytes })), small, big: bigs, article, samples }, null, 1)}\n`,
);
console.log(`\nWritten to ${JSON_OUT}.`);
