// The per-widget scripts (dist/widgets/<tag>.js) embed their content checked at build time, and fetch
// the document checks (dist/widgets/content-checks.js, src/content/checks.lazy.ts) only when a
// provider is given `content` or `src`. The built scripts, each in a frame of their own: nothing is
// fetched for the embedded content; a hostile document warns once, fires the same event as the whole
// drop-in and falls back; `src` works; two scripts share one copy of the checks; and checks that
// cannot arrive (blocked by the page's CSP) leave the hours "unavailable", never the embedded ones.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { WIDGET_ENTRIES } from '../../scripts/build/widget-entries.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { Content } from '../../src/content/schema.js';
import type { PropelElement } from '../../src/core/propel-element.js';
import type { PropelContentLoadedDetail } from '../../src/widgets/provider/provider.js';

const MISSING = 'run `npm run build` first (`npm test` builds before the browser tests): this test checks the built scripts.';

interface Frame {
  window: Window & typeof globalThis & { warnings: string[]; events: { type: string; detail: PropelContentLoadedDetail }[] };
  document: Document;
}

/**
 * A frame with `body`, then the per-widget scripts `tags` (dist/widgets/<tag>.js, or served from
 * `base`); console warnings recorded in `warnings`. `csp`: a Content-Security-Policy for the frame.
 */
async function frameWith(body: string, tags: string[], csp?: string, base = '/dist/widgets/'): Promise<Frame> {
  for (const tag of tags) {
    const response = await fetch(`/dist/widgets/${tag}.js`, { method: 'HEAD' });
    if (!response.ok) throw new Error(`dist/widgets/${tag}.js is missing (HTTP ${response.status}): ${MISSING}`);
  }
  const iframe = document.createElement('iframe');
  const scripts = tags.map((tag) => `<script src="${base}${tag}.js"></script>`).join('');
  const policy = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
  iframe.srcdoc = `<!doctype html><html lang="en"><head>${policy}<script>
    window.warnings = [];
    console.warn = (...args) => window.warnings.push(args.join(' '));
    window.events = [];
    for (const type of ['propel-content-loaded', 'propel-content-error'])
      addEventListener(type, (event) => window.events.push({ type, detail: event.detail }), true);
  </script></head><body>${body}${scripts}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  // Each widget's first render is a task of its own after the script runs: wait for them all.
  for (const el of iframe.contentDocument!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*'))
    if (el.localName.startsWith('propel-')) await el.updateComplete;
  return { window: iframe.contentWindow as Frame['window'], document: iframe.contentDocument! };
}

/** Sets the provider's `content` and resolves with its `propel-content-loaded` detail, once its widgets have rendered. */
async function provide(frame: Frame, content: unknown): Promise<PropelContentLoadedDetail> {
  const provider = frame.document.querySelector('propel-provider')!;
  const loaded = new Promise<PropelContentLoadedDetail>((resolve) =>
    provider.addEventListener('propel-content-loaded', (event) => resolve(event.detail), {
      once: true,
    }),
  );
  (provider as unknown as { content: unknown }).content = content;
  const detail = await loaded;
  for (const widget of provider.querySelectorAll<PropelElement>('*')) await widget.updateComplete;
  return detail;
}

const rowNames = (frame: Frame) =>
  [...frame.document.querySelector('propel-treatment-comparison')!.shadowRoot!.querySelectorAll('tbody th .name')].map(
    (n) => n.textContent,
  );

/** The default document at a blob: URL, for `src` (the test server would serve a .json file as a module). */
const documentUrl = () => URL.createObjectURL(new Blob([JSON.stringify(defaultContent)], { type: 'application/json' }));

/** Resolves once the frame has seen a provider's event (a listener added now could come after it). */
const firstEvent = (frame: Frame) =>
  new Promise<void>((resolve) => {
    const poll = () => (frame.window.events.length ? resolve() : setTimeout(poll, 20));
    poll();
  });

const PAYLOAD = '<img src=x onerror="window.__propelPwned=1">';

/** The default document with a hostile `treatments` entry and a broken clinic (hours in a zone that does not exist). */
function hostile(): Content {
  const doc = structuredClone(defaultContent);
  (doc.treatments.items[0] as { category: string }).category = PAYLOAD;
  doc.treatments.items[1]!.name = `${PAYLOAD}Physical Therapy`;
  doc.clinic.hours.timeZone = 'Mars/Olympus_Mons';
  return doc;
}

describe('per-widget scripts: the document checks they fetch when needed', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('embed exactly the entries each widget renders (its static defaults)', () => {
    for (const [name, entries] of Object.entries(WIDGET_ENTRIES)) {
      const widget = customElements.get(`propel-${name}`) as unknown as typeof PropelElement;
      expect([...entries].sort(), name).to.deep.equal(Object.keys(widget.defaults).sort());
    }
    expect(Object.keys(WIDGET_ENTRIES).sort()).to.deep.equal([
      'clinic-hours',
      'diet-grid',
      'fibro-guide',
      'guide-section',
      'location-card',
      'treatment-comparison',
    ]);
  });

  /** The frame's requests for the document checks. */
  const checksFetched = (frame: Frame) =>
    frame.window.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/dist/widgets/content-checks.js'));

  it('the comparison’s script: no checks fetched for its embedded content; a hostile document warns once and falls back', async () => {
    const frame = await frameWith(
      '<propel-provider><propel-treatment-comparison filterable></propel-treatment-comparison></propel-provider>',
      ['propel-treatment-comparison'],
    );
    const defaults = rowNames(frame);
    expect(defaults).to.have.length(6);
    expect(checksFetched(frame)).to.have.length(0);
    const { issues } = await provide(frame, hostile());
    expect(checksFetched(frame)).to.have.length(1);
    // Every entry is checked, as the whole drop-in does: the clinic's hours too, though it shows none.
    expect(issues.map((issue) => issue.path)).to.deep.equal(['treatments.items.0.category', 'clinic.hours.timeZone']);
    expect(frame.window.warnings).to.have.length(1);
    expect(frame.window.warnings[0]).to.contain(
      '<propel-provider>: the content property has problems, left out: treatments.items.0.category',
    );
    // The broken entry is left out: the embedded default is shown, the payload is nowhere, as text or as markup.
    expect(rowNames(frame)).to.deep.equal(defaults);
    const comparison = frame.document.querySelector('propel-treatment-comparison')!;
    expect(comparison.shadowRoot!.querySelector('img')).to.equal(null);
    expect(comparison.shadowRoot!.textContent).to.not.contain('onerror');
    expect((frame.window as { __propelPwned?: unknown }).__propelPwned).to.equal(undefined);
  });

  it('the comparison’s script uses a valid treatments entry, checked', async () => {
    const frame = await frameWith('<propel-provider><propel-treatment-comparison></propel-treatment-comparison></propel-provider>', [
      'propel-treatment-comparison',
    ]);
    const doc = structuredClone(defaultContent);
    doc.treatments.items = doc.treatments.items.slice(0, 2).map((t) => ({ ...t, name: `${t.name} (edited)` }));
    const { issues } = await provide(frame, doc);
    expect(issues).to.deep.equal([]);
    expect(frame.window.warnings).to.deep.equal([]);
    expect(rowNames(frame)).to.deep.equal(doc.treatments.items.map((t) => t.name));
  });

  it('the hours’ script loads a `src` document, checked, and shows its hours', async () => {
    const src = documentUrl();
    const frame = await frameWith(`<propel-provider src="${src}"><propel-clinic-hours></propel-clinic-hours></propel-provider>`, [
      'propel-clinic-hours',
    ]);
    const hours = frame.document.querySelector<PropelElement>('propel-clinic-hours')!;
    await firstEvent(frame);
    expect(frame.window.events.map((event) => event.type)).to.deep.equal(['propel-content-loaded']);
    const { detail } = frame.window.events[0]!;
    await hours.updateComplete;
    URL.revokeObjectURL(src);
    expect(detail.issues).to.deep.equal([]);
    expect(checksFetched(frame)).to.have.length(1);
    expect(hours.shadowRoot!.textContent).to.not.contain('Hours unavailable');
    expect(hours.shadowRoot!.textContent).to.not.contain('Checking the hours');
    expect(frame.window.warnings).to.deep.equal([]);
  });

  it('two per-widget scripts on one page share one copy of the checks', async () => {
    const frame = await frameWith(
      '<propel-provider><propel-treatment-comparison></propel-treatment-comparison><propel-clinic-hours></propel-clinic-hours></propel-provider>',
      ['propel-treatment-comparison', 'propel-clinic-hours'],
    );
    // The comparison's script came first: its provider is the page's, and it checks (and provides) the clinic too.
    expect((await provide(frame, structuredClone(defaultContent))).issues).to.deep.equal([]);
    const hours = frame.document.querySelector('propel-clinic-hours')!;
    expect(hours.shadowRoot!.textContent).to.not.contain('Hours unavailable');
    const { issues } = await provide(frame, hostile());
    expect(issues.map((issue) => issue.path)).to.deep.equal(['treatments.items.0.category', 'clinic.hours.timeZone']);
    await (hours as PropelElement).updateComplete;
    expect(hours.shadowRoot!.textContent).to.contain('Hours unavailable');
    expect(checksFetched(frame)).to.have.length(1);
  });

  it('checks that cannot arrive: one warning, the hours unavailable, the prose embedded', async () => {
    // The page allows the hours' script and no other: the checks it fetches are blocked.
    const own = new URL('/dist/widgets/propel-clinic-hours.js', location.href).href;
    const frame = await frameWith(
      '<propel-provider><propel-clinic-hours></propel-clinic-hours></propel-provider>',
      ['propel-clinic-hours'],
      `script-src 'unsafe-inline' ${own}`,
    );
    const provider = frame.document.querySelector('propel-provider')!;
    const hours = frame.document.querySelector<PropelElement>('propel-clinic-hours')!;
    expect(hours.shadowRoot!.textContent).to.not.contain('Hours unavailable');
    const failed = new Promise<Event>((resolve) => provider.addEventListener('propel-content-error', resolve, { once: true }));
    (provider as unknown as { content: unknown }).content = structuredClone(defaultContent);
    await failed;
    await hours.updateComplete;
    expect(hours.shadowRoot!.textContent).to.contain('Hours unavailable');
    expect(frame.window.warnings).to.have.length(1);
    expect(frame.window.warnings[0]).to.contain('the content checks');
    expect(frame.window.warnings[0]).to.contain('did not load');
    // What a reader hears: the badge's status names the hours as unavailable.
    expect(hours.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Hours unavailable');
  });

  it('checks that do not arrive within the timeout: a timeout, the hours unavailable', async () => {
    // The hours' script is served beside checks that never answer.
    const frame = await frameWith(
      '<propel-provider timeout="1000"><propel-clinic-hours></propel-clinic-hours></propel-provider>',
      ['propel-clinic-hours'],
      undefined,
      '/__propel/checks-hang/',
    );
    // `src` after the frame's load, which a script still arriving would hold back.
    const src = documentUrl();
    frame.document.querySelector('propel-provider')!.setAttribute('src', src);
    // Meanwhile the hours say they are being checked, never the embedded ones.
    const hours = frame.document.querySelector<PropelElement>('propel-clinic-hours')!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await hours.updateComplete;
    expect(hours.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Checking the hours');
    await firstEvent(frame);
    URL.revokeObjectURL(src);
    expect(frame.window.events.map((event) => [event.type, (event.detail as unknown as { reason?: string }).reason])).to.deep.equal([
      ['propel-content-error', 'timeout'],
    ]);
    await hours.updateComplete;
    expect(hours.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Hours unavailable');
    expect(frame.window.warnings).to.have.length(1);
    expect(frame.window.warnings[0]).to.contain('no answer in time');
  });
});
