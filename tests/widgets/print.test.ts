/**
 * What a patient gets on paper: black text on white, no fills or shadows, thin grey borders, link
 * URLs written out, the comparison as a table whatever its container's width, no controls, and
 * nothing that cannot be split across pages. Print media is emulated by Chromium; in Firefox and
 * WebKit, which cannot be told to, `onPaper()` applies the print rules in place (tests/helpers.ts).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PropelFibroGuide, PropelTreatmentComparison } from '../../src/index.js';
import { fixture, $, $$, deepElements, inWidth, offPaper, onPaper, settle, text } from '../helpers.js';

const BLACK = 'rgb(0, 0, 0)';
const NO_FILL = 'rgba(0, 0, 0, 0)';

/** Elements (and pseudo-elements) that paint a fill or a shadow. */
function inked(host: Element): string[] {
  return [...deepElements(host.shadowRoot!)].flatMap((el) =>
    [null, '::before', '::after'].flatMap((pseudo) => {
      const s = getComputedStyle(el, pseudo);
      const fill = s.backgroundColor !== NO_FILL || s.backgroundImage !== 'none';
      return fill || s.boxShadow !== 'none' ? [`${el.localName}.${el.className}${pseudo ?? ''}`] : [];
    }),
  );
}

/** The text colours used by rendered elements that hold text. */
function textColours(host: Element): Set<string> {
  const holders = [...deepElements(host.shadowRoot!)].filter(
    (el) => el.checkVisibility() && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
  );
  return new Set(holders.map((el) => getComputedStyle(el).color));
}

/**
 * The text a `content` property generates: its strings joined, each `attr()` read from the element.
 * Engines compute `" (" attr(href) ")"` differently: Chromium resolves and joins it into one string,
 * WebKit resolves it but keeps three, Firefox keeps the attr() as written.
 */
function generated(el: Element, pseudo: string): string {
  const value = getComputedStyle(el, pseudo).content;
  if (value === 'none' || value === 'normal') return value;
  return [...value.matchAll(/"((?:[^"\\]|\\.)*)"|attr\(\s*([\w-]+)\s*\)/g)]
    .map(([, string, name]) => (name ? (el.getAttribute(name) ?? '') : string!.replace(/\\(.)/g, '$1')))
    .join('');
}

describe('print', () => {
  afterEach(() => offPaper());

  it('prints the comparison black on white, without fills or shadows, whatever the theme and the page’s tokens', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--propel-color-text: rgb(200, 0, 0); --propel-color-surface: rgb(0, 0, 80)">
        <propel-treatment-comparison theme="dark" highlight="exercise" filterable></propel-treatment-comparison>
      </div>`,
    );
    const el = wrapper.firstElementChild as PropelTreatmentComparison;
    await el.updateComplete;
    await onPaper(el);
    expect(getComputedStyle($(el, '.root')).colorScheme).to.equal('light');
    expect(inked(el)).to.deep.equal([]);
    // Secondary text (the examples, the footer) stays a dark grey; everything else is black.
    expect([...textColours(el)].sort()).to.deep.equal([BLACK, 'rgb(51, 51, 51)']);
    expect(getComputedStyle($(el, 'td')).color).to.equal(BLACK);
    const card = getComputedStyle($(el, '.card'));
    expect([card.borderTopWidth, card.borderTopColor, card.boxShadow]).to.deep.equal(['1px', 'rgb(153, 153, 153)', 'none']);
    await expect(el).to.be.accessible();
  });

  it('writes out the URL after each web link, and not after in-page links', async () => {
    const el = await fixture<PropelFibroGuide>(html`<propel-fibro-guide></propel-fibro-guide>`);
    await settle(el);
    await onPaper(el);
    const source = $(el, '[part=footer] a');
    expect(source.getAttribute('href')).to.equal('https://www.propeltherapeutics.com/');
    expect(generated(source, '::after')).to.equal(' (https://www.propeltherapeutics.com/)');
    const contents = $$(el, 'nav a');
    expect(contents.length).to.be.greaterThan(10);
    for (const a of contents) expect(generated(a, '::after')).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('prints the comparison as a table, not cards, in a narrow container; sort buttons as header text; no filter', async () => {
    const el = await inWidth<PropelTreatmentComparison>(
      320,
      html`<propel-treatment-comparison filterable sort-column="benefits"></propel-treatment-comparison>`,
    );
    await onPaper(el);
    expect(getComputedStyle($(el, 'table')).display).to.equal('table');
    expect(getComputedStyle($$(el, 'tbody tr')[0]!).display).to.equal('table-row');
    expect(getComputedStyle($(el, 'td')).display).to.equal('table-cell');
    expect(getComputedStyle($(el, 'td .label')).display).to.equal('none');
    expect(getComputedStyle($(el, '[part=filter]')).display).to.equal('none');
    // The button leaves no box: its text is the header's (Chromium would not repeat a button in the header of each page).
    const button = $(el, '[aria-sort] button');
    expect(getComputedStyle(button).display).to.equal('contents');
    expect(getComputedStyle(button, '::after').display).to.equal('none');
    expect(text(button.parentElement!)).to.equal('Benefits');
    expect(getComputedStyle(button.parentElement!).fontWeight).to.equal('700');
    // Nothing sticks out of the 320 px column.
    expect($(el, 'table').getBoundingClientRect().width).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('keeps rows, cards and list items whole, and lets the widgets themselves break across pages', async () => {
    const el = await fixture<PropelFibroGuide>(html`<propel-fibro-guide></propel-fibro-guide>`);
    await settle(el);
    await onPaper(el);
    const comparison = el.shadowRoot!.querySelector('propel-treatment-comparison')!;
    const diet = el.shadowRoot!.querySelector('propel-diet-grid')!;
    expect(getComputedStyle($$(comparison, 'tbody tr')[0]!).breakInside).to.equal('avoid');
    expect(getComputedStyle($(diet, '[part=card]')).breakInside).to.equal('avoid');
    // An inline-block would be cut at a page break, not split: every widget's root is a block on paper.
    for (const root of [el, comparison, diet].map((w) => $(w, '.root'))) expect(getComputedStyle(root).display).to.equal('block');
    for (const card of [...deepElements(el.shadowRoot!)].filter((e) => e.classList.contains('card')))
      expect(getComputedStyle(card).overflow).to.equal('visible');
    await expect(el).to.be.accessible();
  });

  it('prints the whole guide black on white, with its disclaimer', async () => {
    const el = await fixture<PropelFibroGuide>(html`<propel-fibro-guide theme="dark"></propel-fibro-guide>`);
    await settle(el);
    await onPaper(el);
    expect(inked(el)).to.deep.equal([]);
    expect(
      [...textColours(el)].every((c) => c === BLACK || c === 'rgb(51, 51, 51)'),
      [...textColours(el)].join(),
    ).to.be.true;
    const disclaimer = $(el, '[part=disclaimer]');
    expect(disclaimer.checkVisibility()).to.be.true;
    expect(text(disclaimer)).to.contain('not medical advice');
    expect(getComputedStyle(disclaimer).color).to.equal(BLACK);
    await expect(el).to.be.accessible();
  });
});
