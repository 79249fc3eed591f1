// Finds the three engines the tests run in, all from the system's packages (nothing here downloads a
// browser): Chromium, Firefox (driven over WebDriver BiDi) and WebKit (WebKitGTK's WebKitWebDriver
// driving MiniBrowser, on an Xvfb display since MiniBrowser has no headless mode).
// This module imports nothing from node_modules: .ci/run calls it before `npm ci`.
//   node scripts/lib/browsers.mjs --check     each engine's path, or one line per missing engine saying
//                                             how to install it (exit 1)
//   node scripts/lib/browsers.mjs --packages  the Debian packages of the missing engines, on one line
// PROPEL_ENGINES=chromium,webkit (any of chromium, firefox, webkit) picks the engines the browser tests
// and the built files' checks run in; unset, all three.
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines PROPEL_ENGINES names (all three when unset); an unknown name stops the run. */
export function selectedEngines(value = process.env.PROPEL_ENGINES) {
  if (!value?.trim()) return [...ENGINES];
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`PROPEL_ENGINES: unknown engine ${unknown.join(', ')} (expected ${ENGINES.join(', ')}).`);
  return ENGINES.filter((name) => names.includes(name));
}

/** A run's length for people: "48 s", "3 min 05 s". */
export function duration(ms) {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** The first of `paths` that exists. */
const first = (paths) => paths.find((path) => existsSync(path));

/** `name` on the PATH. */
const onPath = (name) => first((process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)));

/** An explicit path from the environment: it wins, and must exist. */
const fromEnv = (name) => (process.env[name] ? (existsSync(process.env[name]) ? process.env[name] : undefined) : null);

const CHROME_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** One line per engine: what to set or install when it is missing. */
export const INSTALL_HINTS = {
  chromium:
    'No Chromium found: set CHROME_PATH to a Chrome/Chromium binary, or install one (Debian/Ubuntu: sudo apt-get install -y chromium).',
  firefox: 'No Firefox found: set FIREFOX_PATH to a Firefox binary, or install one (Debian: sudo apt-get install -y firefox-esr).',
  webkit:
    'No WebKit found: it needs WebKitWebDriver, MiniBrowser and Xvfb (Debian: sudo apt-get install -y webkit2gtk-driver xvfb; or set WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER).',
};

/** The Debian packages that provide each engine. */
const PACKAGES = { chromium: ['chromium'], firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb'] };

export const INSTALL_HINT = INSTALL_HINTS.chromium;

/** Chromium: CHROME_PATH when set, else the first usual install path that exists. */
export function findChrome() {
  const env = fromEnv('CHROME_PATH');
  return env === null ? first(CHROME_PATHS) : env;
}

/** Firefox: FIREFOX_PATH when set, else the first usual install path that exists. */
export function findFirefox() {
  const env = fromEnv('FIREFOX_PATH');
  return env === null ? first(FIREFOX_PATHS) : env;
}

/** The subdirectories of `dir` (none when it cannot be read). */
const subdirs = (dir) => {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(dir, entry.name));
  } catch {
    return [];
  }
};

/** MiniBrowser, WebKitGTK's test browser: /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser on Debian, /usr/libexec/… elsewhere. */
function findMiniBrowser() {
  const env = fromEnv('WEBKIT_MINIBROWSER');
  if (env !== null) return env;
  const roots = ['/usr/lib', '/usr/libexec', '/usr/lib64'].flatMap((root) => [root, ...subdirs(root)]);
  const dirs = roots.flatMap(subdirs).filter((dir) => /\/webkit(2gtk|gtk)-[\d.]+$/.test(dir));
  // The newest API version first (webkit2gtk-4.1 before 4.0).
  return first(
    dirs
      .sort()
      .reverse()
      .map((dir) => join(dir, 'MiniBrowser')),
  );
}

/**
 * WebKit: WebKitWebDriver (WEBKIT_WEBDRIVER, else on the PATH), MiniBrowser, and a display: Xvfb
 * when installed (the default, so tests never draw on a desktop), else the DISPLAY already set.
 * Undefined when any part is missing.
 */
export function findWebKit() {
  const driverEnv = fromEnv('WEBKIT_WEBDRIVER');
  const driver = driverEnv === null ? onPath('WebKitWebDriver') : driverEnv;
  const browser = findMiniBrowser();
  const xvfb = onPath('Xvfb');
  if (!driver || !browser || !(xvfb || process.env.DISPLAY)) return undefined;
  return { driver, browser, xvfb };
}

/** Where each engine is: a path (or WebKit's parts), undefined when it is missing. */
export function findEngine(name) {
  return { chromium: findChrome, firefox: findFirefox, webkit: findWebKit }[name]();
}

/** Exits with the one-line install hint when `name` is missing (for the node scripts); else its location. */
export function requireEngine(name) {
  const found = findEngine(name);
  if (!found) {
    console.error(INSTALL_HINTS[name]);
    process.exit(1);
  }
  return found;
}

/** The Chromium binary's path, or exit with the one-line install hint. */
export const requireChrome = () => requireEngine('chromium');

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const engines = selectedEngines();
  if (process.argv.includes('--packages')) {
    console.log(engines.flatMap((name) => (findEngine(name) ? [] : PACKAGES[name])).join(' '));
  } else if (process.argv.includes('--check')) {
    let missing = 0;
    for (const name of engines) {
      const found = findEngine(name);
      if (!found) missing++;
      if (!found) console.error(INSTALL_HINTS[name]);
      else if (name === 'webkit') console.log(`WebKit: ${found.driver} driving ${found.browser}${found.xvfb ? ' on Xvfb' : ''}`);
      else console.log(`${name === 'chromium' ? 'Chromium' : 'Firefox'}: ${found}`);
    }
    if (missing) process.exit(1);
  }
}
