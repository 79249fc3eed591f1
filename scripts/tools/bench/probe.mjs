// One fresh page per measurement set, and main-thread time read through the DevTools protocol.
//
// Main-thread time is the renderer main thread's busy time, from Performance.getMetrics
// (TaskDuration, ScriptDuration, RecalcStyleDuration, LayoutDuration) read before and after one
// page.evaluate, with timeDomain "threadTicks": thread CPU time, so a busy neighbour on this shared
// machine does not count as our time (wall time is kept too, as `wall`). The cost of an empty
// evaluate (the protocol round trip itself) is measured on the same page and subtracted.
// Work that spans several tasks (Grid.js renders after a throttle timer and animation frames) is
// counted task by task; idle time in between is not.

/** A fresh browser context (its own renderer: no compile cache, no warm JIT) with one page at `url`. */
export async function openPage(browser, url, { width = 1280, height = 800, cpuRate = 1, metrics = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.goto(url, { waitUntil: 'load' });
  const probe = { context, page, cdp, baseline: { cpu: 0, script: 0 }, close: () => context.close() };
  if (metrics) {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    probe.baseline = await baseline(probe);
  }
  return probe;
}

async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

const KEYS = {
  cpu: 'TaskDuration',
  script: 'ScriptDuration', // classic scripts and event handlers; not the evaluate's own JS (DevToolsCommandDuration)
  compile: 'V8CompileDuration',
  style: 'RecalcStyleDuration',
  layout: 'LayoutDuration',
};

async function delta(cdp, run) {
  const before = await readMetrics(cdp);
  const result = await run();
  const after = await readMetrics(cdp);
  const d = Object.fromEntries(Object.entries(KEYS).map(([k, name]) => [k, (after[name] - before[name]) * 1000]));
  return { result, d };
}

/** The main-thread cost of an empty evaluate on this page (median of seven). */
async function baseline(probe) {
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push((await delta(probe.cdp, () => probe.page.evaluate(() => 0))).d);
  return { cpu: median(runs.map((r) => r.cpu)), script: median(runs.map((r) => r.script)) };
}

/**
 * Runs fn(arg) in the page and returns its result with the main-thread time it caused, in ms:
 * cpu (all tasks), script, style and layout; divided by `per` (instances or clicks in the call).
 */
export async function measure(probe, fn, arg, per = 1) {
  const { result, d } = await delta(probe.cdp, () => probe.page.evaluate(fn, arg));
  return {
    ...result,
    cpu: (d.cpu - probe.baseline.cpu) / per,
    script: (d.script - probe.baseline.script) / per,
    compile: d.compile / per,
    style: d.style / per,
    layout: d.layout / per,
  };
}

/** Two animation frames and a short pause: lets the page paint and go idle between measurements. */
export const idle = (probe, ms = 30) =>
  probe.page.evaluate((ms) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, ms)))), ms);

export function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * Loads an article page (pages.mjs articlePage) in a fresh context at a viewport and CPU rate, and
 * returns what its observer published (CLS, TBT, shifts, long tasks) plus a wall-clock calibration
 * loop that shows the throttling took effect. Throttling is set on the blank page first and holds
 * across the same-origin navigation.
 */
export async function loadArticle(browser, blankUrl, url, { width, height, cpuRate }) {
  const probe = await openPage(browser, blankUrl, { width, height, cpuRate, metrics: false });
  try {
    await probe.page.goto(url, { waitUntil: 'load' });
    await probe.page.waitForFunction(() => window.__result, null, { timeout: 30_000, polling: 100 });
    const result = await probe.page.evaluate(() => window.__result);
    const calibration = await probe.page.evaluate(() => {
      const t0 = performance.now();
      let x = 0;
      for (let i = 0; i < 3e6; i++) x = (x + i * 7) % 1009;
      return performance.now() - t0 + x * 0;
    });
    return { ...result, calibration };
  } finally {
    await probe.close();
  }
}
