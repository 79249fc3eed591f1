import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { PropelFibroGuide } from '../../src/index.js';
import { fixture, $, $$, headingLevel, settle, spyWarn, text } from '../helpers.js';

/**
 * Every heading a reader meets, through nested shadow roots, in document order.
 * Only native <h1>–<h6> count; an ARIA heading (role="heading") fails the test.
 */
function outline(root: Element): string[] {
  const out: string[] = [];
  const walk = (n: Element) => {
    if (n.getAttribute('role') === 'heading') throw new Error(`ARIA heading instead of a native one: ${text(n)}`);
    const level = headingLevel(n);
    if (level) out.push(`${level} ${text(n)}`);
    for (const child of (n.shadowRoot ?? n).children) walk(child);
  };
  walk(root);
  return out;
}

const SECTION_ORDER = [
  'key-takeaways',
  'understanding',
  'ketamine',
  'testimonial',
  'lifestyle',
  'medications',
  'alternative-therapies',
  'mental-health',
  'sleep',
  'outlook',
  'comparison',
  'facts',
  'diet',
  'self-care',
  'conclusion',
];

async function guide(template = html`<propel-fibro-guide></propel-fibro-guide>`) {
  const el = await fixture<PropelFibroGuide>(template);
  await settle(el);
  return el;
}

describe('<propel-fibro-guide>', () => {
  afterEach(() => sinon.restore());

  it('composes the whole article in order with metadata, contents and one footer', async () => {
    const el = await guide();
    expect(text($(el, '[part=title]'))).to.equal("Fibromyalgia Treatment: Ketamine's Promise & More");
    expect(text($(el, '[part=meta]'))).to.equal('By Dr. Peeva · Updated October 1, 2024');
    expect($(el, '[part=meta] time').getAttribute('datetime')).to.equal('2024-10-01');
    const children = [...el.shadowRoot!.querySelectorAll('.guide > [id]')];
    expect(children.map((c) => c.id)).to.deep.equal(SECTION_ORDER);
    expect(children.every((c) => c.hasAttribute('hide-attribution'))).to.be.true;
    const toc = $(el, 'nav');
    expect(toc.getAttribute('aria-label')).to.equal('Contents');
    expect([...toc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(SECTION_ORDER.map((id) => `#${id}`));
    expect([...toc.querySelectorAll('a')].map(text).slice(0, 3)).to.deep.equal([
      'Key Takeaways',
      'Understanding Fibromyalgia',
      'Ketamine Therapy for Fibromyalgia',
    ]);
    expect($$(el, '[part=footer]')).to.have.length(1);
    expect(text($(el, '[part=disclaimer]'))).to.contain('not medical advice');
    expect($(el, '[part=disclaimer]').getAttribute('role')).to.equal('note');
    await expect(el).to.be.accessible();
  });

  it('has a clean heading outline with no skipped levels', async () => {
    const el = await guide();
    const levels = outline(el).map((h) => Number(h.split(' ')[0]));
    expect(levels[0]).to.equal(2);
    expect(outline(el)[1]).to.equal('3 Key Takeaways');
    levels.forEach((level, i) => {
      if (i > 0) expect(level, outline(el)[i]).to.be.at.most(levels[i - 1]! + 1);
      expect(level).to.be.at.least(2);
    });
    expect(outline(el)).to.include('3 Comparison of Common Fibromyalgia Treatments');
    expect(outline(el)).to.include('4 Hydration');
    expect(outline(el)).to.include('3 Propel Therapeutics');
    expect(
      levels.filter((l) => l === 3),
      'every section and the clinic card',
    ).to.have.length(SECTION_ORDER.length + 1);
  });

  it('shifts the whole outline with heading-level', async () => {
    const el = await guide(html`<propel-fibro-guide heading-level="1"></propel-fibro-guide>`);
    const heads = outline(el);
    expect(heads[0]).to.equal("1 Fibromyalgia Treatment: Ketamine's Promise & More");
    expect(heads[1]).to.equal('2 Key Takeaways');
    expect(heads).to.include('3 Treatment Process');
    await expect(el).to.be.accessible();
  });

  it('jumps to a section from the contents and moves focus there', async () => {
    const el = await guide();
    const link = [...$(el, 'nav').querySelectorAll('a')].find((a) => a.hash === '#sleep')!;
    link.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('sleep');
    expect(location.hash).to.not.equal('#sleep');
    await expect(el).to.be.accessible();
  });

  it('passes its theme to every composed widget', async () => {
    const el = await guide(html`<propel-fibro-guide theme="dark"></propel-fibro-guide>`);
    const children = [...el.shadowRoot!.querySelectorAll('.guide > [id]')];
    expect(children.every((c) => c.getAttribute('theme') === 'dark')).to.be.true;
    expect(getComputedStyle($(el, '.card')).backgroundColor).to.equal('rgb(20, 28, 33)');
    await expect(el).to.be.accessible();
  });

  it('renders without warnings', async () => {
    const warn = spyWarn();
    await guide();
    expect(warn.callCount).to.equal(0);
  });
});
