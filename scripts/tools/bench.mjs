// Rendering benchmarks in headless Chromium (playwright-core), run by `npm run bench` after the build.
// Prints one table and writes every sample to dist/bench.json.
//
// The machine is shared and noisy, so: every page is fresh (its own browser context, so its own
// renderer: no compile cache, no warm JIT), the subjects are interleaved in a shuffled order in each
// pass, the numbers are medians over the passes, and main-thread time is the renderer main thread's
// CPU time read through the DevTools protocol (scripts/tools/bench/probe.mjs); in-page wall time is kept
// in the JSON. Compare the ratios from one run, not absolute times across runs or machines.
//
//   widgets      per tag: gzip bytes of its own code (dist/size-ledger.json), its customElements.define()
//                call, the first render of one instance on a fresh page after the drop-in ran
//                (append → every Lit update done → forced style and layout → next frame painted), and
//                each further instance (the same, one after another)
//   comparison   the same six rows as <propel-treatment-comparison> (with the whole drop-in, and with its
//                own per-widget script dist/widgets/propel-treatment-comparison.js), Grid.js 6.2 and a
//                static <table>: the first instance including the library's evaluation, each further
//                instance, a sort; the own script and Grid.js also loaded from their URLs (`<script src>`),
//                as pages load them: a streamed script is compiled off the main thread
//   1,000 rows   a <propel-provider> with 1,000 treatments around a comparison: first render, one sort
//   article      CLS and TBT of a long article with the widgets as empty tags (script async), as the
//                prerendered snippets of dist/snippets/, or absent; 390 px at 4× CPU and 1280 px at 1×;
//                with the snippets at 4× CPU, the longest task of the upgrade (the page's observer tells
//                the script's evaluation and the widgets' first renders apart: in-page.mjs)
//   Lighthouse   the same article with the snippets and without widgets, in rounds, with Lighthouse's
//                devtools throttling (mobile, 4× CPU): the added TBT (median of the rounds) and CLS; and
//                two references in each round: the snippets' content as plain HTML (no widget, no
//                script), and the snippets without the script (the page's own work on their markup)
//   CPU time     the article with the snippets at 1× CPU, traced: each main-thread task's CPU time from
//                the script's evaluation on, and the TBT those tasks make at 4× CPU on an idle machine
//                (bench/trace.mjs), which the machine's other work does not change
//
// Options: --passes N (default 5; at least 3 run, more while the --budget of 110 s allows),
// --article-passes N (default 3: the article and 1,000-row jobs), --lighthouse-pairs N (default 3; 0 skips
// Lighthouse), --json FILE (default dist/bench.json), --article-without TAG,TAG (an experiment: the article
// without those widgets, printed only).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { writeSection } from '../lib/performance-doc.mjs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../lib/browsers.mjs';
import { evalDropIn, installHelpers, mountBig, mountSubject, mountWidget, sortBig, sortSubject, validateBig } from './bench/in-page.mjs';
import { ARTICLE_WIDGETS, articlePage, bigContent, blankPage, gridData, plainOf, snippetOf, staticMarkup } from './bench/pages.mjs';
import { idle, loadArticle, measure, median, openPage } from './bench/probe.mjs';
import { lighthousePairs, lighthouseVersion } from './bench/lighthouse.mjs';
import { traceArticle } from './bench/trace.mjs';
import { goal, renderTable } from './bench/report.mjs';
import { localize, startServer } from './bench/server.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PASSES = Number(option('--passes', 5));
const ARTICLE_PASSES = Number(option('--article-passes', 3)); // also the passes of the 1,000-row job
const LIGHTHOUSE_PAIRS = Number(option('--lighthouse-pairs', 3));
const MIN_PASSES = Math.min(PASSES, 3);
const BUDGET = Number(option('--budget', 110)); // seconds: no pass beyond MIN_PASSES starts if it would end later
const JSON_OUT = option('--json', 'dist/bench.json');
// An experiment: the article without these widgets (comma-separated tags), e.g. to price one widget's
// share of the added TBT. Its figures are printed and kept in the JSON, not written to docs/performance.md.
const WITHOUT = option('--article-without', '').split(',').filter(Boolean);
const ARTICLE = ARTICLE_WIDGETS.filter((w) => !WITHOUT.includes(w.tag));
if (WITHOUT.length && ARTICLE.length + WITHOUT.length !== ARTICLE_WIDGETS.length)
  throw new Error(`--article-without: the article's widgets are ${ARTICLE_WIDGETS.map((w) => w.tag).join(', ')}`);
const MORE = 4; // further instances per page
const SORTS = 3; // sort clicks per page (one per column)
const BIG_ROWS = 1000;
const SCRIPT_DELAY = 500; // ms the article's script is held back, so the page paints first
const SETTLE = 400; // ms the article page stays observed after its widgets have rendered

/** The seven tags, as the bench renders each. */
const WIDGETS = [
  { tag: 'propel-provider', folder: 'provider', attrs: {} },
  { tag: 'propel-treatment-comparison', folder: 'treatment-comparison', attrs: {} },
  { tag: 'propel-diet-grid', folder: 'diet-grid', attrs: {} },
  { tag: 'propel-guide-section', folder: 'guide-section', attrs: { section: 'ketamine' }, label: 'propel-guide-section ketamine' },
  { tag: 'propel-fibro-guide', folder: 'fibro-guide', attrs: {} },
  { tag: 'propel-clinic-hours', folder: 'clinic-hours', attrs: {}, label: 'propel-clinic-hours (badge)' },
  { tag: 'propel-location-card', folder: 'location-card', attrs: {} },
];
const SUBJECTS = ['propel', 'widget', 'gridjs', 'static', 'widgetSrc', 'gridjsSrc'];
/** The files the `…Src` subjects load from the bench's server (server.mjs), as pages do. */
const SUBJECT_URLS = {
  widget: '/dist/widgets/propel-treatment-comparison.js',
  grid: '/gridjs/gridjs.umd.js',
  gridCss: '/gridjs/theme/mermaid.min.css',
};
/** The comparison's own drop-in, the per-widget script a page with one comparison loads. */
const WIDGET_SCRIPT = 'dist/widgets/propel-treatment-comparison.js';
const VIEWPORTS = [
  { id: 'mobile', width: 390, height: 844, cpuRate: 4, label: '390 px, 4× CPU' },
  { id: 'desktop', width: 1280, height: 800, cpuRate: 1, label: '1280 px, 1× CPU' },
];
const FORMS = [
  { id: 'tags', label: 'empty tags, script async' },
  { id: 'snippets', label: 'prerendered snippets, script async' },
  { id: 'none', label: 'no widgets' },
];

// ── Inputs ───────────────────────────────────────────────────────────────────────────────────────
const executablePath = requireChrome();
const read = (file) => readFileSync(file, 'utf8');
const src = {
  propel: read('dist/propel-widgets.js'),
  widget: read(WIDGET_SCRIPT),
  grid: read('node_modules/gridjs/dist/gridjs.umd.js'),
  gridCss: read('node_modules/gridjs/dist/theme/mermaid.min.css'),
};
const content = JSON.parse(read('dist/propel-content.json'));
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** dist/size-ledger.json, made by `npm run size` (run here, quietly, when missing or older than the script). */
function sizeLedger() {
  const file = 'dist/size-ledger.json';
  const stale = !existsSync(file) || statSync(file).mtimeMs < statSync('dist/propel-widgets.js').mtimeMs;
  if (stale) {
    try {
      execFileSync(process.execPath, ['scripts/checks/size.mjs'], { stdio: 'ignore' });
    } catch {
      // Over budget exits non-zero after writing the ledger; a missing map writes none (sizes print as ·).
    }
  }
  // The ledger holds every script (the whole drop-in first, then the per-widget ones).
  const scripts = (existsSync(file) && JSON.parse(read(file)).scripts) || [];
  const whole = scripts.find((s) => s.file === 'dist/propel-widgets.js');
  return {
    ...(whole ?? { groups: [], gzipBytes: gzip(src.propel) }),
    widgetGzipBytes: scripts.find((s) => s.file === WIDGET_SCRIPT)?.gzipBytes ?? gzip(src.widget),
  };
}
const ledger = sizeLedger();
const groupBytes = (name) => ledger.groups.find((g) => g.name === name)?.gzipBytes;

/** The prerendered snippets, if the build made them (dist/snippets/<tag>.html for every article widget). */
const snippetsBuilt = ARTICLE_WIDGETS.every((w) => existsSync(`dist/snippets/${w.tag}.html`));

/** A job that records how long it took (dist/bench.json `samples.jobs`). */
const named = (name, run) => async (browser, urls) => {
  const t0 = performance.now();
  await run(browser, urls);
  samples.jobs.push({ name, ms: Math.round(performance.now() - t0) });
};

// ── Jobs: each opens fresh pages, measures, and appends samples to `samples` ─────────────────────
const samples = { eval: [], widgets: {}, subjects: {}, big: [], article: {}, traced: [], lighthouse: [], jobs: [] };

const widgetJob = (w) =>
  named(`widget ${w.tag}`, async (browser, urls) => {
    const probe = await openPage(browser, urls.blank);
    try {
      await probe.page.evaluate(installHelpers, { src: { propel: src.propel } });
      await idle(probe);
      const ev = await measure(probe, evalDropIn);
      samples.eval.push(ev);
      await idle(probe);
      const first = await measure(probe, mountWidget, { tag: w.tag, attrs: w.attrs });
      await idle(probe);
      const more = await measure(probe, mountWidget, { tag: w.tag, attrs: w.attrs, count: MORE }, MORE);
      (samples.widgets[w.tag] ??= []).push({ first, more, define: ev.defines.find((d) => d.tag === w.tag) });
    } finally {
      await probe.close();
    }
  });

const subjectJob = (name) =>
  named(`subject ${name}`, async (browser, urls) => {
    const probe = await openPage(browser, urls.blank);
    try {
      await probe.page.evaluate(installHelpers, { src, urls: SUBJECT_URLS, grid: gridData(content), staticMarkup: staticMarkup(content) });
      await idle(probe);
      const first = await measure(probe, mountSubject, { name, load: true });
      await idle(probe);
      const more = await measure(probe, mountSubject, { name, count: MORE }, MORE);
      await idle(probe);
      const sort = name === 'static' ? undefined : await measure(probe, sortSubject, { name, count: SORTS }, SORTS);
      (samples.subjects[name] ??= []).push({ first, more, sort });
    } finally {
      await probe.close();
    }
  });

const big = bigContent(content, BIG_ROWS);
const bigJob = named('1,000 rows', async (browser, urls) => {
  const probe = await openPage(browser, urls.blank);
  try {
    await probe.page.evaluate(installHelpers, { src: { propel: src.propel }, big });
    await probe.page.evaluate(evalDropIn);
    await idle(probe);
    const validate = await measure(probe, validateBig);
    await idle(probe);
    const first = await measure(probe, mountBig);
    const sorts = [];
    for (const column of [1, 2, 0]) {
      await idle(probe);
      sorts.push(await measure(probe, sortBig, column));
    }
    samples.big.push({ validate, first, sorts });
  } finally {
    await probe.close();
  }
});

const articleJob = (form, viewport) =>
  named(`article ${form.id} ${viewport.id}`, async (browser, urls) => {
    const result = await loadArticle(browser, urls.blank, urls.article[form.id], viewport);
    ((samples.article[viewport.id] ??= {})[form.id] ??= []).push(result);
  });

const tracedJob = named('article traced', async (browser, urls) => {
  samples.traced.push(await traceArticle(browser, urls.lighthouse.snippets, '/dist/propel-widgets.js'));
});

/** A seeded shuffle, so every pass runs the subjects in another order (and the run is repeatable). */
function shuffle(list, seed) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ── Run ──────────────────────────────────────────────────────────────────────────────────────────
const started = performance.now();
const server = await startServer();
const urls = {
  blank: blankPage(server),
  article: Object.fromEntries(
    FORMS.filter((f) => f.id !== 'snippets' || snippetsBuilt).map((f) => [
      f.id,
      server.page(
        `article-${f.id}`,
        articlePage(content, f.id, {
          delayMs: SCRIPT_DELAY,
          settleMs: SETTLE,
          widgets: ARTICLE,
          snippet: (tag) => snippetOf(tag, server.origin, localize),
        }),
      ),
    ]),
  ),
  // Lighthouse observes the page itself: the same articles without the page's own observer, and two
  // references: the snippets' content as plain HTML in the page (no shadow roots, styles or script),
  // and the snippets as they are, without the script.
  lighthouse: Object.fromEntries(
    ['snippets', 'none', 'plain', 'noscript'].map((form) => [
      form,
      server.page(
        `lighthouse-${form}`,
        articlePage(content, form === 'none' ? 'none' : 'snippets', {
          delayMs: SCRIPT_DELAY,
          observe: false,
          script: form === 'snippets',
          widgets: ARTICLE,
          snippet: (tag) => (form === 'plain' ? plainOf : (x) => x)(snippetOf(tag, server.origin, localize)),
        }),
      ),
    ]),
  ),
};
const browser = await chromium.launch({ executablePath, args: chromeArgs() });
let passes = 0;
const chromiumVersion = browser.version();
try {
  // A throw-away page first: the browser's own first-page costs should not land on one subject.
  await subjectJob('propel')(browser, urls);
  samples.subjects = {};
  for (let pass = 0; pass < PASSES; pass++) {
    const passStart = performance.now();
    const jobs = [...WIDGETS.map(widgetJob), ...SUBJECTS.map(subjectJob)];
    if (pass < ARTICLE_PASSES) {
      jobs.push(bigJob);
      for (const viewport of VIEWPORTS) for (const form of FORMS) if (urls.article[form.id]) jobs.push(articleJob(form, viewport));
      if (snippetsBuilt) jobs.push(tracedJob, tracedJob);
    }
    for (const job of shuffle(jobs, 7919 * (pass + 1))) await job(browser, urls);
    passes = pass + 1;
    // Another pass only if one as long as this one (an overestimate after the article passes) fits the budget.
    const now = performance.now();
    if (passes >= MIN_PASSES && (now - started + (now - passStart)) / 1000 > BUDGET) break;
  }
} finally {
  await browser.close();
}
let lighthouseRun;
try {
  // After the other jobs, in a browser of its own (Lighthouse drives it through its debugging port).
  if (LIGHTHOUSE_PAIRS > 0 && snippetsBuilt) {
    const t0 = performance.now();
    lighthouseRun = await lighthousePairs(urls.lighthouse, LIGHTHOUSE_PAIRS, executablePath);
    samples.lighthouse = lighthouseRun.runs;
    samples.jobs.push({ name: 'lighthouse', ms: Math.round(performance.now() - t0) });
  }
} finally {
  await server.close();
}
const seconds = (performance.now() - started) / 1000;

// ── Summary ──────────────────────────────────────────────────────────────────────────────────────
const med = (list, get) => median(list.map(get));
const widgets = Object.fromEntries(
  WIDGETS.map((w) => {
    const s = samples.widgets[w.tag] ?? [];
    return [
      w.tag,
      {
        gzipBytes: groupBytes(`widget: ${w.folder}`),
        // Every page evaluates the drop-in, so every page times every define() call.
        defineCallMs: med(samples.eval, (x) => x.defines.find((d) => d.tag === w.tag)?.call),
        defineSegmentMs: med(samples.eval, (x) => x.defines.find((d) => d.tag === w.tag)?.segment),
        firstCpuMs: med(s, (x) => x.first.cpu),
        firstScriptMs: med(s, (x) => x.first.script),
        firstStyleMs: med(s, (x) => x.first.style),
        firstLayoutMs: med(s, (x) => x.first.layout),
        firstWallMs: med(s, (x) => x.first.wall),
        firstInOneTask: s.every((x) => !x.first.crossed),
        moreCpuMs: med(s, (x) => x.more.cpu),
        moreWallMs: med(s, (x) => x.more.wall),
        heightPx: med(s, (x) => x.first.height),
      },
    ];
  }),
);
const dropIn = {
  gzipBytes: ledger.gzipBytes,
  evalCpuMs: med(samples.eval, (x) => x.cpu),
  evalScriptMs: med(samples.eval, (x) => x.script),
  evalWallMs: med(samples.eval, (x) => x.wall),
  defineCallsMs: med(samples.eval, (x) => x.defines.reduce((a, d) => a + d.call, 0)),
  defined: med(samples.eval, (x) => x.defined),
};
const subjects = Object.fromEntries(
  SUBJECTS.map((name) => {
    const s = samples.subjects[name] ?? [];
    return [
      name,
      {
        firstCpuMs: med(s, (x) => x.first.cpu),
        firstStyleMs: med(s, (x) => x.first.style),
        firstLayoutMs: med(s, (x) => x.first.layout),
        firstWallMs: med(s, (x) => x.first.wall),
        moreCpuMs: med(s, (x) => x.more.cpu),
        moreWallMs: med(s, (x) => x.more.wall),
        sortCpuMs: med(s, (x) => x.sort?.cpu),
        sortWallMs: med(s, (x) => x.sort?.wall),
        rows: med(s, (x) => x.first.rows),
        firstInOneTask: s.every((x) => !x.first.crossed),
      },
    ];
  }),
);
subjects.propel.gzipBytes = ledger.gzipBytes;
subjects.widget.gzipBytes = ledger.widgetGzipBytes;
subjects.gridjs.gzipBytes = gzip(src.grid) + gzip(src.gridCss);
subjects.static.gzipBytes = 0;
subjects.widgetSrc.gzipBytes = subjects.widget.gzipBytes;
subjects.gridjsSrc.gzipBytes = subjects.gridjs.gzipBytes;
const ratio = (a, b) => a / b;
/** A subject's times against Grid.js's (loaded the same way) and the static table's, from the same run. */
const ratiosOf = (name, grid = 'gridjs') => ({
  firstVsGrid: ratio(subjects[name].firstCpuMs, subjects[grid].firstCpuMs),
  firstVsStatic: ratio(subjects[name].firstCpuMs, subjects.static.firstCpuMs),
  moreVsGrid: ratio(subjects[name].moreCpuMs, subjects[grid].moreCpuMs),
  moreVsStatic: ratio(subjects[name].moreCpuMs, subjects.static.moreCpuMs),
  sortVsGrid: ratio(subjects[name].sortCpuMs, subjects[grid].sortCpuMs),
});
const ratios = ratiosOf('propel');
const widgetRatios = ratiosOf('widget');
const widgetSrcRatios = ratiosOf('widgetSrc', 'gridjsSrc');
const bigSummary = {
  rows: med(samples.big, (x) => x.first.rows),
  validateCpuMs: med(samples.big, (x) => x.validate.cpu),
  firstCpuMs: med(samples.big, (x) => x.first.cpu),
  firstStyleMs: med(samples.big, (x) => x.first.style),
  firstLayoutMs: med(samples.big, (x) => x.first.layout),
  firstWallMs: med(samples.big, (x) => x.first.wall),
  sortCpuMs: median(samples.big.flatMap((x) => x.sorts.map((s) => s.cpu))),
  sortStyleMs: median(samples.big.flatMap((x) => x.sorts.map((s) => s.style))),
  sortLayoutMs: median(samples.big.flatMap((x) => x.sorts.map((s) => s.layout))),
  sortWallMs: median(samples.big.flatMap((x) => x.sorts.map((s) => s.wall))),
};
const article = Object.fromEntries(
  VIEWPORTS.map((v) => {
    const byForm = samples.article[v.id] ?? {};
    const summary = Object.fromEntries(
      Object.entries(byForm).map(([form, s]) => [
        form,
        {
          cls: med(s, (x) => x.cls),
          tbtMs: med(s, (x) => x.tbt),
          readyMs: med(s, (x) => x.ready),
          calibrationMs: med(s, (x) => x.calibration),
          runs: s.length,
        },
      ]),
    );
    for (const form of ['tags', 'snippets']) {
      if (summary[form] && summary.none) {
        summary[form].clsAdded = summary[form].cls - summary.none.cls;
        summary[form].tbtAddedMs = summary[form].tbtMs - summary.none.tbtMs;
        // Pass by pass (each pass loads every form once): the added TBT of each pair, and its spread.
        const pairs = byForm[form].map((x, i) => x.tbt - byForm.none[i]?.tbt).filter(Number.isFinite);
        summary[form].tbtAddedPairsMs = pairs;
        summary[form].tbtAddedMedianMs = median(pairs);
      }
    }
    // The upgrade's tasks with the snippets: the longest long task in which a widget first rendered,
    // and the script's evaluation; a load with no such long task had every upgrade task under 50 ms.
    const loads = byForm.snippets ?? [];
    const longest = (x, kind) => Math.max(0, ...x.longTasks.filter((t) => t.kind === kind).map((t) => t.duration));
    if (summary.snippets) {
      summary.snippets.upgradeTaskMaxMs = loads.map((x) => longest(x, 'upgrade'));
      summary.snippets.upgradeTaskTags = loads.map((x) => x.longTasks.filter((t) => t.kind === 'upgrade').flatMap((t) => t.tags));
      summary.snippets.scriptTaskMs = loads.map((x) => longest(x, 'script'));
      summary.snippets.firstRenderMaxMs = loads.map((x) => Math.max(0, ...x.upgrades.map((u) => u.ms)));
    }
    return [v.id, summary];
  }),
);

// ── Table ────────────────────────────────────────────────────────────────────────────────────────
const cpu = cpus();
const header = [
  `Machine: ${cpu[0]?.model?.trim() ?? 'unknown CPU'}, ${cpu.length} cores (load ${loadavg()[0].toFixed(1)}), Node ${process.version}, Chromium ${chromiumVersion}`,
  `Medians of ${passes} interleaved passes (article and 1,000 rows: ${Math.min(passes, ARTICLE_PASSES)}), a fresh page each; ms are main-thread CPU ms (DevTools Performance.getMetrics, threadTicks) from insertion until painted, unless marked wall (insertion → layout). ${seconds.toFixed(0)} s.`,
];
const sl = (x) => `${x.style.toFixed(1)}/${x.layout.toFixed(1)}`;
const W = (tag) => widgets[tag];
const int = (x) => (Number.isFinite(x) ? String(Math.round(x)) : '·');
/**
 * A comparison subject ÷ Grid.js and ÷ the static table, with the goals: the first instance (library
 * evaluation included) at most 0.5× Grid.js and `staticGoal`× the static table; each further one 0.5× and 2×.
 */
const ratioRows = (label, r, staticGoal) => [
  {
    cells: [
      `${label} ÷ Grid.js`,
      '·',
      '·',
      `${r.firstVsGrid.toFixed(2)}×`,
      '·',
      `${r.moreVsGrid.toFixed(2)}×`,
      `${r.sortVsGrid.toFixed(2)}×`,
      `1st ${goal(r.firstVsGrid, 0.5)}; +1 ${goal(r.moreVsGrid, 0.5)}`,
    ],
  },
  {
    cells: [
      `${label} ÷ static table`,
      '·',
      '·',
      `${r.firstVsStatic.toFixed(2)}×`,
      '·',
      `${r.moreVsStatic.toFixed(2)}×`,
      '·',
      `1st ${goal(r.firstVsStatic, staticGoal)}; +1 ${goal(r.moreVsStatic, 2)}`,
    ],
  },
];
const list = (xs) => xs.map((x) => Math.round(x)).join(', ');

/** The snippets' upgrade at 4× CPU, load by load: the own observer's added TBT per pair and the longest tasks. */
function upgradeRows() {
  const x = article[VIEWPORTS[0].id]?.snippets;
  if (!x?.upgradeTaskMaxMs) return [];
  const worst = Math.max(...x.upgradeTaskMaxMs);
  const tags = [...new Set(x.upgradeTaskTags.flat())].join(', ');
  return [
    {
      cells: [
        `  upgrade, ${VIEWPORTS[0].label}`,
        '·',
        '·',
        '·',
        '·',
        '·',
        '·',
        `added TBT by pair ${list(x.tbtAddedPairsMs)} (median ${int(x.tbtAddedMedianMs)}); longest upgrade task by load ${x.upgradeTaskMaxMs.map((ms) => (ms ? Math.round(ms) : '<50')).join(', ')} ms (goal ≤ 50: ${worst <= 50 ? 'met' : 'MISSED'}${tags ? `; ${tags}` : ''}); script evaluation ${list(x.scriptTaskMs)} ms; longest first render ${list(x.firstRenderMaxMs)} ms`,
      ],
    },
  ];
}

/** Lighthouse's figures for the article with the snippets, against the article without widgets. */
function lighthouseRows() {
  if (!lighthouseRun) return [];
  const l = lighthouseRun.summary;
  return [
    {
      section: `Lighthouse ${lighthouseVersion}, devtools throttling (mobile, 4× CPU): the article with the snippets against the one without widgets, ${l.pairs} rounds`,
      columns: ['', '', 'CLS', 'TBT ms', '', '', '', ''],
    },
    {
      cells: [
        'prerendered snippets, script async',
        '·',
        `${l.clsAdded >= 0 ? '+' : '−'}${Math.abs(l.clsAdded).toFixed(3)}`,
        `+${int(l.tbtAddedMs)}`,
        '·',
        '·',
        '·',
        `added TBT median of rounds (goal ≤ 10 ms: ${l.tbtAddedMs <= 10 ? 'met' : 'MISSED'}), by round ${list(lighthouseRun.runs.map((p) => p.snippets.tbt - p.none.tbt))}; TBT with ${int(l.tbtSnippetsMs)}, without ${int(l.tbtNoneMs)}; blocking time of the long tasks Lighthouse attributes to the script, by load ${list(l.scriptBlockingMs)} (the rest is the page's own); CLS ${l.cls.toFixed(3)} (max ${l.clsMax.toFixed(3)})`,
      ],
    },
    ...reference(
      'reference: the same content, plain HTML',
      l.plainAddedMs,
      `no widget, no script: the snippets' markup in the page without shadow roots or styles; added TBT by round ${list(l.plainAddedMs)}; FCP ${int(l.fcpMs.plain)} ms`,
    ),
    ...reference(
      'reference: the snippets, no script',
      l.noscriptAddedMs,
      `the page's own parsing, styling and layout of the snippets; added TBT by round ${list(l.noscriptAddedMs)}; its long tasks' time after FCP, by round ${list(l.noscriptOwnAfterFcpMs)} ms; FCP ${int(l.fcpMs.noscript)} ms (without widgets ${int(l.fcpMs.none)}, with the script ${int(l.fcpMs.snippets)})`,
    ),
  ];
}

/** A reference row of the Lighthouse section, when its form ran. */
function reference(label, addedMs, note) {
  return addedMs.some(Number.isFinite) ? [{ cells: [label, '·', '·', `+${int(median(addedMs))}`, '·', '·', '·', note] }] : [];
}

/** The traced loads that found the script's evaluation, and the median of their CPU-time TBT (undefined without any). */
function tracedLoads() {
  const loads = samples.traced.filter((x) => Number.isFinite(x.tbt4Ms));
  return { loads, tbt: loads.length ? median(loads.map((x) => x.tbt4Ms)) : undefined };
}

/** The snippets' upgrade in main-thread CPU time (bench/trace.mjs): the TBT its tasks make at 4× CPU on an idle machine. */
function tracedRows() {
  const { loads, tbt } = tracedLoads();
  if (!loads.length) return [];
  const missed = loads.filter((x) => !x.rendered).length;
  return [
    {
      section: `CPU time: the article with the snippets at ${VIEWPORTS[0].label.replace(/, .*/, '')} and 1× CPU, traced; each main-thread task from the script's evaluation on, × 4 for 4× CPU on an idle machine; ${loads.length} loads`,
      columns: ['', '', '', 'TBT ms', '', '', '', ''],
    },
    {
      cells: [
        'prerendered snippets, script async',
        '·',
        '·',
        `+${int(tbt)}`,
        '·',
        '·',
        '·',
        `TBT from CPU time median (goal ≤ 10 ms: ${tbt <= 10 ? 'met' : 'MISSED'}), by load ${list(loads.map((x) => x.tbt4Ms))}; script evaluation CPU ${loads.map((x) => x.evalMs.toFixed(1)).join(', ')} ms (× 4 ≤ 50: ${loads.every((x) => 4 * x.evalMs <= 50) ? 'all' : 'not all'}); longest other task ${loads.map((x) => x.longestMs.toFixed(1)).join(', ')} ms${missed ? `; ${missed} loads had a widget not rendered yet` : ''}`,
      ],
    },
  ];
}

const rows = [
  {
    section:
      'widgets: define = its customElements.define() call (wall, every page); 1st render = append → updated → layout → painted, after the drop-in ran',
  },
  {
    cells: [
      'drop-in: evaluate + define all 7',
      int(dropIn.gzipBytes),
      dropIn.evalCpuMs,
      '·',
      '·',
      '·',
      '·',
      `define column: CPU ms; wall ${dropIn.evalWallMs.toFixed(1)}; the 7 define() calls ${dropIn.defineCallsMs.toFixed(2)} of it`,
    ],
  },
  ...WIDGETS.map((w) => ({
    cells: [
      w.label ?? w.tag,
      int(W(w.tag).gzipBytes),
      W(w.tag).defineCallMs,
      W(w.tag).firstCpuMs,
      sl({ style: W(w.tag).firstStyleMs, layout: W(w.tag).firstLayoutMs }),
      W(w.tag).moreCpuMs,
      '·',
      `wall: 1st ${W(w.tag).firstWallMs.toFixed(1)}${W(w.tag).firstInOneTask ? ' (one task)' : ' (spans tasks)'}, +1 ${W(w.tag).moreWallMs.toFixed(1)}`,
    ],
  })),
  { section: "comparison, the same 6 rows; 1st render = first instance including the library's evaluation" },
  ...SUBJECTS.map((name) => ({
    cells: [
      {
        propel: 'comparison, whole drop-in',
        widget: 'comparison, own script',
        gridjs: 'Grid.js 6.2 (+ mermaid CSS)',
        static: 'static <table> (innerHTML)',
        widgetSrc: 'own script, <script src>',
        gridjsSrc: 'Grid.js 6.2, <script src>',
      }[name],
      int(subjects[name].gzipBytes),
      '·',
      subjects[name].firstCpuMs,
      sl({ style: subjects[name].firstStyleMs, layout: subjects[name].firstLayoutMs }),
      subjects[name].moreCpuMs,
      subjects[name].sortCpuMs,
      `wall: 1st ${subjects[name].firstWallMs.toFixed(1)}${name.endsWith('Src') ? ' (with the fetch)' : ''}, +1 ${subjects[name].moreWallMs.toFixed(2)}${name === 'static' ? '' : `, sort ${subjects[name].sortWallMs.toFixed(2)}`}`,
    ],
  })),
  ...ratioRows('whole drop-in', ratios, 2),
  ...ratioRows('own script', widgetRatios, 2.5),
  ...ratioRows('own script, src', widgetSrcRatios, 2.5),
  {
    section: `${BIG_ROWS.toLocaleString('en')} rows in a <propel-provider>; define column = validating the document (also inside 1st render)`,
  },
  {
    cells: [
      'propel-treatment-comparison',
      '·',
      bigSummary.validateCpuMs,
      bigSummary.firstCpuMs,
      sl({ style: bigSummary.firstStyleMs, layout: bigSummary.firstLayoutMs }),
      '·',
      bigSummary.sortCpuMs,
      `sort ${goal(bigSummary.sortCpuMs, 16, ' ms')} (style/layout ${sl({ style: bigSummary.sortStyleMs, layout: bigSummary.sortLayoutMs })}); ${bigSummary.rows} rows; wall: 1st ${bigSummary.firstWallMs.toFixed(0)}, sort ${bigSummary.sortWallMs.toFixed(1)}`,
    ],
  },
  {
    section: `long article, added vs the page without widgets: CLS and TBT ms at ${VIEWPORTS[0].label}, then at ${VIEWPORTS[1].label}`,
    columns: ['', '', 'CLS', 'TBT ms', 'CLS', 'TBT ms', '', ''],
  },
  ...FORMS.map((form) => {
    const [m, d] = VIEWPORTS.map((v) => article[v.id][form.id]);
    if (!m && !d)
      return {
        cells: [form.label, '·', '·', '·', '·', '·', '·', form.id === 'snippets' ? 'snippets: not built (no dist/snippets/)' : '·'],
      };
    const cls = (x) => (form.id === 'none' ? x?.cls : x?.clsAdded);
    const tbt = (x) => (form.id === 'none' ? x?.tbtMs : x?.tbtAddedMs);
    const sign = (x, digits) =>
      Number.isFinite(x) ? `${form.id === 'none' ? '' : x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}` : '·';
    const runs = `${m?.runs ?? 0}+${d?.runs ?? 0} loads`;
    const note =
      form.id === 'none'
        ? `baseline, absolute values; ${runs}`
        : form.id === 'snippets'
          ? `goal no shift (CLS +0): ${Math.max(cls(m), cls(d)) < 0.001 ? 'met' : 'MISSED'}; ${runs}`
          : `added by the widgets; ${runs}`;
    return { cells: [form.label, '·', sign(cls(m), 3), sign(tbt(m), 0), sign(cls(d), 3), sign(tbt(d), 0), '·', note] };
  }),
  ...upgradeRows(),
  ...tracedRows(),
  ...lighthouseRows(),
];
const table = renderTable(['', 'gzip B', 'define ms', '1st render', 'style/layout', '+1 instance', 'sort ms', 'notes'], rows);
console.log(header.join('\n'));
console.log('');
console.log(table);
if (WITHOUT.length) console.log(`\nAn experiment (--article-without ${WITHOUT.join(',')}): docs/performance.md left as it was.`);
else writeSection('bench', `${header.join('\n')}\n\n\`\`\`text\n${table}\n\`\`\``);

const traced = tracedLoads();
const json = {
  machine: {
    cpu: cpu[0]?.model?.trim(),
    cores: cpu.length,
    loadavg: loadavg(),
    node: process.version,
    chromium: chromiumVersion,
    executablePath,
  },
  method: {
    passes,
    articlePasses: Math.min(passes, ARTICLE_PASSES),
    budgetSeconds: BUDGET,
    mainThread:
      'Performance.getMetrics TaskDuration/ScriptDuration/RecalcStyleDuration/LayoutDuration deltas around one page.evaluate, timeDomain threadTicks, minus an empty evaluate',
    wall: 'performance.now() in the page (cross-origin isolated: 5 µs steps)',
    moreInstances: MORE,
    sortClicks: SORTS,
    article: {
      scriptDelayMs: SCRIPT_DELAY,
      settleMs: SETTLE,
      widgets: ARTICLE,
      viewports: VIEWPORTS,
      tbt: 'sum of (duration − 50 ms) over longtask entries from FCP until the widgets rendered + 2 frames + settle',
      upgradeTasks: "long tasks in which a widget first rendered (the page's observer wraps customElements.define and each class's update)",
      snippetsBuilt,
    },
    lighthouse: {
      pairs: LIGHTHOUSE_PAIRS,
      settings: 'throttlingMethod devtools, mobile defaults (4× CPU slowdown, slow 4G); the article pages without their own observer',
    },
    seconds,
  },
  summary: {
    dropIn,
    widgets,
    subjects,
    ratios,
    widgetRatios,
    widgetSrcRatios,
    bigRows: bigSummary,
    article,
    traced: traced.loads.length
      ? { tbt4Ms: traced.tbt, evalMs: median(traced.loads.map((x) => x.evalMs)), loads: traced.loads.length }
      : undefined,
    lighthouse: lighthouseRun?.summary,
  },
  goals: {
    comparisonVsGrid: { limit: 0.5, perInstance: ratios.moreVsGrid, firstInclEval: ratios.firstVsGrid },
    comparisonVsStatic: { limit: 2, perInstance: ratios.moreVsStatic, firstInclEval: ratios.firstVsStatic },
    sort1000Ms: { limit: 16, value: bigSummary.sortCpuMs },
    ownScriptVsGrid: { limit: 0.5, firstInclEval: widgetRatios.firstVsGrid },
    ownScriptVsStatic: { limit: 2.5, firstInclEval: widgetRatios.firstVsStatic },
    ownScriptSrcVsGrid: { limit: 0.5, firstInclEval: widgetSrcRatios.firstVsGrid },
    ownScriptSrcVsStatic: { limit: 2.5, firstInclEval: widgetSrcRatios.firstVsStatic },
    lighthouseTbtAddedMs: { limit: 10, value: lighthouseRun?.summary.tbtAddedMs },
    cpuTimeTbtMs: { limit: 10, value: traced.tbt },
    upgradeTaskMs: { limit: 50, value: Math.max(...(article[VIEWPORTS[0].id]?.snippets?.upgradeTaskMaxMs ?? [NaN])) },
  },
  samples,
};
writeFileSync(JSON_OUT, `${JSON.stringify(json, null, 1)}\n`);
console.log(`\nRaw samples and medians: ${JSON_OUT}`);
