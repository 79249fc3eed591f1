import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/index.js';
import type { PropelTreatmentComparison } from '../../src/index.js';
import { defaultContent } from '../../src/content/default-content.js';
import { fixture, $, $$, a11yNodes, emulateMedia, inWidth, itIn, say, spyWarn, text } from '../helpers.js';

const ARTICLE_ROWS = [
  ['Ketamine Therapy', 'Rapid pain relief, mood improvement', 'Nausea, dizziness, mild hallucinations'],
  ['Antidepressants', 'Pain relief, improved sleep and mood', 'Weight gain, dry mouth, drowsiness'],
  ['Anti-seizure Drugs', 'Nerve pain relief', 'Dizziness, fatigue, weight gain'],
  ['Exercise', 'Improved flexibility, reduced pain', 'Muscle soreness, fatigue'],
  ['Acupuncture', 'Pain relief, improved blood flow', 'Minimal, mild discomfort at needle sites'],
  ['Functional Mushrooms', 'Reduced inflammation, immune support', 'Rare, allergic reactions'],
];

const captionText = (el: Element) => $(el, 'caption').textContent.replace(/\s+/g, ' ').trim();
/** The cell's own text, without the narrow-layout label. */
const ownText = (node: Element) =>
  [...node.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();
const names = (el: Element) => $$(el, 'tbody th .name').map(text);
const headers = (el: Element) => $$(el, 'thead th');
const sortButton = (el: Element, index: number) => headers(el)[index]!.querySelector('button')!;

async function click(el: PropelTreatmentComparison, node: HTMLElement) {
  node.click();
  await el.updateComplete;
}

describe('<propel-treatment-comparison>', () => {
  afterEach(() => sinon.restore());

  it('renders all six rows with the article text, a caption and row headers', async () => {
    const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison></propel-treatment-comparison>`);
    expect(captionText(el)).to.equal('Comparison of Common Fibromyalgia Treatments. Select a column header to sort the table.');
    const title = $(el, '[part=title]');
    expect(text(title)).to.equal('Comparison of Common Fibromyalgia Treatments');
    expect(title.getAttribute('aria-hidden'), 'the caption already names the table').to.equal('true');
    expect(title.hasAttribute('role')).to.be.false;
    expect(headers(el).map(text)).to.deep.equal(['Treatment', 'Benefits', 'Potential side effects']);
    expect(headers(el).every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(6);
    rows.forEach((row, i) => {
      const [name, benefits, sideEffects] = ARTICLE_ROWS[i]!;
      const th = row.querySelector('th')!;
      expect(th.getAttribute('scope')).to.equal('row');
      expect(text(th.querySelector('.name')!)).to.equal(name);
      const cells = [...row.querySelectorAll('td')].map(ownText);
      expect(cells).to.deep.equal([benefits, sideEffects]);
    });
    expect(text($$(el, 'tbody th')[1]!))
      .to.contain('Medication')
      .and.contain('e.g. amitriptyline, duloxetine');
    expect(headers(el).some((th) => th.hasAttribute('aria-sort'))).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('names each row header by its treatment alone; the category, the featured badge and the examples describe it', async () => {
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison highlight="exercise"></propel-treatment-comparison>`,
    );
    const root = el.shadowRoot!;
    const byIds = (ids: string | null) =>
      (ids ?? '')
        .split(' ')
        .map((id) => say(root.getElementById(id)?.textContent ?? ''))
        .join(' ');
    const exercise = $$(el, 'tbody th')[3]!;
    expect(byIds(exercise.getAttribute('aria-labelledby')), 'the name a screen reader reads along the row').to.equal('Exercise');
    expect(byIds(exercise.getAttribute('aria-describedby'))).to.equal(
      'Lifestyle Featured e.g. walking, swimming, cycling, light weightlifting, yoga, tai chi',
    );
    expect(byIds($$(el, 'tbody th')[0]!.getAttribute('aria-labelledby'))).to.equal('Ketamine Therapy');
    await expect(el).to.be.accessible();
  });

  it('sorts by a column, reverses on a second click, sets aria-sort only there and announces it', async () => {
    const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison></propel-treatment-comparison>`);
    setTimeout(() => sortButton(el, 0).click());
    const event = await oneEvent(el, 'propel-sort');
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ column: 'treatment', direction: 'ascending' });
    expect(event.bubbles && event.composed).to.be.true;
    expect(names(el)).to.deep.equal([
      'Acupuncture',
      'Anti-seizure Drugs',
      'Antidepressants',
      'Exercise',
      'Functional Mushrooms',
      'Ketamine Therapy',
    ]);
    expect(headers(el).map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['ascending', null, null]);
    expect(text($(el, '[role=status]'))).to.equal('Sorted by Treatment, ascending.');
    await expect(el).to.be.accessible();

    await click(el, sortButton(el, 0));
    expect(names(el)[0]).to.equal('Ketamine Therapy');
    expect(names(el)[5]).to.equal('Acupuncture');
    expect(headers(el)[0]!.getAttribute('aria-sort')).to.equal('descending');
    expect(text($(el, '[role=status]'))).to.equal('Sorted by Treatment, descending.');
    await expect(el).to.be.accessible();
  });

  it('sorts by side effects and moves aria-sort to that column', async () => {
    const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison></propel-treatment-comparison>`);
    await click(el, sortButton(el, 0));
    await click(el, sortButton(el, 2));
    expect(headers(el).map((th) => th.getAttribute('aria-sort'))).to.deep.equal([null, null, 'ascending']);
    expect(names(el)).to.deep.equal([
      'Anti-seizure Drugs',
      'Acupuncture',
      'Exercise',
      'Ketamine Therapy',
      'Functional Mushrooms',
      'Antidepressants',
    ]);
    await expect(el).to.be.accessible();
  });

  it('starts sorted from sort-column and sort-direction', async () => {
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison sort-column="benefits" sort-direction="descending"></propel-treatment-comparison>`,
    );
    expect(names(el)).to.deep.equal([
      'Functional Mushrooms',
      'Ketamine Therapy',
      'Antidepressants',
      'Acupuncture',
      'Anti-seizure Drugs',
      'Exercise',
    ]);
    expect(headers(el)[1]!.getAttribute('aria-sort')).to.equal('descending');
    await expect(el).to.be.accessible();
  });

  it('shows a subset in the requested order', async () => {
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison treatments="exercise, ketamine-therapy,acupuncture"></propel-treatment-comparison>`,
    );
    expect(names(el)).to.deep.equal(['Exercise', 'Ketamine Therapy', 'Acupuncture']);
    await expect(el).to.be.accessible();
  });

  it('highlights one row with a text badge, not by colour alone', async () => {
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison highlight="ketamine-therapy" highlight-label="Offered here"></propel-treatment-comparison>`,
    );
    const rows = $$(el, 'tbody tr');
    expect(rows[0]!.getAttribute('part')).to.equal('row row-highlighted');
    expect(rows.slice(1).every((row) => row.getAttribute('part') === 'row')).to.be.true;
    const badge = rows[0]!.querySelector('[part=highlight-badge]')!;
    expect(text(badge)).to.equal('Offered here');
    // The star is an icon, not a character: no font of the page needs to have it, and nothing reads it.
    expect(badge.querySelector('svg')!.getAttribute('aria-hidden'), 'the star is decoration').to.equal('true');
    expect(badge.querySelector('svg')!.getBoundingClientRect().width).to.be.above(8);
    expect($$(el, '[part=highlight-badge]')).to.have.length(1);
    expect(getComputedStyle(rows[0]!).backgroundColor).to.not.equal(getComputedStyle(rows[1]!).backgroundColor);
    await expect(el).to.be.accessible();
  });

  it('filters by category and reports it', async () => {
    const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison filterable></propel-treatment-comparison>`);
    const fieldset = $(el, 'fieldset');
    expect(text(fieldset.querySelector('legend')!)).to.equal('Show');
    const labels = $$(el, 'fieldset label').map(text);
    expect(labels).to.deep.equal(['All', 'Procedure', 'Medication', 'Lifestyle', 'Alternative therapy']);
    const medication = $$(el, 'fieldset input')[2] as HTMLInputElement;
    setTimeout(() => medication.click());
    const event = await oneEvent(el, 'propel-filter');
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ category: 'medication', count: 2 });
    expect(el.category).to.equal('medication');
    expect(names(el)).to.deep.equal(['Antidepressants', 'Anti-seizure Drugs']);
    expect(text($(el, '[role=status]'))).to.equal('Showing 2 treatments.');
    expect(medication.checked).to.be.true;
    await expect(el).to.be.accessible();

    await click(el, $$(el, 'fieldset input')[0]!);
    expect(names(el)).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('offers only the categories of the shown rows', async () => {
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison filterable treatments="acupuncture,exercise" category="lifestyle"></propel-treatment-comparison>`,
    );
    expect($$(el, 'fieldset label').map(text)).to.deep.equal(['All', 'Lifestyle', 'Alternative therapy']);
    expect(names(el)).to.deep.equal(['Exercise']);
    await expect(el).to.be.accessible();
  });

  it('stacks rows as cards in a narrow container, keeping table semantics and no horizontal scroll', async () => {
    const el = await inWidth<PropelTreatmentComparison>(
      320,
      html`<propel-treatment-comparison filterable highlight="exercise"></propel-treatment-comparison>`,
    );
    const row = $$(el, 'tbody tr')[0]!;
    expect(getComputedStyle(row).display).to.equal('block');
    expect(getComputedStyle(row.querySelector('td .label')!).display).to.equal('block');
    expect(text(row.querySelector('td')!)).to.equal('BENEFITS Rapid pain relief, mood improvement');
    expect(el.scrollWidth).to.be.at.most(320);
    expect($(el, '[part=base]').scrollWidth).to.be.at.most($(el, '[part=base]').clientWidth);
    // Each engine's own accessibility tree: display: block must not strip the table semantics.
    expect(await a11yNodes(el, 'table'), 'table role in narrow layout').to.have.length(1);
    expect(await a11yNodes(el, 'rowheader'), 'a row header per treatment').to.have.length(6);
    // WebKitGTK tells no name for these column headers (null, so not filtered out): three, there.
    expect(await a11yNodes(el, 'columnheader', 'Benefits'), 'the Benefits column header').to.not.be.empty;
    expect(await a11yNodes(el, 'rowheader', 'Ketamine Therapy'), 'the row header is named by the treatment alone').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('uses the wide table layout in a wide container', async () => {
    const el = await inWidth<PropelTreatmentComparison>(1100, html`<propel-treatment-comparison></propel-treatment-comparison>`);
    expect(getComputedStyle($$(el, 'tbody tr')[0]!).display).to.equal('table-row');
    expect(getComputedStyle($(el, 'td .label')).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it("keeps each category pill on one line in the narrowest table, and a row's badges level", async () => {
    // 560 px is just above the cards' breakpoint (34em): the treatment column is at its narrowest.
    const narrow = await inWidth<PropelTreatmentComparison>(560, html`<propel-treatment-comparison></propel-treatment-comparison>`);
    expect(getComputedStyle($$(narrow, 'tbody tr')[0]!).display).to.equal('table-row');
    const pills = $$(narrow, '[part=badge]');
    expect(pills.map(text)).to.include('Alternative therapy');
    const lineHeight = parseFloat(getComputedStyle(pills[0]!).lineHeight);
    for (const pill of pills) expect(pill.getBoundingClientRect().height, text(pill)).to.be.below(lineHeight * 1.5);
    expect(narrow.scrollWidth).to.be.at.most(560);
    // Where the highlight's badge fits beside the category's, the two line up (the star leads it).
    const wide = await inWidth<PropelTreatmentComparison>(
      1100,
      html`<propel-treatment-comparison highlight="ketamine-therapy"></propel-treatment-comparison>`,
    );
    const [category, featured] = [...$$(wide, 'tbody tr')[0]!.querySelectorAll('.badge')].map((b) => b.getBoundingClientRect());
    expect(featured!.top).to.be.closeTo(category!.top, 0.5);
    expect(featured!.bottom).to.be.closeTo(category!.bottom, 0.5);
    await expect(narrow).to.be.accessible();
    await expect(wide).to.be.accessible();
  });

  it('applies the dark theme and public tokens', async () => {
    const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison theme="dark"></propel-treatment-comparison>`);
    const base = $(el, '[part=base]');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(20, 28, 33)');
    expect(getComputedStyle($(el, '.root')).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    el.style.setProperty('--propel-color-surface', 'rgb(1, 2, 3)');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('resets inheritable text properties of the host page but inherits its font', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="text-transform:uppercase;letter-spacing:5px;text-align:center;font-style:italic;font-family:Georgia;line-height:3">
        <propel-treatment-comparison></propel-treatment-comparison>
      </div>`,
    );
    const el = wrapper.querySelector('propel-treatment-comparison')!;
    const style = getComputedStyle($(el, 'td'));
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textAlign).to.equal('start');
    expect(style.fontStyle).to.equal('normal');
    expect(style.fontFamily).to.equal('Georgia');
    await expect(el).to.be.accessible();
  });

  it('ignores unknown ids with one warning each and shows the rest', async () => {
    const warn = spyWarn();
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison treatments="exercise,reiki" highlight="nope"></propel-treatment-comparison>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Exercise']);
    expect(warn.callCount).to.equal(2);
    expect(warn.firstCall.args[0]).to.contain('"reiki"');
    expect(warn.secondCall.args[0]).to.contain('highlight="nope"');
    expect($$(el, '[part~=row-highlighted]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows a short visible message, never a blank box, when no id is known', async () => {
    const warn = spyWarn();
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison treatments="foo,bar"></propel-treatment-comparison>`,
    );
    expect(el.shadowRoot!.querySelector('table')).to.be.null;
    expect(text($(el, '[part=title]'))).to.equal('Comparison of Common Fibromyalgia Treatments');
    expect($(el, '[part=title]').hasAttribute('aria-hidden'), 'no caption names it now').to.be.false;
    expect(text($(el, '[part=message]'))).to.equal('No treatments to show. Check the treatments attribute for valid ids.');
    expect(text($(el, '[part=footer]'))).to.contain('Propel Therapeutics');
    expect(warn.callCount).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('warns once about malformed sort, direction, category and theme attributes and falls back', async () => {
    const warn = spyWarn();
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison
        sort-column="price"
        sort-direction="up"
        filterable
        category="surgery"
        theme="neon"
      ></propel-treatment-comparison>`,
    );
    expect(names(el)[0]).to.equal('Ketamine Therapy');
    expect(headers(el).some((th) => th.hasAttribute('aria-sort'))).to.be.false;
    expect(($$(el, 'fieldset input')[0] as HTMLInputElement).checked).to.be.true;
    expect(warn.callCount).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('attributes the source with a link, the updated date and a disclaimer', async () => {
    const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison></propel-treatment-comparison>`);
    const footer = $(el, '[part=footer]');
    const link = footer.querySelector('a')!;
    expect(text(link)).to.equal('Propel Therapeutics');
    expect(link.href).to.equal('https://www.propeltherapeutics.com/');
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal('2024-10-01');
    expect(text(footer)).to.contain('Updated October 1, 2024').and.contain('not medical advice');
    await expect(el).to.be.accessible();
  });

  it('takes a caption override', async () => {
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison caption="Your options"></propel-treatment-comparison>`,
    );
    expect(captionText(el)).to.equal('Your options. Select a column header to sort the table.');
    expect(text($(el, '[part=title]'))).to.equal('Your options');
    await expect(el).to.be.accessible();
  });

  it('makes the title a heading of the given heading-level', async () => {
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison heading-level="3"></propel-treatment-comparison>`,
    );
    const title = $(el, '[part=title]');
    expect(title.tagName).to.equal('H3');
    expect(title.hasAttribute('aria-hidden')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('ignores an out-of-range heading-level with one warning', async () => {
    const warn = spyWarn();
    const el = await fixture<PropelTreatmentComparison>(
      html`<propel-treatment-comparison heading-level="9"></propel-treatment-comparison>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '[part=title]').hasAttribute('role')).to.be.false;
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('heading-level="9"');
    await expect(el).to.be.accessible();
  });
});

describe('<propel-treatment-comparison theme="auto">', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('is light for a visitor who prefers light (every engine here is launched so)', async () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.false;
    const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison theme="auto"></propel-treatment-comparison>`);
    expect(getComputedStyle($(el, '[part=base]')).backgroundColor).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  // Dark in every engine: theme.dark.test.ts, in browsers launched preferring dark.
  itIn(
    ['chromium'],
    'Firefox and WebKit cannot switch the preference with a page open',
    'follows the visitor’s colour scheme as it changes',
    async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison theme="auto"></propel-treatment-comparison>`);
      expect(getComputedStyle($(el, '[part=base]')).backgroundColor).to.equal('rgb(20, 28, 33)');
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle($(el, '[part=base]')).backgroundColor).to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    },
  );
});

describe('<propel-treatment-comparison> from the keyboard', () => {
  it('sorts with Enter and Space on a header button, and filters with the arrow keys', async () => {
    const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison filterable></propel-treatment-comparison>`);
    const button = $$(el, 'thead button')[1]!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'thead th')[1]!.getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($$(el, 'thead th')[1]!.getAttribute('aria-sort')).to.equal('descending');

    ($$(el, 'fieldset input')[0] as HTMLInputElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.category).to.equal('procedure');
    expect($$(el, 'tbody th .name').map(text)).to.deep.equal(['Ketamine Therapy']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.category).to.equal('medication');
    expect(text($(el, '[role=status]'))).to.equal('Showing 2 treatments.');
    await expect(el).to.be.accessible();
  });
});

describe('<propel-treatment-comparison> with a long document', () => {
  afterEach(() => sinon.restore());

  /** A provider document with `count` treatments (the six, repeated with unique ids and names). */
  function longContent(count: number) {
    const content = structuredClone(defaultContent);
    const six = content.treatments.items;
    content.treatments.items = Array.from({ length: count }, (_, i) => ({
      ...six[i % 6]!,
      id: `t-${i}`,
      name: `${six[i % 6]!.name} ${String(i).padStart(4, '0')}`,
    }));
    return content;
  }

  async function long(count: number, attrs = '') {
    const provider = await fixture(html`<propel-provider .content=${longContent(count)}></propel-provider>`);
    provider.innerHTML = `<propel-treatment-comparison ${attrs}></propel-treatment-comparison>`;
    const el = provider.firstElementChild as PropelTreatmentComparison;
    await el.updateComplete;
    return el;
  }

  it('shows the first 50 rows and a "Show all" button, which reveals the rest and moves focus to the first new row', async () => {
    const el = await long(120);
    expect($$(el, 'tbody tr')).to.have.length(50);
    const more = $(el, '[part=show-all]');
    expect(text(more)).to.equal('Show all 120 treatments');
    // The sort arrow is the column headers' own: "Show all" draws none.
    expect(getComputedStyle(more, '::after').content).to.equal('none');
    expect(getComputedStyle($(el, '[part=sort-button]'), '::after').content).to.not.equal('none');
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(120);
    expect(el.shadowRoot!.querySelector('[part=show-all]')).to.be.null;
    expect(text(el.shadowRoot!.activeElement as HTMLElement)).to.contain('Anti-seizure Drugs 0050');
    expect(text($(el, '[role=status]'))).to.equal('Showing 120 treatments.');
    await expect(el).to.be.accessible();
  });

  it('sorts the whole list and shows its first rows', async () => {
    const el = await long(120);
    $$(el, 'thead button')[0]!.click();
    await el.updateComplete;
    const names = $$(el, 'tbody th .name').map(text);
    expect(names).to.have.length(50);
    expect(names[0]).to.equal('Acupuncture 0004');
    expect(names[49]).to.equal('Antidepressants 0055');
    await expect(el).to.be.accessible();
  });

  it('max-rows="0" shows every row; a malformed max-rows warns once and uses 50', async () => {
    const all = await long(60, 'max-rows="0"');
    expect($$(all, 'tbody tr')).to.have.length(60);
    expect(all.shadowRoot!.querySelector('[part=show-all]')).to.be.null;
    const warn = spyWarn();
    const bad = await long(60, 'max-rows="lots"');
    expect($$(bad, 'tbody tr')).to.have.length(50);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('max-rows="lots" ignored');
    await expect(all).to.be.accessible();
    await expect(bad).to.be.accessible();
  });
});
