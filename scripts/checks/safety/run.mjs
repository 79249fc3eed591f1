// `npm run safety`: is the built drop-in safe on any host page? (issue 9, items 1–4)
//   1 host-css     hostile theme CSS does not reach in; reduced motion; forced colours
//   2 csp          strict CSP with Trusted Types, served as a real header
//   3 coexistence  loaded twice (same and other version), a foreign tag, AMD, polluted built-ins
//   4 privacy      no requests, cookies, storage or beacons of the widgets' own
// Pages come from a node:http server started here (scripts/checks/safety/server.mjs); the browser is the
// system Chromium. One line per check; exits 1 when any fails. Screenshots: screenshots/safety-*.png.
// Usage: node scripts/checks/safety/run.mjs [host-css|csp|coexistence|privacy ...]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../lib/browsers.mjs';
import { startServer } from './server.mjs';

const ITEMS = ['host-css', 'csp', 'coexistence', 'privacy'];
const only = process.argv.slice(2);
const executablePath = requireChrome();
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

const server = await startServer({ '/dist/': 'dist/' });
const browser = await chromium.launch({ executablePath, args: chromeArgs() });
try {
  for (const item of ITEMS) {
    if (only.length && !only.includes(item)) continue;
    const { run } = await import(`./${item}.mjs`);
    try {
      await run({ browser, server, check, shots });
    } catch (error) {
      check('!', `${item} could not run`, false, error.stack ?? error);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Safety checks: ${passed} passed, ${failed} failed.`);
process.exit(failed ? 1 : 0);
