// CPU profiles of the drop-in (issue 10 item 3: measure first, then fix what the profile shows).
//
//   node scripts/tools/bench/profile.mjs [--runs N] [--json FILE] [--script FILE]
//
// On N fresh pages (default 6), with the DevTools protocol's sampling profiler at 50 µs:
//   eval       evaluating dist/propel-widgets.js (parse, compile, run, define every element)
//   first      the first render of one <propel-treatment-comparison> after that (append → updated → layout)
//   big-first  the first render of 1,000 rows in a <propel-provider>
//   big-sort   one sort click on those 1,000 rows
// Self time is summed per function over the runs, mapped back to the sources through the hidden
// source map (dist/propel-widgets.js.map), and grouped by origin (Lit, valibot, widgets…). Where the
// map has no mapping (template-heavy code rewritten by scripts/build/minify-templates.ts), the minified
// code at the function's start is shown instead. Run `npm run build` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../lib/browsers.mjs';
import { evalDropIn, installHelpers, mountBig, mountWidget, sortBig } from './in-page.mjs';
import { bigContent, blankPage } from './pages.mjs';
import { idle, openPage } from './probe.mjs';
import { startServer } from './server.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(option('--runs', 6));
const JSON_OUT = option('--json', 'dist/profile.json');
const TOP = Number(option('--top', 18));
// --script FILE: another drop-in to profile, e.g. dist/widgets/propel-treatment-comparison.js (eval and
// first only: the 1,000 rows come through a provider's `content`, whose checks a per-widget script
// fetches from beside itself, and here it has no address).
const SCRIPT = option('--script', 'dist/propel-widgets.js');
const WHOLE = SCRIPT === 'dist/propel-widgets.js';
const SCRIPT_URL = `http://bench.invalid/${SCRIPT.replace(/^.*\//, '')}`;

const code = readFileSync(SCRIPT, 'utf8');
const map = new TraceMap(readFileSync(`${SCRIPT}.map`, 'utf8'));
const content = JSON.parse(readFileSync('dist/propel-content.json', 'utf8'));
const lineStarts = [0];
for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);

/** Where a profiled function of the drop-in comes from: source file, line and origin group. */
function locate(frame) {
  if (frame.url !== SCRIPT_URL)
    return {
      where: frame.url ? frame.url.replace(/^.*\//, '') : '(native)',
      group: frame.url ? 'page / harness' : groupOfNative(frame.functionName),
    };
  const pos = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  const offset = lineStarts[frame.lineNumber] + frame.columnNumber;
  const minified = code.slice(offset, offset + 70).replace(/\s+/g, ' ');
  if (!pos.source) return { where: `(unmapped) ${minified}`, group: 'unmapped (widget templates)' };
  const source = pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
  return { where: `${source}:${pos.line}${pos.name ? ` (${pos.name})` : ''}`, group: groupOf(source), minified };
}

function groupOf(source) {
  if (/^(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source)) return 'Lit';
  if (source.startsWith('@lit/context')) return '@lit/context';
  if (source.startsWith('valibot') || /src\/content\/(schema|validate)/.test(source)) return 'validation (valibot)';
  if (/^data\/|src\/content\//.test(source)) return 'content';
  if (source.startsWith('src/core/')) return 'shared core';
  const widget = source.match(/^src\/widgets\/([^/]+)\//)?.[1];
  return widget ? `widget: ${widget}` : 'other';
}

function groupOfNative(name) {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(program)') return '(program): native, parse/compile, style, layout';
  if (name === '(idle)') return 'idle';
  return `native: ${name}`;
}

/** Self time (ms) per node id, from the samples and their time deltas. */
function selfTimes(profile) {
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time since the previous sample: charge it to the sample that ends it.
    const dt = (timeDeltas[i] ?? 0) / 1000;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  return self;
}

/** Adds one profile's self time to `into`, keyed by function (name + location). */
function accumulate(into, profile) {
  const self = selfTimes(profile);
  let total = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms || node.callFrame.functionName === '(idle)') continue;
    total += ms;
    const f = node.callFrame;
    const key = `${f.functionName}|${f.url}|${f.lineNumber}|${f.columnNumber}`;
    const entry = into.functions.get(key) ?? { name: f.functionName || '(anonymous)', ...locate(f), ms: 0 };
    entry.ms += ms;
    into.functions.set(key, entry);
  }
  into.total += total;
  into.runs++;
}

async function profiled(probe, fn, arg) {
  await probe.cdp.send('Profiler.start');
  const result = await probe.page.evaluate(fn, arg);
  const { profile } = await probe.cdp.send('Profiler.stop');
  return { result, profile };
}

const server = await startServer();
const blank = blankPage(server);
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
const scenarios = Object.fromEntries(
  ['eval', 'first', 'big-first', 'big-sort'].map((k) => [k, { functions: new Map(), total: 0, runs: 0 }]),
);
const big = bigContent(content, 1000);
try {
  for (let run = 0; run < RUNS; run++) {
    const withBig = WHOLE && run < Math.ceil(RUNS / 2);
    const probe = await openPage(browser, blank, { metrics: false });
    try {
      await probe.page.evaluate(installHelpers, {
        src: { propel: `${code}\n//# sourceURL=${SCRIPT_URL}` },
        big: withBig ? big : undefined,
      });
      await probe.cdp.send('Profiler.enable');
      await probe.cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await idle(probe);
      accumulate(scenarios.eval, (await profiled(probe, evalDropIn)).profile);
      await idle(probe);
      accumulate(scenarios.first, (await profiled(probe, mountWidget, { tag: 'propel-treatment-comparison', attrs: {} })).profile);
      if (withBig) {
        await idle(probe);
        accumulate(scenarios['big-first'], (await profiled(probe, mountBig)).profile);
        await idle(probe);
        accumulate(scenarios['big-sort'], (await profiled(probe, sortBig, 1)).profile);
      }
    } finally {
      await probe.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const report = {};
for (const [name, s] of Object.entries(scenarios)) {
  if (!s.runs) continue;
  const functions = [...s.functions.values()].map((f) => ({ ...f, ms: f.ms / s.runs })).sort((a, b) => b.ms - a.ms);
  const groups = new Map();
  for (const f of functions) groups.set(f.group, (groups.get(f.group) ?? 0) + f.ms);
  const total = s.total / s.runs;
  report[name] = {
    runs: s.runs,
    totalMs: total,
    groups: [...groups].map(([group, ms]) => ({ group, ms, percent: (100 * ms) / total })).sort((a, b) => b.ms - a.ms),
    top: functions.slice(0, 60),
  };
  console.log(`\n${name}: ${total.toFixed(1)} ms sampled per run (mean of ${s.runs}; profiler overhead included)`);
  console.log(
    '  by origin: ' +
      report[name].groups
        .filter((g) => g.percent >= 1)
        .map((g) => `${g.group} ${g.ms.toFixed(1)} (${g.percent.toFixed(0)}%)`)
        .join(', '),
  );
  for (const f of functions.slice(0, TOP)) {
    console.log(`  ${f.ms.toFixed(2).padStart(7)} ms  ${f.name.slice(0, 28).padEnd(28)}  ${f.where.slice(0, 110)}`);
  }
}
writeFileSync(JSON_OUT, `${JSON.stringify(report, null, 1)}\n`);
console.log(`\nWritten to ${JSON_OUT}.`);
