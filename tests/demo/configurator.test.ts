import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { EmbedConfigurator } from '../../demo/configurator/configurator.js';
import { elementMarkup, escapeAttribute, safeCssValue, snippet, styleBlock } from '../../demo/configurator/snippet.js';
import { element } from '../../demo/docs/manifest.js';
import { VERSION } from '../../src/core/version.js';
import { fixture, text, demoStylesheet } from '../helpers.js';

/** The built drop-in and its integrity record, byte for byte (the test server serves /dist/ untransformed). */
const DROP_IN = '/dist/propel-widgets.js';
const SRI_RECORD = '/dist/propel-widgets.sri.json?raw';
const MISSING = 'run `npm run build` first (`npm test` builds before the browser tests): this test checks the built drop-in.';

interface SriRecord {
  version: string;
  url: string;
  integrity: string;
}

let bytes: ArrayBuffer;
let record: SriRecord;

before(async () => {
  await demoStylesheet();
  const [script, sri] = await Promise.all([fetch(DROP_IN), fetch(SRI_RECORD)]);
  if (!script.ok) throw new Error(`dist/propel-widgets.js is missing (HTTP ${script.status}): ${MISSING}`);
  if (!sri.ok) throw new Error(`dist/propel-widgets.sri.json is missing (HTTP ${sri.status}): ${MISSING}`);
  bytes = await script.arrayBuffer();
  record = (await sri.json()) as SriRecord;
  // The configurator imports dist/propel-widgets.sri.json: load it only once that exists.
  await import('../../demo/configurator/configurator.js');
});

/** `sha384-<base64>` of some bytes, computed by the browser. */
async function sha384(data: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', data));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** Sets a form control's value as a person would, and waits for the configurator to render. */
async function set(el: EmbedConfigurator, name: string, value: string | boolean) {
  const control = el.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (!control) throw new Error(`no control named ${name}`);
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event(control.localName === 'select' || typeof value === 'boolean' ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

/**
 * The configurator, with the snippet choices these tests were written for: the whole library and an
 * empty tag (the per-widget script, the fallback link and the prerendered markup have their own tests).
 */
async function configurator(): Promise<EmbedConfigurator> {
  const el = await fixture<EmbedConfigurator>(html`<embed-configurator></embed-configurator>`);
  el.script = 'library';
  el.markup = 'empty';
  await el.updateComplete;
  return el;
}

/** A blank page whose whole document is `markup`; resolves once it has loaded (deferred scripts have run). */
async function blankPage(markup: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Pasted snippet';
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = markup;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('embed snippet (pure)', () => {
  it('escapes attribute values', () => {
    const cases: [string, string][] = [
      ['plain', 'plain'],
      ['"quoted"', '&quot;quoted&quot;'],
      ['a & b', 'a &amp; b'],
      ['<script>', '&lt;script&gt;'],
      ['&quot;', '&amp;quot;'],
      ["it's", "it's"],
    ];
    for (const [value, escaped] of cases) expect(escapeAttribute(value), value).to.equal(escaped);
  });

  it('writes boolean attributes bare, and wraps long tags one attribute per line', () => {
    expect(elementMarkup('propel-diet-grid', [])).to.equal('<propel-diet-grid></propel-diet-grid>');
    expect(
      elementMarkup('propel-x', [
        ['filterable', true],
        ['highlight', 'a"b'],
      ]),
    ).to.equal('<propel-x filterable highlight="a&quot;b"></propel-x>');
    expect(
      elementMarkup('propel-treatment-comparison', [
        ['treatments', 'exercise,acupuncture,functional-mushrooms'],
        ['filterable', true],
      ]),
    ).to.equal(
      '<propel-treatment-comparison\n  treatments="exercise,acupuncture,functional-mushrooms"\n  filterable\n></propel-treatment-comparison>',
    );
  });

  it('keeps token values that cannot break out of their declaration, and drops the others', () => {
    const cases: [string, string | undefined][] = [
      ['#6b3fa0', '#6b3fa0'],
      ['  4px ', '4px'],
      ["Georgia, 'Times New Roman', serif", "Georgia, 'Times New Roman', serif"],
      ['red; color: blue', undefined],
      ['1px } body { display: none', undefined],
      ['x</style><script>alert(1)</script>', undefined],
      ['a /* b', undefined],
      ['a\\62', undefined],
      ['', undefined],
    ];
    for (const [value, safe] of cases) expect(safeCssValue(value), value).to.equal(safe);
    expect(styleBlock('propel-x', [])).to.equal('');
    expect(
      styleBlock('propel-x', [
        ['--propel-radius', '4px'],
        ['--propel-color-primary', 'red;}'],
        ['not-a-token', 'red'],
      ]),
    ).to.equal('<style>\n  propel-x {\n    --propel-radius: 4px;\n  }\n</style>');
  });
});

describe('<embed-configurator>', () => {
  afterEach(() => sinon.restore());

  it('generates its form from the manifest: a control per attribute, typed by the attribute', async () => {
    const el = await configurator();
    await set(el, 'tag', 'propel-clinic-hours');
    const doc = element('propel-clinic-hours')!;
    const controls = [...el.querySelectorAll<HTMLInputElement>('[name^="attr:"]')];
    expect(controls.map((c) => c.name.slice(5))).to.deep.equal(doc.attributes!.map((a) => a.name));
    const control = (name: string) => el.querySelector<HTMLInputElement>(`[name="attr:${name}"]`)!;
    expect(control('show-local').type, 'boolean').to.equal('checkbox');
    expect(control('closes-soon').type, 'number').to.equal('number');
    expect(control('heading-level').localName, 'a level, 1 to 6').to.equal('select');
    expect(control('variant').localName, "'badge' | 'week'").to.equal('select');
    expect([...control('variant').querySelectorAll('option')].map((o) => o.value)).to.deep.equal(['', 'badge', 'week']);
    // Each control is described by the attribute's documentation.
    const help = document.getElementById(control('variant').getAttribute('aria-describedby')!)!;
    expect(text(help)).to.equal(
      doc
        .attributes!.find((a) => a.name === 'variant')!
        .description!.replace(/`/g, '')
        .replace(/\s+/g, ' '),
    );
  });

  it('starts from the widget named in ?tag=, with the attributes of its reference example', async () => {
    const address = location.href;
    history.replaceState(null, '', '?tag=propel-clinic-hours');
    try {
      const el = await configurator();
      expect(el.tag).to.equal('propel-clinic-hours');
      expect(el.querySelector<HTMLSelectElement>('[name=tag]')!.value).to.equal('propel-clinic-hours');
      expect(el.chosenAttributes).to.deep.equal([
        ['variant', 'week'],
        ['show-local', true],
      ]);
    } finally {
      history.replaceState(null, '', address);
    }
    history.replaceState(null, '', '?tag=propel-provider'); // not a widget to embed on its own
    try {
      const el = await configurator();
      expect(el.tag).to.equal('propel-treatment-comparison');
      expect([...el.querySelectorAll('[name=tag] option')].map((o) => o.getAttribute('value'))).not.to.include('propel-provider');
    } finally {
      history.replaceState(null, '', address);
    }
  });

  it('updates the live preview as a widget is picked, an attribute set and a token chosen', async () => {
    const el = await configurator();
    await set(el, 'tag', 'propel-guide-section');
    let preview = el.querySelector('.stage > propel-guide-section')!;
    expect(preview, 'the preview shows the picked widget').to.exist;
    expect(preview).to.equal(el.preview);
    await set(el, 'attr:section', 'ketamine');
    await (preview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(preview.getAttribute('section')).to.equal('ketamine');
    expect(text(preview.shadowRoot!.querySelector('[part~=title]')!)).to.match(/ketamine/i);
    await set(el, 'token:--propel-color-primary', '#6b3fa0');
    expect(getComputedStyle(preview).getPropertyValue('--propel-color-primary').trim()).to.equal('#6b3fa0');
    await set(el, 'token:--propel-radius', '3px');
    expect(getComputedStyle(preview).getPropertyValue('--propel-radius').trim()).to.equal('3px');
    // An invalid value is flagged, kept out of the preview and the snippet.
    await set(el, 'token:--propel-radius', 'round');
    expect(el.querySelector('[name="token:--propel-radius"]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(getComputedStyle(preview).getPropertyValue('--propel-radius').trim()).to.equal('');
    expect(el.snippet).not.to.include('--propel-radius');

    expect(el.snippet).to.include('<propel-guide-section section="ketamine"></propel-guide-section>');
    expect(el.snippet).to.include('<style>\n  propel-guide-section {\n    --propel-color-primary: #6b3fa0;\n  }\n</style>');
    expect(el.querySelector('#cfg-snippet')!.textContent).to.equal(el.snippet);

    await set(el, 'tag', 'propel-diet-grid');
    preview = el.querySelector('.stage > *')!;
    expect(preview.localName).to.equal('propel-diet-grid');
    expect(el.snippet).to.include('propel-diet-grid {\n    --propel-color-primary: #6b3fa0;');
  });

  it("pins the script to this version on the CDN, with the built file's sha384 integrity", async () => {
    const el = await configurator();
    const integrity = await sha384(bytes);
    expect(record.integrity, 'dist/propel-widgets.sri.json is stale: rebuild').to.equal(integrity);
    expect(record.version).to.equal(VERSION);
    expect(record.url).to.equal(`https://cdn.jsdelivr.net/npm/propel-widgets@${VERSION}/dist/propel-widgets.js`);
    const script = /<script\s+src="([^"]+)"\s+integrity="([^"]+)"\s+crossorigin="anonymous"\s+defer\s*><\/script>/.exec(el.snippet);
    expect(script, el.snippet).to.not.equal(null);
    expect(script![1]).to.equal(record.url);
    expect(script![2]).to.equal(integrity);
    expect(script![2]).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
  });

  it('gives a snippet that works pasted into a blank page, and one the browser refuses when the file differs', async () => {
    const el = await configurator();
    await set(el, 'tag', 'propel-treatment-comparison');
    await set(el, 'attr:highlight', 'exercise');
    await set(el, 'attr:caption', 'Compare "gentle" & <b>strong</b> options');
    await set(el, 'attr:filterable', true);
    await set(el, 'token:--propel-color-primary', '#6b3fa0');
    expect(el.snippet).to.include('caption="Compare &quot;gentle&quot; &amp; &lt;b&gt;strong&lt;/b&gt; options"');

    const frame = await blankPage(el.snippet.replace(record.url, DROP_IN));
    const win = frame.contentWindow!;
    expect(win.customElements.get('propel-treatment-comparison'), 'the drop-in ran in the pasted page').to.be.a('function');
    const widget = frame.contentDocument!.querySelector('propel-treatment-comparison') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await widget.updateComplete;
    expect(widget.getAttribute('highlight')).to.equal('exercise');
    expect(widget.getAttribute('caption')).to.equal('Compare "gentle" & <b>strong</b> options');
    const root = widget.shadowRoot!;
    expect(text(root.querySelector('[part~=row-highlighted] th')!)).to.match(/^Exercise/);
    expect(root.querySelector('caption')!.textContent).to.include('Compare "gentle" & <b>strong</b> options');
    expect(root.querySelector('b'), 'the caption is text, not markup').to.equal(null);
    expect(root.querySelector('[part~=filter]'), 'filterable').to.exist;
    expect(win.getComputedStyle(widget).getPropertyValue('--propel-color-primary').trim()).to.equal('#6b3fa0');
    frame.remove();

    // Subresource Integrity is really in force: one changed character and the script does not run.
    const tampered = el.snippet
      .replace(record.url, DROP_IN)
      .replace(/integrity="sha384-(.)/, (_, c: string) => `integrity="sha384-${c === 'A' ? 'B' : 'A'}`);
    const refused = await blankPage(tampered);
    expect(refused.contentWindow!.customElements.get('propel-treatment-comparison')).to.equal(undefined);
    refused.remove();
  });

  it('copies the snippet with a visible confirmation, and selects it when the clipboard refuses', async () => {
    const el = await configurator();
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const button = el.querySelector<HTMLButtonElement>('button.copy')!;
    const status = () => text(el.querySelector('.snippet-panel [role=status]')!);
    button.click();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(write.firstCall.args[0]).to.equal(el.snippet);
    expect(status()).to.equal('Copied');
    write.rejects(new DOMException('Write permission denied.', 'NotAllowedError'));
    button.click();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(getSelection()!.toString()).to.equal(el.snippet);
    expect(status()).to.match(/^Selected: press Ctrl\+C/);
    getSelection()!.removeAllRanges();
  });

  it('is accessible', async function () {
    this.timeout(30000);
    const el = await configurator();
    await set(el, 'token:--propel-radius', 'round'); // with an error message showing
    await expect(el).to.be.accessible();
  });
});

describe('snippet() joins the parts', () => {
  it('script, then style, then element, each on its own lines', () => {
    const out = snippet({
      script: { url: 'https://cdn.example/p.js', integrity: 'sha384-x' },
      tag: 'propel-x',
      attributes: [['a', '1']],
      tokens: [['--propel-radius', '0']],
    });
    expect(out).to.equal(
      '<script\n  src="https://cdn.example/p.js"\n  integrity="sha384-x"\n  crossorigin="anonymous"\n  defer\n></script>\n' +
        '<style>\n  propel-x {\n    --propel-radius: 0;\n  }\n</style>\n<propel-x a="1"></propel-x>',
    );
  });
});

describe('<embed-configurator> prevents mistakes (issue 15)', () => {
  it('offers content ids as choices: highlight is a select of treatments, treatments a set of checkboxes', async () => {
    const el = await configurator();
    await set(el, 'tag', 'propel-treatment-comparison');
    const highlight = el.querySelector<HTMLSelectElement>('[name="attr:highlight"]')!;
    expect(highlight.localName).to.equal('select');
    const ids = [...highlight.options].map((o) => o.value);
    expect(ids).to.include('exercise');
    expect(ids).not.to.include('excercise');
    const boxes = [...el.querySelectorAll<HTMLInputElement>('[name="attr:treatments"]')];
    expect(boxes.map((b) => b.type)).to.deep.equal(boxes.map(() => 'checkbox'));
    boxes.find((b) => b.value === 'acupuncture')!.click();
    boxes.find((b) => b.value === 'exercise')!.click();
    await el.updateComplete;
    // In the content's order, whatever the order of the clicks.
    expect(el.values.treatments).to.equal('exercise,acupuncture');
    await set(el, 'tag', 'propel-guide-section');
    expect(el.querySelector('[name="attr:section"]')!.localName).to.equal('select');
  });

  it('offers every colour the widget reads, the accent included, and warns when a pair fails WCAG AA', async () => {
    const el = await configurator();
    await set(el, 'tag', 'propel-treatment-comparison');
    expect(el.querySelector('[name="token:--propel-color-accent"]')).to.not.equal(null);
    expect(el.contrastWarnings).to.deep.equal([]);
    el.tokens = { '--propel-color-primary': '#c8a2ff' };
    await el.updateComplete;
    expect(el.contrastWarnings.map(([fore, back]) => `${fore} on ${back}`)).to.include('--propel-color-primary on --propel-color-surface');
    expect(text(el.querySelector('.contrast-warning')!)).to.contain('Below WCAG AA');
    el.tokens = { '--propel-color-primary': '#4b1f80' };
    await el.updateComplete;
    expect(el.querySelector('.contrast-warning')).to.equal(null);
  });

  it("writes the widget's own script, a fallback link, or the prerendered widget", async () => {
    const el = await configurator();
    await set(el, 'tag', 'propel-treatment-comparison');
    el.script = 'widget';
    el.markup = 'link';
    await el.updateComplete;
    expect(el.snippet).to.contain('/dist/widgets/propel-treatment-comparison.js"');
    expect(el.snippet).to.match(/<a href="https:\/\/www\.propeltherapeutics\.com\/">[^<]+<\/a>\n<\/propel-treatment-comparison>$/);
    el.markup = 'prerendered';
    await el.updateComplete;
    expect(el.snippet).to.contain('<template shadowrootmode="open"><style>');
    expect(el.snippet).to.contain('<button part="sort-button" type="button" disabled>');
    expect(el.snippet).not.to.contain('<!--');
    // Shown once parsed to its end (a page cut in two by the network shows no half widget), with its controls hidden until then.
    expect(el.snippet).to.contain('.root:not(:has(~.parsed)){display:none}[part~=sort-button]::after');
    expect(el.snippet).to.match(/<i class="parsed" hidden><\/i><\/template><\/propel-treatment-comparison>$/);
  });
});
