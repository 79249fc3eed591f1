// Finds a Chromium/Chrome executable for the browser tests, screenshots and benchmarks.
// `node scripts/lib/browsers.mjs --check` prints the path, or one line saying how to install one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'No Chromium found: set CHROME_PATH to a Chrome/Chromium binary, or install one (Debian/Ubuntu: sudo apt-get install -y chromium).';

/** The browser to use: CHROME_PATH when set, else the first usual install path that exists. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The browser's path, or exit with the one-line install hint (for the node scripts). */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  return path;
}

/** Flags for a headless run on a locked-down machine; --no-sandbox only when running as root. */
export function chromeArgs() {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  console.log(`Chromium: ${requireChrome()}`);
}
