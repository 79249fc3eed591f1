import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { PropelDietGrid } from '../../src/index.js';
import { fixture, $, $$, inWidth, luminance, spyWarn, text } from '../helpers.js';

const names = (el: Element) => $$(el, '[part=name]').map(text);
const columns = (el: Element) => new Set($$(el, '[part=card]').map((card) => Math.round(card.getBoundingClientRect().left))).size;

describe('<propel-diet-grid>', () => {
  afterEach(() => sinon.restore());

  it('renders one card per food group with its examples as a list and its benefits', async () => {
    const el = await fixture<PropelDietGrid>(html`<propel-diet-grid></propel-diet-grid>`);
    expect(text($(el, '[part=title]'))).to.equal('Recommended Diet for Fibromyalgia');
    expect(names(el)).to.deep.equal(['Anti-inflammatory Foods', 'Lean Proteins', 'Whole Grains', 'Healthy Fats', 'Hydration']);
    const cards = $$(el, '[part=card]');
    // Each example shows as the document writes it, a list item with a capital. Not by ::first-letter:
    // Firefox lays that out in time quadratic in the first word's length (a broken document's
    // 200,000-character example froze the page for minutes in the fuzz test).
    expect([...cards[0]!.querySelectorAll('li')].map((li) => li.textContent.trim())).to.deep.equal([
      'Berries',
      'Leafy greens',
      'Fatty fish',
    ]);
    expect(text(cards[0]!.querySelector('[part=examples] li:nth-child(2)')!)).to.equal('Leafy greens');
    expect(text(cards[4]!.querySelector('[part=benefits]')!)).to.equal('Improved energy levels, detoxification');
    expect(cards.every((card) => card.querySelector('svg[aria-hidden=true]'))).to.be.true;
    expect($$(el, '[part=name]').every((h) => h.tagName === 'H3')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('is one column in a 360 px container', async () => {
    const el = await inWidth<PropelDietGrid>(360, html`<propel-diet-grid></propel-diet-grid>`);
    expect(columns(el)).to.equal(1);
    expect(el.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('puts several columns side by side in a 1100 px container', async () => {
    const el = await inWidth<PropelDietGrid>(1100, html`<propel-diet-grid></propel-diet-grid>`);
    expect(columns(el)).to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('picks and orders groups', async () => {
    const el = await fixture<PropelDietGrid>(html`<propel-diet-grid groups="hydration,whole-grains" heading-level="3"></propel-diet-grid>`);
    expect(names(el)).to.deep.equal(['Hydration', 'Whole Grains']);
    expect($(el, '[part=title]').tagName).to.equal('H3');
    expect($$(el, '[part=name]').map((h) => h.tagName)).to.deep.equal(['H4', 'H4']);
    await expect(el).to.be.accessible();
  });

  it('drops unknown groups with one warning, and shows a message when none is left', async () => {
    const warn = spyWarn();
    const el = await fixture<PropelDietGrid>(html`<propel-diet-grid groups="sweets,hydration"></propel-diet-grid>`);
    expect(names(el)).to.deep.equal(['Hydration']);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('"sweets"');
    await expect(el).to.be.accessible();

    const empty = await fixture<PropelDietGrid>(html`<propel-diet-grid groups="sweets"></propel-diet-grid>`);
    expect(text($(empty, '[part=message]'))).to.equal('No food groups to show. Check the groups attribute for valid ids.');
    expect(empty.shadowRoot!.querySelector('[part=grid]')).to.be.null;
    await expect(empty).to.be.accessible();
  });

  it('renders in the dark theme', async () => {
    const el = await fixture<PropelDietGrid>(html`<propel-diet-grid theme="dark"></propel-diet-grid>`);
    expect(luminance(getComputedStyle($(el, '[part=card]')).backgroundColor), 'dark card').to.be.below(0.05);
    expect(luminance(getComputedStyle($(el, '[part=card]')).color), 'light text').to.be.above(0.7);
    await expect(el).to.be.accessible();
  });
});
