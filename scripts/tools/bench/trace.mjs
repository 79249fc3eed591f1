// The article's upgrade in main-thread CPU time, from a trace: what a load costs the renderer's main
// thread, task by task, whatever else the machine is doing.
//
// Total Blocking Time is wall time: Lighthouse's and the page observer's figures grow with every
// other process on this shared 2-core machine (the same build gave 5 to 184 ms in one run). A task's
// thread CPU time (`tdur` of the trace's RunTask events) does not count the time the thread waits for
// a core. The page loads at 1× CPU; Chromium's 4× throttling stretches each task's wall time about
// fourfold on an idle machine, so each task's CPU time × 4 stands for its length under Lighthouse's
// throttling: Σ max(0, 4 × cpu − 50 ms) is the TBT such a load would have on an idle machine.
//
// Every main-thread task from the drop-in's evaluation to the end counts (the widgets' first
// renders, their styles and layout, the page's frames in between); the page's own parsing of the
// snippets, before the script runs, does not.

const CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline';

/**
 * Loads `url` (an article whose script is `scriptPath`, without the page's observer) in a fresh
 * context at 390 px and 1× CPU, traced, and gives the main-thread tasks from the script's evaluation
 * on: { evalMs, longestMs, tbt4Ms, tasks: [{ at, cpu }], rendered } (ms of thread CPU time).
 */
export async function traceArticle(browser, url, scriptPath, { waitMs = 2500 } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    // No page.evaluate while tracing: Playwright's injected script would be a task of its own.
    await page.waitForTimeout(waitMs);
    await cdp.send('Tracing.end');
    await complete;
    // Every widget rendered within the window, else the figures miss part of the upgrade.
    const rendered = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('propel-') && 'hasUpdated' in el);
      return all.length > 0 && all.every((el) => el.hasUpdated);
    });
    const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.includes(scriptPath));
    if (!evaluation) return { evalMs: NaN, longestMs: NaN, tbt4Ms: NaN, tasks: [], rendered };
    const tasks = events
      .filter(
        (e) =>
          e.pid === evaluation.pid &&
          e.tid === evaluation.tid &&
          e.ph === 'X' &&
          e.name === 'ThreadControllerImpl::RunTask' &&
          e.ts + e.dur > evaluation.ts,
      )
      .map((e) => ({ at: (e.ts - evaluation.ts) / 1000, cpu: (e.tdur ?? e.dur) / 1000, holdsEvaluation: e.ts <= evaluation.ts }));
    const evalTask = tasks.find((t) => t.holdsEvaluation);
    const others = tasks.filter((t) => t !== evalTask).map((t) => t.cpu);
    return {
      evalMs: evalTask?.cpu ?? NaN,
      longestMs: others.length ? Math.max(...others) : 0,
      tbt4Ms: tasks.reduce((sum, t) => sum + Math.max(0, 4 * t.cpu - 50), 0),
      tasks: tasks.filter((t) => t.cpu >= 1).map(({ at, cpu }) => ({ at: Math.round(at), cpu: +cpu.toFixed(2) })),
      rendered,
    };
  } finally {
    await context.close();
  }
}
