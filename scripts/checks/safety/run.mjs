// `npm run safety`: is the built drop-in safe on any host page? (issue 9, items 1–4), in each engine
// (PROPEL_ENGINES, scripts/lib/browsers.mjs; all three when unset):
//   1 host-css     hostile theme CSS does not reach in (each engine's hostile page against that
//                  engine's own neutral page); reduced motion and forced colours (Chromium: the
//                  others' drivers cannot emulate them)
//   2 csp          strict CSP with Trusted Types, served as a real header
//   3 coexistence  loaded twice (same and other version), a foreign tag, AMD, polluted built-ins
//   4 privacy      no requests, cookies, storage or beacons of the widgets' own
// Pages come from a node:http server started here (scripts/checks/safety/server.mjs); the browsers
// are the system's (scripts/lib/engines.mjs), in a visitor's zone (Europe/Berlin). One line per
// check; exits 1 when any fails. Screenshots: screenshots/safety-<engine>-*.png.
// Usage: node scripts/checks/safety/run.mjs [host-css|csp|coexistence|privacy ...]
import { mkdirSync } from 'node:fs';
import { duration } from '../../lib/browsers.mjs';
import { checkEngines, launch, RECORDER, RECORDER_PATH } from '../../lib/engines.mjs';
import { startServer } from './server.mjs';
import { CLOCK, CLOCK_PATH } from './widgets.mjs';

const ITEMS = ['host-css', 'csp', 'coexistence', 'privacy'];
const only = process.argv.slice(2);
const shots = 'screenshots';
mkdirSync(shots, { recursive: true });

let failed = 0;
let passed = 0;
/** Prints one line for a check. */
function check(id, name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${id.padEnd(4)} ${name}${detail ? ` (${detail})` : ''}`);
}
/** Prints one line for a check this engine cannot run, and why. */
const scoped = (id, name, why) => console.log(`n/a  ${id.padEnd(4)} ${name} (${why})`);

const server = await startServer({ '/dist/': 'dist/' });
// Every page loads these first: WebKit's error recorder, and the frozen clock.
server.page(RECORDER_PATH, RECORDER);
server.page(CLOCK_PATH, CLOCK);
const times = [];
try {
  for (const engine of checkEngines()) {
    const started = Date.now();
    // A visitor in another zone than the clinic's, so that show-local has something to show.
    const browser = await launch(engine, { env: { ...process.env, TZ: 'Europe/Berlin' } });
    console.log(`── ${browser.version} ──`);
    try {
      for (const item of ITEMS) {
        if (only.length && !only.includes(item)) continue;
        const { run } = await import(`./${item}.mjs`);
        try {
          await run({ browser, engine, server, check, scoped, shots: `${shots}/safety-${engine}` });
        } catch (error) {
          check('!', `${item} could not run`, false, error.stack ?? error);
        }
      }
    } finally {
      await browser.close();
    }
    times.push(`${browser.label} ${duration(Date.now() - started)}`);
  }
} finally {
  await server.close();
}
console.log(`Safety checks: ${passed} passed, ${failed} failed (${times.join(', ')}).`);
process.exit(failed ? 1 : 0);
