// What every safety check renders and does: the seven widget tags, a frozen clock for the hours
// widgets, waiting for every widget (nested ones included) to finish rendering, and the
// interactions a reader performs (sort, filter, open the week's hours, follow the contents).

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

/** Freezes Date for the page (timers keep running), so every load shows the same hours. */
export async function freezeClock(page) {
  await page.clock.setFixedTime(FROZEN_NOW);
}

/**
 * Resolves when every defined Propel element on the page, inside shadow roots too, has rendered
 * and settled. Returns the number of rendered elements.
 */
export async function settle(page) {
  await page.waitForFunction(() => document.readyState === 'complete');
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
 * Uses every interactive part the way a reader would, through Playwright's real clicks, and
 * reports what changed. `prefix` scopes the selectors (e.g. '#second ').
 */
export async function interact(page, prefix = '') {
  const result = {};
  const comparison = page.locator(`${prefix}propel-treatment-comparison`).first();
  if (await comparison.count()) {
    const rowNames = () => comparison.locator('tbody th .name').allTextContents();
    const before = await rowNames();
    await comparison.locator('thead th button').first().click();
    await comparison.locator('thead th button').first().click(); // second click: descending
    const sorted = await rowNames();
    const sort = await comparison.locator('thead th').first().getAttribute('aria-sort');
    result.sort =
      sort === 'descending' &&
      JSON.stringify(sorted) ===
        JSON.stringify([...before].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })).reverse());
    if (await comparison.locator('label.chip').count()) {
      await comparison.locator('label.chip', { hasText: 'Medication' }).click();
      const filtered = await rowNames();
      result.filter = filtered.length === 2 && filtered.every((n) => before.includes(n));
      await comparison.locator('label.chip', { hasText: 'All' }).click();
      result.filter &&= (await rowNames()).length === before.length;
    }
  }
  const card = page.locator(`${prefix}propel-location-card`).first();
  if (await card.count()) {
    await card.locator('summary').click();
    const open = await card.locator('details').evaluate((d) => d.open);
    result.week = open && (await card.locator('details propel-clinic-hours tbody tr').count()) === 7;
  }
  const guide = page.locator(`${prefix}propel-fibro-guide`).first();
  if (await guide.count()) {
    const link = guide.locator('nav a', { hasText: 'Sleep' }).first();
    const hash = await link.getAttribute('href');
    await link.click();
    result.toc = await guide.evaluate((el, id) => el.shadowRoot.activeElement?.id === id, hash.slice(1));
  }
  return result;
}
