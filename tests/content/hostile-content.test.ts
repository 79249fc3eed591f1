// Content is text, everywhere: markup in every prose field of a document is shown as literal text
// and never runs, in every widget and in the JSON-LD; only http(s), mailto and tel URLs become links.
import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { PropelProvider } from '../../src/index.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { Content } from '../../src/content/schema.js';
import { fixture, deepElements, deepText, settle, spyWarn } from '../helpers.js';

const PAYLOAD = '<img src=x onerror="window.__propelPwned=1"></script><script>window.__propelPwned=1</script>';
/** Keys whose strings are identifiers, enums, dates, times, zones or URLs, not prose. */
const NOT_PROSE = new Set([
  'id',
  'category',
  'days',
  'status',
  'from',
  'through',
  'opens',
  'closes',
  'updated',
  'lang',
  'timeZone',
  'url',
  'version',
]);

/** The default document with the payload prepended to every prose string. */
function hostile(): Content {
  const walk = (node: unknown, key = ''): unknown => {
    if (typeof node === 'string') return NOT_PROSE.has(key) ? node : `${PAYLOAD}${node}`;
    if (Array.isArray(node)) return node.map((item) => walk(item, key));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    return node;
  };
  return walk(structuredClone(defaultContent)) as Content;
}

const ALL = html`
  <propel-treatment-comparison filterable highlight="ketamine-therapy"></propel-treatment-comparison>
  <propel-diet-grid></propel-diet-grid>
  <propel-guide-section section="testimonial"></propel-guide-section>
  <propel-fibro-guide></propel-fibro-guide>
  <propel-clinic-hours structured-data></propel-clinic-hours>
  <propel-clinic-hours variant="week"></propel-clinic-hours>
  <propel-location-card></propel-location-card>
`;

describe('hostile content', () => {
  afterEach(() => {
    sinon.restore();
    document.querySelector('script[data-propel-clinic]')?.remove();
    delete (window as { __propelPwned?: unknown }).__propelPwned;
  });

  it('shows markup in every prose field as literal text, in every widget, and never runs it', async () => {
    spyWarn();
    const el = await fixture<PropelProvider>(html`<propel-provider .content=${hostile()}>${ALL}</propel-provider>`);
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __propelPwned?: unknown }).__propelPwned).to.be.undefined;
    const tags = [...deepElements(el)].map((e) => e.localName);
    expect(tags).to.not.include('img');
    expect(tags.filter((t) => t === 'script')).to.deep.equal([]);
    // Every widget but the badge (its sentence is made of times, not content) shows the payload as text.
    for (const widget of [...el.children].filter((w) => w.matches(':not(propel-clinic-hours:not([variant]))'))) {
      expect(deepText(widget), widget.localName).to.contain('<img src=x onerror="window.__propelPwned=1">');
    }
    expect(deepText(el.querySelector('propel-fibro-guide')!)).to.contain(`${PAYLOAD}Ketamine Therapy`);
    await expect(el).to.be.accessible();
  });

  it('keeps the JSON-LD a single data script that cannot be closed by content', async () => {
    spyWarn();
    const el = await fixture<PropelProvider>(html`<propel-provider .content=${hostile()}>${ALL}</propel-provider>`);
    await settle(el);
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    const text = scripts[0]!.textContent;
    expect(text).to.not.contain('</script');
    expect(text).to.not.contain('<');
    expect(JSON.parse(text).name).to.equal(`${PAYLOAD}Propel Therapeutics`);
    await expect(el).to.be.accessible();
  });

  for (const url of [
    'javascript:window.__propelPwned=1',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/',
    'not a url',
  ]) {
    it(`never makes ${url} a link, and warns once per widget`, async () => {
      const warn = spyWarn();
      const doc = structuredClone(defaultContent);
      doc.article.publisher.url = url;
      doc.clinic.cta = { label: 'Book now', url };
      const el = await fixture<PropelProvider>(html`<propel-provider .content=${doc}>${ALL}</propel-provider>`);
      await settle(el);
      const links = [...deepElements(el)].filter((e): e is HTMLAnchorElement => e.localName === 'a');
      expect(links.length).to.be.greaterThan(0);
      for (const a of links) expect(a.protocol, a.href).to.be.oneOf(['http:', 'https:', 'mailto:', 'tel:']);
      // The text stays: the publisher's name and the call to action are shown, unlinked.
      expect(deepText(el.querySelector('propel-diet-grid')!)).to.contain('Source: Propel Therapeutics');
      expect(deepText(el.querySelector('propel-location-card')!)).to.not.contain('Book now');
      const messages = warn.args.map((a) => String(a[0]));
      expect(messages.filter((m) => m.includes('<propel-diet-grid>') && m.includes('publisher url'))).to.have.length(1);
      // Two location cards: the page's and the one that closes the guide, each warning once.
      expect(messages.filter((m) => m.includes('<propel-location-card>') && m.includes('cta url'))).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  }
});
