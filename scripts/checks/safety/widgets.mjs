// What every safety check renders and does: the seven widget tags, a frozen clock for the hours
// widgets, waiting for every widget (nested ones included) to finish rendering, and the
// interactions a reader performs (sort, filter, open the week's hours, follow the contents), with
// real clicks in each engine (scripts/lib/engines.mjs).
import { RECORDER_TAG } from '../../lib/engines.mjs';

/** The seven tags, as a partner page writes them. `inline` ones sit in a line of text. */
export const WIDGETS = [
  {
    id: 'comparison',
    html: `<propel-treatment-comparison filterable highlight="ketamine-therapy"><a href="https://www.propeltherapeutics.com/">Compare fibromyalgia treatments</a></propel-treatment-comparison>`,
  },
  { id: 'diet', html: `<propel-provider><propel-diet-grid></propel-diet-grid></propel-provider>` },
  { id: 'section', html: `<propel-guide-section section="ketamine"></propel-guide-section>` },
  { id: 'guide', html: `<propel-fibro-guide></propel-fibro-guide>` },
  { id: 'hours', html: `<propel-clinic-hours>Mon–Fri 9 AM–7 PM</propel-clinic-hours>`, inline: true },
  { id: 'week', html: `<propel-clinic-hours variant="week"></propel-clinic-hours>` },
  { id: 'location', html: `<propel-location-card structured-data></propel-location-card>` },
];

/** A Wednesday, 10:30 in the clinic's zone (America/Los_Angeles): open, not closing soon. */
export const FROZEN_NOW = new Date('2025-03-12T17:30:00Z');

/**
 * Freezes Date for the page (timers keep running), so every load shows the same hours: a script the
 * pages load before any other (no driver can do it before the page's scripts in every engine).
 */
export const CLOCK = `(() => {
  const now = ${+FROZEN_NOW};
  const RealDate = Date;
  class FrozenDate extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [now]));
    }
    static now() {
      return now;
    }
  }
  globalThis.Date = FrozenDate;
})();`;
export const CLOCK_PATH = '/__engine/clock.js';

/** The first scripts of every safety page: the error recorder (for WebKit) and the frozen clock. */
export const HEAD = `${RECORDER_TAG}<script src="${CLOCK_PATH}"></script>`;

/**
 * Resolves when every defined Propel element on the page, inside shadow roots too, has rendered
 * and settled. Returns the number of rendered elements.
 */
export async function settle(page) {
  await page.waitFor(() => document.readyState === 'complete');
  return page.evaluate(async () => {
    const all = () => {
      const found = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('propel-') && 'updateComplete' in el) found.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found;
    };
    // Nested widgets appear as their parents render: repeat until the set stops growing.
    let count = -1;
    for (let round = 0; round < 20; round++) {
      const els = all();
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      if (els.length === count) break;
      count = els.length;
    }
    await document.fonts.ready;
    return count;
  });
}

/** The text a reader sees in an element, read through shadow roots. */
export const deepText = (page, selector) =>
  page.evaluate((selector) => {
    const text = (n) => (n.nodeType === 3 ? n.textContent : [...(n.shadowRoot ?? n).childNodes].map(text).join(''));
    const el = document.querySelector(selector);
    return el ? text(el).replace(/\s+/g, ' ').trim() : null;
  }, selector);

/**
 * In the page: the `nth` element matching `selector` (and containing `text`, when given) in the
 * shadow root of the first `host`; `selector` may name a nested widget and go on in its shadow root
 * after ` >> ` ("details propel-clinic-hours >> tbody tr").
 */
export const inWidget = ([host, selector, text = null, nth = 0]) => {
  let roots = [document.querySelector(host)?.shadowRoot].filter(Boolean);
  const steps = selector.split(' >> ');
  for (const step of steps.slice(0, -1))
    roots = roots.flatMap((root) => [...root.querySelectorAll(step)].map((el) => el.shadowRoot).filter(Boolean));
  const found = roots
    .flatMap((root) => [...root.querySelectorAll(steps.at(-1))])
    .filter((el) => text === null || el.textContent.includes(text));
  return nth === 'count' ? found.length : (found[nth] ?? null);
};

/**
 * Uses every interactive part the way a reader would, with real clicks, and reports what changed.
 * `prefix` scopes the widgets (e.g. '#second ').
 */
export async function interact(page, prefix = '') {
  const result = {};
  const count = (host, selector, text) => page.evaluate(inWidget, [`${prefix}${host}`, selector, text ?? null, 'count']);
  const click = (host, selector, text, nth) => page.click(inWidget, [`${prefix}${host}`, selector, text ?? null, nth ?? 0]);
  const exists = (host) => page.evaluate((sel) => !!document.querySelector(sel), `${prefix}${host}`);
  const C = 'propel-treatment-comparison';
  if (await exists(C)) {
    const rowNames = () =>
      page.evaluate(
        (host) => [...document.querySelector(host).shadowRoot.querySelectorAll('tbody th .name')].map((n) => n.textContent),
        `${prefix}${C}`,
      );
    const before = await rowNames();
    await click(C, 'thead th button');
    await click(C, 'thead th button'); // second click: descending
    const sorted = await rowNames();
    const sort = await page.evaluate(
      (host) => document.querySelector(host).shadowRoot.querySelector('thead th').getAttribute('aria-sort'),
      `${prefix}${C}`,
    );
    result.sort =
      sort === 'descending' &&
      JSON.stringify(sorted) ===
        JSON.stringify([...before].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })).reverse());
    if (await count(C, 'label.chip')) {
      await click(C, 'label.chip', 'Medication');
      const filtered = await rowNames();
      result.filter = filtered.length === 2 && filtered.every((n) => before.includes(n));
      await click(C, 'label.chip', 'All');
      result.filter &&= (await rowNames()).length === before.length;
    }
  }
  const L = 'propel-location-card';
  if (await exists(L)) {
    await click(L, 'summary');
    const open = await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('details').open, `${prefix}${L}`);
    result.week = open && (await count(L, 'details propel-clinic-hours >> tbody tr')) === 7;
  }
  const G = 'propel-fibro-guide';
  if (await exists(G)) {
    const hash = await page.evaluate(`(${inWidget})(${JSON.stringify([`${prefix}${G}`, 'nav a', 'Sleep'])}).getAttribute('href')`);
    await click(G, 'nav a', 'Sleep');
    result.toc = await page.evaluate(
      ([host, id]) => document.querySelector(host).shadowRoot.activeElement?.id === id,
      [`${prefix}${G}`, hash.slice(1)],
    );
  }
  return result;
}
