// @web/test-runner's launcher for WebKit: one MiniBrowser (scripts/lib/webdriver.mjs) that opens each
// test file in turn. Its type is 'webdriver', so @web/test-runner-commands' sendKeys reaches
// `sendKeys()` below; web-test-runner.config.mjs answers the other commands through `session`.
import { startWebKit } from './webdriver.mjs';

export class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';
  // One page, one file at a time: WebDriver drives a single window.
  concurrency = 1;
  /** @type {Awaited<ReturnType<typeof startWebKit>> | undefined} */
  #webkit;
  #starting;
  #urls = new Map();
  #env;

  /** `env`: the browser's environment (TZ, GTK_THEME…). */
  constructor({ env } = {}) {
    this.#env = env;
  }

  /** The WebDriver session (started on first use). */
  get session() {
    return this.#webkit?.session;
  }

  async #start() {
    this.#starting ??= startWebKit({ width: 800, height: 700, env: this.#env }).then((webkit) => {
      this.#webkit = webkit;
      // A test file that waits on the page longer than WebDriver's default 30 s is itself stuck.
      return webkit.session.setTimeouts({ script: 60000, pageLoad: 60000 });
    });
    await this.#starting;
  }

  async stop() {
    await this.#webkit?.close();
    this.#webkit = undefined;
  }

  async startSession(id, url) {
    await this.#start();
    this.#urls.set(id, url);
    await this.#webkit.session.navigate(url);
  }

  isActive(id) {
    return this.#urls.has(id);
  }

  getBrowserUrl(id) {
    return this.#urls.get(id);
  }

  async stopSession(id) {
    this.#urls.delete(id);
    // An empty page stops the test page's timers and sockets before the next file.
    await this.#webkit?.session.navigate('about:blank');
    return {};
  }

  startDebugSession() {
    throw new Error('WebKit runs under Xvfb here: debug a test in Chromium or Firefox (PROPEL_ENGINES=chromium wtr --manual).');
  }

  /** @web/test-runner-commands' sendKeys: `keys` are key names (Enter, ArrowRight…) or characters. */
  sendKeys(_id, keys) {
    return this.#webkit.session.sendKeys(keys);
  }
}

export const webkitLauncher = (options) => new WebKitLauncher(options);
