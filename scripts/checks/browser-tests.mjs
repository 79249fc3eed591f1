// `npm run test:browser`: the browser suite (web-test-runner.config.mjs) in each engine, one engine
// after the other (on a 2-core machine, three browsers at once only slow each other down), every
// engine even after one fails, then each engine's time. Arguments go to wtr:
//   node scripts/checks/browser-tests.mjs --files tests/hours/hours.test.ts
//   PROPEL_ENGINES=webkit node scripts/checks/browser-tests.mjs
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { duration, findEngine, INSTALL_HINTS, selectedEngines } from '../lib/browsers.mjs';

const LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const engines = selectedEngines();
const missing = engines.filter((name) => !findEngine(name));
if (missing.length) {
  for (const name of missing) console.error(INSTALL_HINTS[name]);
  process.exit(1);
}

const wtr = fileURLToPath(new URL('../../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const results = [];
for (const engine of engines) {
  console.log(`\n── ${LABELS[engine]}: the browser tests ──`);
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [wtr, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, PROPEL_ENGINES: engine },
    });
    child.on('exit', (exit, signal) => resolve(exit ?? (signal ? 1 : 0)));
  });
  results.push({ engine, code, ms: Date.now() - started });
}

console.log('\nBrowser tests, each engine:');
for (const { engine, code, ms } of results) console.log(`  ${LABELS[engine].padEnd(9)} ${code ? 'FAILED' : 'passed'}  ${duration(ms)}`);
console.log(`  ${'total'.padEnd(9)} ${' '.repeat(6)}  ${duration(results.reduce((sum, r) => sum + r.ms, 0))}`);
process.exit(results.some((r) => r.code) ? 1 : 0);
