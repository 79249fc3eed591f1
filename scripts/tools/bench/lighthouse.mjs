// Lighthouse on the long article: the Total Blocking Time and layout shift the widgets add, as
// Lighthouse measures them with its devtools throttling (mobile: 4× CPU slowdown, slow 4G), in the
// system's Chromium (puppeteer-core launches it; nothing downloads a browser). Lighthouse 12.2.3 is
// pinned: 13 needs Node 22.
//
// Runs come in rounds: the article with the prerendered snippets, the article without widgets and,
// when given, references, in a rotating order; the added TBT of a round is the difference of its runs
// with and without widgets, and the figure is the median over the rounds (with their spread). The
// references' added TBT: `plain`, what the same content costs the page as plain HTML, with no widget
// at all; `noscript`, what the snippets cost the page without the script, its own parsing, styling and
// layout of their markup. TBT counts from the first contentful paint: each run keeps its FCP.
import { createRequire } from 'node:module';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromeArgs } from '../../lib/browsers.mjs';
import { median } from './probe.mjs';

/** The installed Lighthouse's version, for the table. */
export const lighthouseVersion = createRequire(import.meta.url)('lighthouse/package.json').version;

/** Only what the figures need: the trace (TBT, long tasks) and the layout shifts. */
const CONFIG = {
  extends: 'lighthouse:default',
  settings: {
    throttlingMethod: 'devtools',
    onlyAudits: ['total-blocking-time', 'cumulative-layout-shift', 'long-tasks', 'first-contentful-paint'],
    disableFullPageScreenshot: true,
    skipAboutBlank: true,
  },
};

/** One Lighthouse run of `url` in the browser listening on `port`: TBT, CLS, FCP and the long tasks (ms). */
async function run(url, port) {
  const { lhr } = await lighthouse(url, { port, logLevel: 'error', output: 'json' }, CONFIG);
  const audit = (id) => lhr.audits[id];
  const tasks = audit('long-tasks')?.details?.items ?? [];
  return {
    tbt: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    fcp: audit('first-contentful-paint').numericValue,
    longTasks: tasks.map((t) => ({ url: t.url, start: t.startTime, duration: t.duration })),
    warnings: lhr.runWarnings,
  };
}

/**
 * `pairs` rounds of runs of the article pages ({ snippets, none, plain?, noscript? }), in Chromium at
 * `executablePath`. Returns every run and the summary: median added TBT, its spread, the snippets
 * page's CLS, and each reference's added TBT by round.
 */
export async function lighthousePairs(urls, pairs, executablePath) {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: false,
    args: [...chromeArgs(), '--remote-debugging-port=0'],
  });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const runs = [];
  try {
    const forms = Object.keys(urls);
    for (let i = 0; i < pairs; i++) {
      const order = [...forms.slice(i % forms.length), ...forms.slice(0, i % forms.length)];
      const round = {};
      for (const form of order) round[form] = await run(urls[form], port);
      runs.push(round);
    }
  } finally {
    await browser.close();
  }
  /** What a form's page adds to the TBT of the page without widgets, by round (NaN where it did not run). */
  const addedBy = (form) => runs.map((p) => (p[form] ? p[form].tbt - p.none.tbt : NaN));
  const added = addedBy('snippets');
  // Lighthouse attributes each long task to a URL: the script's (and what it runs) or the page's own
  // (parsing, styling and laying out the article and the snippets' markup, before any script).
  const scriptBlocking = (run) =>
    run.longTasks.filter((t) => t.url.includes('/dist/')).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  return {
    runs,
    summary: {
      pairs: runs.length,
      tbtAddedMs: median(added),
      tbtAddedMinMs: Math.min(...added),
      tbtAddedMaxMs: Math.max(...added),
      scriptBlockingMs: runs.map((p) => scriptBlocking(p.snippets)),
      tbtSnippetsMs: median(runs.map((p) => p.snippets.tbt)),
      tbtNoneMs: median(runs.map((p) => p.none.tbt)),
      cls: median(runs.map((p) => p.snippets.cls)),
      clsMax: Math.max(...runs.map((p) => p.snippets.cls)),
      clsAdded: median(runs.map((p) => p.snippets.cls - p.none.cls)),
      plainAddedMs: addedBy('plain'),
      noscriptAddedMs: addedBy('noscript'),
      // How much of the page's own long tasks (there is no script) comes after the first contentful
      // paint, where TBT counts (a task across the paint, from the paint on). Plain HTML lays the
      // article out before its first paint; with the snippets the parser may paint first and lay the
      // rest out after it.
      noscriptOwnAfterFcpMs: runs.map((p) =>
        p.noscript
          ? p.noscript.longTasks.reduce((sum, t) => sum + Math.max(0, t.start + t.duration - Math.max(t.start, p.noscript.fcp)), 0)
          : NaN,
      ),
      fcpMs: Object.fromEntries(Object.keys(runs[0] ?? {}).map((form) => [form, median(runs.map((p) => p[form].fcp))])),
    },
  };
}
