// Functions that run inside the benchmark pages (playwright serialises each one with
// Function#toString, so they use only their arguments and what installHelpers() put on window).
// Every measured function ends once the result is painted (one frame after the forced layout), so
// the main-thread time read around it includes the paint, for every subject alike; it returns
// `wall`: performance.now() from the insertion to the end of the forced style and layout (5 µs steps
// on the isolated pages), and `crossed`: whether another task ran before that layout ended.

/** Installs window.__bench: waiting, settling Lit elements, running a classic script, mounting subjects. */
export function installHelpers(data) {
  const frames = (n = 2) =>
    new Promise((resolve) => {
      const step = () => (n-- > 0 ? requestAnimationFrame(step) : resolve());
      step();
    });

  /**
   * The Propel elements below `root`, through their shadow roots. Only propel-* tags are visited, so
   * that settling a 1,000-row table does not walk its 10,000 nodes in script (harness overhead).
   */
  const TAGS =
    'propel-provider,propel-treatment-comparison,propel-diet-grid,propel-guide-section,propel-fibro-guide,propel-clinic-hours,propel-location-card';
  function litElements(root, out = []) {
    for (const el of root.querySelectorAll(TAGS)) {
      out.push(el);
      if (el.shadowRoot) litElements(el.shadowRoot, out);
    }
    return out;
  }

  /** Resolves when no Propel element under `root` has an update pending (nested widgets included). */
  async function settle(root) {
    for (let round = 0; round < 50; round++) {
      const pending = litElements(root).filter((el) => el.isUpdatePending);
      if (!pending.length) return;
      await Promise.all(pending.map((el) => el.updateComplete));
    }
  }

  /** Resolves after the next frame has been painted: a task posted from requestAnimationFrame runs after that frame. */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      }),
    );

  /** Returns a function that tells whether any task ran since the call (a MessageChannel ping). */
  function taskProbe() {
    let crossed = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (crossed = true);
    channel.port2.postMessage(0);
    return () => crossed;
  }

  /** Runs source text as a classic inline script: parse, compile and run, synchronously. */
  function runScript(text) {
    const script = document.createElement('script');
    script.textContent = text;
    document.head.append(script);
    script.remove();
  }

  /**
   * Loads a file as a page does, `<script src>` or `<link rel=stylesheet>`, and resolves once it has
   * run or applied. A script from a URL is compiled while it streams in, off the main thread, where
   * the browser can (and, with the compile hint, every function of it: scripts/build/compile-hint.ts).
   */
  function load(tag, url) {
    return new Promise((resolve, reject) => {
      const el = document.createElement(tag);
      if (tag === 'link') el.rel = 'stylesheet';
      el[tag === 'link' ? 'href' : 'src'] = url;
      el.onload = resolve;
      el.onerror = () => reject(new Error(`${url} did not load`));
      document.head.append(el);
    });
  }

  function addStyle(text) {
    const style = document.createElement('style');
    style.textContent = text;
    document.head.append(style);
  }

  /** Resolves once `done()` is true, re-checking after each batch of DOM mutations under `target`. */
  function until(target, done, timeout = 3000) {
    return new Promise((resolve) => {
      if (done()) return resolve(false);
      const timer = setTimeout(() => (observer.disconnect(), resolve(true)), timeout);
      const observer = new MutationObserver(() => {
        if (done()) (observer.disconnect(), clearTimeout(timer), resolve(false));
      });
      observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  }

  /** The three subjects of the comparison: each mounts one instance into `host` and resolves when rendered. */
  const subjects = {
    propel: {
      load: () => runScript(data.src.propel),
      async mount(host) {
        const el = host.appendChild(document.createElement('propel-treatment-comparison'));
        await settle(host);
        return el;
      },
      async sort(el, column) {
        el.shadowRoot.querySelector('thead').querySelectorAll('button')[column].click(); // thead comes first: no walk of the rows
        while (el.isUpdatePending) await el.updateComplete; // no nested widgets: no need to walk the rows
      },
      rows: (el) => el.shadowRoot.querySelector('tbody')?.rows.length ?? 0,
    },
    gridjs: {
      load() {
        addStyle(data.src.gridCss);
        runScript(data.src.grid);
      },
      async mount(host) {
        // The same text as the others: the title and the footer around the grid.
        const box = host.appendChild(document.createElement('div'));
        box.insertAdjacentHTML('beforeend', data.grid.before);
        const el = box.appendChild(document.createElement('div'));
        box.insertAdjacentHTML('beforeend', data.grid.after);
        new window.gridjs.Grid({ columns: data.grid.columns, data: data.grid.rows, sort: true }).render(el);
        const timedOut = await until(el, () => el.querySelectorAll('tbody tr').length === data.grid.rows.length);
        if (timedOut) throw new Error('Grid.js did not render its rows');
        return el;
      },
      async sort(el, column) {
        // Grid.js sorts through its throttled pipeline: wait for the body rows to move.
        const body = el.querySelector('tbody');
        let moved = false;
        const observer = new MutationObserver(() => (moved = true));
        observer.observe(body, { childList: true, subtree: true, characterData: true });
        el.querySelectorAll('thead th')[column].click();
        const timedOut = await until(body, () => moved);
        observer.disconnect();
        if (timedOut) throw new Error('Grid.js did not re-render after a sort click');
      },
      rows: (el) => el.querySelector('tbody')?.rows.length ?? 0,
    },
    static: {
      load() {},
      async mount(host) {
        host.insertAdjacentHTML('beforeend', data.staticMarkup);
        return host.lastElementChild;
      },
      sort: null,
      rows: (el) => el.querySelector('tbody')?.rows.length ?? 0,
    },
  };

  // The comparison's own drop-in (dist/widgets/propel-treatment-comparison.js): the same element, less script.
  subjects.widget = { ...subjects.propel, load: () => runScript(data.src.widget) };
  // The same two loaded from their URLs, as pages load them (`data.urls`, same origin): the main thread
  // no longer pays the compilation a streamed script gets done off it.
  if (data.urls) {
    subjects.widgetSrc = { ...subjects.propel, load: () => load('script', data.urls.widget) };
    subjects.gridjsSrc = { ...subjects.gridjs, load: () => Promise.all([load('link', data.urls.gridCss), load('script', data.urls.grid)]) };
  }

  window.__bench = { frames, afterPaint, settle, taskProbe, runScript, addStyle, until, subjects, data };
}

/** Evaluates the drop-in, timing each customElements.define() call and the code run since the one before. */
export function evalDropIn() {
  const { runScript, taskProbe, data } = window.__bench;
  const crossed = taskProbe();
  const registry = window.customElements;
  const real = registry.define;
  const defines = [];
  const t0 = performance.now();
  let last = t0;
  registry.define = function (tag, ctor, options) {
    const start = performance.now();
    try {
      return real.call(this, tag, ctor, options);
    } finally {
      const end = performance.now();
      defines.push({ tag, call: end - start, segment: end - last });
      last = end;
    }
  };
  try {
    runScript(data.src.propel);
  } finally {
    delete registry.define;
  }
  const t1 = performance.now();
  return { wall: t1 - t0, tail: t1 - last, defines, crossed: crossed(), defined: defines.length };
}

/** Appends `count` instances of a widget one after another, each rendered and laid out before the next. */
export async function mountWidget({ tag, attrs, count = 1 }) {
  const { settle, taskProbe, afterPaint } = window.__bench;
  const stage = document.getElementById('stage');
  let wall = 0;
  let crossed = false;
  let height = 0;
  for (let i = 0; i < count; i++) {
    const probe = taskProbe();
    const t0 = performance.now();
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    stage.append(el);
    await settle(stage);
    height = el.getBoundingClientRect().height; // forces style and layout
    wall += performance.now() - t0;
    crossed ||= probe();
    await afterPaint();
  }
  return { wall: wall / count, crossed, height, shadow: !!stage.lastElementChild.shadowRoot?.childElementCount };
}

/** The comparison subjects: `load` runs the library first (first instance incl. library evaluation). */
export async function mountSubject({ name, load, count = 1 }) {
  const { subjects, taskProbe, afterPaint } = window.__bench;
  const subject = subjects[name];
  const stage = document.getElementById('stage');
  let wall = 0;
  let crossed = false;
  let el;
  for (let i = 0; i < count; i++) {
    const probe = taskProbe();
    const t0 = performance.now();
    if (load && i === 0) await subject.load();
    el = await subject.mount(stage);
    el.getBoundingClientRect(); // forces style and layout
    wall += performance.now() - t0;
    crossed ||= probe();
    await afterPaint();
  }
  (window.__bench.instances ??= []).push(el);
  return { wall: wall / count, crossed, rows: subject.rows(el) };
}

/** Sorts the first mounted instance `count` times, a different column each time (each click ascends). */
export async function sortSubject({ name, count, first = 0 }) {
  const { subjects, taskProbe, afterPaint } = window.__bench;
  const subject = subjects[name];
  const el = window.__bench.instances[0];
  let wall = 0;
  let crossed = false;
  for (let i = 0; i < count; i++) {
    const probe = taskProbe();
    const t0 = performance.now();
    await subject.sort(el, (first + i) % 3);
    el.getBoundingClientRect();
    wall += performance.now() - t0;
    crossed ||= probe();
    await afterPaint();
  }
  return { wall: wall / count, crossed };
}

/** Validates the 1,000-row document the way <propel-provider> does (PropelWidgets.validateContent). */
export function validateBig() {
  const t0 = performance.now();
  const { content, issues } = window.PropelWidgets.validateContent(window.__bench.data.big);
  return { wall: performance.now() - t0, ok: !!content?.treatments && !issues.length };
}

/** A provider holding the 1,000-row document, with a comparison inside: rendered and laid out. */
export async function mountBig() {
  const { taskProbe, afterPaint, data } = window.__bench;
  const crossed = taskProbe();
  const stage = document.getElementById('stage');
  const t0 = performance.now();
  const provider = document.createElement('propel-provider');
  provider.content = data.big;
  const el = provider.appendChild(document.createElement('propel-treatment-comparison'));
  stage.append(provider);
  // Only these two can have updates pending; settle(stage) would walk the 1,000 rows in script.
  while (provider.isUpdatePending || el.isUpdatePending) await Promise.all([provider.updateComplete, el.updateComplete]);
  el.getBoundingClientRect();
  const wall = performance.now() - t0;
  const oneTask = !crossed();
  await afterPaint();
  window.__bench.big = el;
  return { wall, crossed: !oneTask, rows: el.shadowRoot.querySelector('tbody')?.rows.length ?? 0 };
}

/** One sort click on the 1,000-row table, until re-rendered and laid out. */
export async function sortBig(column) {
  const { taskProbe, afterPaint } = window.__bench;
  const el = window.__bench.big;
  const crossed = taskProbe();
  const t0 = performance.now();
  el.shadowRoot.querySelector('thead').querySelectorAll('button')[column].click(); // thead comes first: no walk of the rows
  while (el.isUpdatePending) await el.updateComplete;
  el.getBoundingClientRect();
  const wall = performance.now() - t0;
  const oneTask = !crossed();
  await afterPaint();
  return { wall, crossed: !oneTask };
}

/**
 * The article page's observer (an inline script at the top of <head>): sums layout shifts without
 * recent input and long tasks, then, once the load event has passed, every widget has rendered and
 * the page has been quiet for a while, publishes window.__result.
 *
 * It also tells the upgrade's tasks apart: it wraps customElements.define (before the script runs)
 * so that the first define() call marks the script's evaluation, and each defined class's update()
 * records when a widget first rendered. `upgrades` lists every first render (tag, start, ms, and
 * whether it was prerendered); a long task is "script" when a define() ran in it, else "upgrade"
 * when a first render started in it. Tasks under 50 ms make no long-task entry: their length shows
 * as under 50.
 */
export function articleObserver(settleMs) {
  const shifts = [];
  const longTasks = [];
  const upgrades = [];
  let defined;
  let fcp;
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, cls, options) => {
    defined ??= performance.now();
    const update = cls.prototype.update;
    cls.prototype.update = function (changed) {
      if (this.hasUpdated) return update.call(this, changed);
      const start = performance.now();
      const prerendered = !!this.shadowRoot?.querySelector('style');
      update.call(this, changed);
      upgrades.push({ tag, start, ms: performance.now() - start, prerendered, nested: this.getRootNode() !== document });
    };
    return define(tag, cls, options);
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput)
        shifts.push({ at: e.startTime, value: e.value, sources: (e.sources ?? []).map((s) => s.node?.nodeName?.toLowerCase() ?? '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ at: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });

  addEventListener('load', async () => {
    const loaded = performance.now();
    const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('propel-')))];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const all = (root, out = []) => {
      for (const el of root.querySelectorAll('*')) {
        if ('updateComplete' in el) out.push(el);
        if (el.shadowRoot) all(el.shadowRoot, out);
      }
      return out;
    };
    for (let round = 0; round < 20; round++) {
      const pending = all(document).filter((el) => el.isUpdatePending);
      if (!pending.length) break;
      await Promise.all(pending.map((el) => el.updateComplete));
    }
    const ready = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const blocking = longTasks.filter((t) => fcp === undefined || t.at >= fcp);
    const within = (t, at) => at >= t.at && at <= t.at + t.duration;
    for (const t of longTasks) {
      t.kind = within(t, defined) ? 'script' : upgrades.some((u) => within(t, u.start)) ? 'upgrade' : 'page';
      t.tags = upgrades.filter((u) => within(t, u.start)).map((u) => u.tag);
    }
    window.__result = {
      cls: shifts.reduce((sum, s) => sum + s.value, 0),
      tbt: blocking.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      shifts,
      longTasks,
      upgrades,
      defined,
      fcp,
      loaded,
      ready,
      widgets: all(document).length,
      scriptRan: !!window.PropelWidgets,
    };
  });
}
