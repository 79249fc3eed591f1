// WebKit for the tests and the built files' checks: WebKitGTK's WebKitWebDriver driving MiniBrowser on
// an Xvfb display of its own, spoken to in plain W3C WebDriver over HTTP (a few commands; no client
// library, so nothing downloads a driver). Every process started here is stopped by its id, the
// browser with its driver's process group.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireEngine } from './browsers.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The W3C WebDriver key codes of the key names the tests use (`sendKeys({ press: 'Enter' })`). */
export const KEYS = {
  Enter: '\uE007',
  Space: ' ',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  Shift: '\uE008',
};

/** The key in an element reference that WebDriver returns for an element. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Processes started here, stopped when Node exits however it exits. */
const started = new Set();
const stop = (child) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    // A negative id: the whole process group (the driver and the MiniBrowser it launched).
    process.kill(child.group ? -child.pid : child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('exit', () => started.forEach(stop));
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    started.forEach(stop);
    process.exit(130);
  });

function run(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  // A process group of its own (detached): stopped with everything it started.
  child.group = !!options.detached;
  started.add(child);
  child.on('exit', () => started.delete(child));
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  child.output = () => stderr;
  return child;
}

/** An Xvfb display of its own (Xvfb picks a free number and writes it to fd 3). */
async function startXvfb(xvfb) {
  // A tall screen: a window (and an element screenshot) may be taller than a monitor.
  const child = run(xvfb, ['-displayfd', '3', '-screen', '0', '2560x4096x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${child.output()}`)));
  });
  return { display, close: () => stop(child) };
}

/** A WebDriver session (the W3C protocol; https://www.w3.org/TR/webdriver2/). */
export class WebDriverSession {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  static async create(base, capabilities) {
    const value = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(base, value.sessionId, value.capabilities);
  }

  command(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  /**
   * Navigates to `url`. The session does not wait for pages to load (pageLoadStrategy "none": a
   * page whose script the test holds back would hold the command too): `wait: 'load'` waits here
   * for the new document to be complete, `wait: 'none'` returns at once.
   */
  async navigate(url, { wait = 'load', timeout = 60000 } = {}) {
    await this.command('POST', '/url', { url });
    if (wait !== 'load') return;
    const deadline = Date.now() + timeout;
    for (;;) {
      const done = await this.execute('return location.href === new URL(arguments[0]).href && document.readyState === "complete"', [
        url,
      ]).catch(() => false);
      if (done) return;
      if (Date.now() > deadline) throw new Error(`WebDriver: ${url} did not load in ${timeout} ms`);
      await sleep(50);
    }
  }

  url() {
    return this.command('GET', '/url');
  }

  /** Runs `script` (a function body) with `args` in the page; returns its JSON value. */
  execute(script, args = []) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  /** Runs `script`, whose last argument is a callback to call with the result. */
  executeAsync(script, args = []) {
    return this.command('POST', '/execute/async', { script, args });
  }

  setTimeouts(timeouts) {
    return this.command('POST', '/timeouts', timeouts);
  }

  setWindowRect(rect) {
    return this.command('POST', '/window/rect', rect);
  }

  /**
   * Sizes the window so that the page's viewport (innerWidth × innerHeight) is `width` × `height`.
   * A window takes its new size a moment after the command returns: each reading waits until two
   * frames in a row agree, and the window is corrected by what its chrome takes until the viewport fits.
   */
  async setViewport(width, height) {
    let rect = { width, height };
    let inner;
    for (let tries = 0; tries < 5; tries++) {
      await this.setWindowRect(rect);
      let last;
      for (let reads = 0; reads < 50; reads++) {
        inner = await this.execute(
          'return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r([innerWidth, innerHeight]))))',
        );
        if (last && last[0] === inner[0] && last[1] === inner[1] && (reads > 1 || (inner[0] === width && inner[1] === height))) break;
        last = inner;
      }
      if (inner[0] === width && inner[1] === height) return;
      rect = { width: rect.width + width - inner[0], height: rect.height + height - inner[1] };
    }
    throw new Error(`WebKit: the viewport stays ${inner.join('×')}, not ${width}×${height}`);
  }

  /** The viewport as a PNG buffer. */
  async screenshot() {
    return Buffer.from(await this.command('GET', '/screenshot'), 'base64');
  }

  /** An element (a reference from `execute`) as a PNG buffer: its border box, scrolled into view. */
  async elementScreenshot(element) {
    return Buffer.from(await this.command('GET', `/element/${elementId(element)}/screenshot`), 'base64');
  }

  /**
   * A real click in the middle of the element (a reference from `execute`), scrolled into view: as
   * pointer actions rather than WebDriver's Element Click, whose in-page part WebKit serialises with
   * the page's own JSON (a page that patches Array.prototype.toJSON breaks it).
   */
  async click(element) {
    await this.execute('arguments[0].scrollIntoView({ block: "center", inline: "center" })', [element]);
    await this.pointer(element, [
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  /** Moves the pointer to the middle of the element (a reference from `execute`), scrolled into view. */
  async hover(element) {
    await this.execute('arguments[0].scrollIntoView({ block: "center", inline: "center" })', [element]);
    await this.pointer(element, []);
  }

  /** Moves the mouse to the middle of the element, then performs `then` (pointer actions). */
  async pointer(element, then) {
    const move = { type: 'pointerMove', duration: 0, origin: { [ELEMENT]: elementId(element) }, x: 0, y: 0 };
    const actions = [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [move, ...then] }];
    await this.command('POST', '/actions', { actions });
  }

  computedRole(element) {
    return this.command('GET', `/element/${elementId(element)}/computedrole`);
  }

  computedLabel(element) {
    return this.command('GET', `/element/${elementId(element)}/computedlabel`);
  }

  /** Presses and releases each key (a name of KEYS, or a character) on the focused element. */
  async sendKeys(keys) {
    const actions = keys.flatMap((key) => {
      const value = KEYS[key] ?? key;
      return [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ];
    });
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions');
  }

  async delete() {
    await request(this.base, 'DELETE', `/session/${this.id}`).catch(() => {});
  }
}

const elementId = (element) => element?.[ELEMENT] ?? element;

async function request(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
  }
  if (!response.ok || json.value?.error) {
    const { error, message } = json.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${error ?? response.status}: ${message ?? text.slice(0, 200)}`);
  }
  return json.value;
}

/**
 * MiniBrowser's own window chrome (its toolbar) made as small as GTK allows, so that a window can be
 * as narrow as a phone (otherwise it stops at about 450 px). Only GTK's widgets read this file: the
 * page's form controls and scrollbars are WebKit's own drawing.
 */
const GTK_CSS = '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; }\n';

/**
 * Starts Xvfb (when installed), WebKitWebDriver on a free port, and a MiniBrowser session whose
 * viewport is `width` × `height`, the browser in `env` (TZ, GTK_THEME…). Returns `{ session,
 * version, close() }`.
 */
export async function startWebKit({ width = 1280, height = 900, env = process.env } = {}) {
  const { driver, browser, xvfb } = requireEngine('webkit');
  const config = mkdtempSync(join(tmpdir(), 'propel-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), GTK_CSS);
  const screen = xvfb ? await startXvfb(xvfb) : { display: process.env.DISPLAY, close() {} };
  const port = await freePort();
  const child = run(driver, [`--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    env: { ...env, DISPLAY: screen.display, XDG_CONFIG_HOME: config },
  });
  const base = `http://127.0.0.1:${port}`;
  const close = async (session) => {
    await session?.delete();
    stop(child);
    screen.close();
    rmSync(config, { recursive: true, force: true });
  };
  try {
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`${base}/status`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (child.exitCode !== null || tries > 100) throw new Error(`WebKitWebDriver did not start: ${child.output()}`);
      await sleep(100);
    }
    const session = await WebDriverSession.create(base, {
      browserName: 'MiniBrowser',
      pageLoadStrategy: 'none',
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    });
    await session.setViewport(width, height);
    return { session, version: session.capabilities.browserVersion, close: () => close(session) };
  } catch (error) {
    await close();
    throw error;
  }
}
