import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../demo/docs/docs-page.js';
import type { DocsPage } from '../../demo/docs/docs-page.js';
import { EXAMPLES } from '../../demo/docs/examples.js';
import { highlight } from '../../demo/docs/highlight.js';
import { controlFor, detailType, displayType, elements, firstHex, literalUnion, manifest, splitUnion } from '../../demo/docs/manifest.js';
import { plain } from '../../demo/docs/prose.js';
import { fixture, settle, text, demoStylesheet, TAGS } from '../helpers.js';

/** The rows of one of a section's tables, as [row header, ...cells] text. */
function rows(section: Element, table: string): string[][] {
  const found = section.querySelector(`table[aria-labelledby="${section.id}-${table}"]`);
  if (!found) throw new Error(`no ${table} table in #${section.id}`);
  // A missing value is a dash for the eye and "none" for a screen reader.
  return [...found.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell).replace(/^—\s*none$/, 'none')));
}

describe('manifest helpers', () => {
  it('split unions and find string-literal ones', () => {
    const cases: [string, string[] | undefined][] = [
      ["'light' | 'dark' | 'auto' | undefined", ['light', 'dark', 'auto']],
      ["'badge' | 'week'", ['badge', 'week']],
      ['"a" | "b|c"', ['a', 'b|c']],
      ['string | undefined', undefined],
      ['Theme | undefined', undefined],
      ["'a' | number", undefined],
      ['', undefined],
    ];
    for (const [type, expected] of cases) expect(literalUnion({ text: type }), type).to.deep.equal(expected);
    expect(splitUnion("{ a: 'x' | 'y' } | Map<string, 'a' | 'b'> | undefined")).to.deep.equal([
      "{ a: 'x' | 'y' }",
      "Map<string, 'a' | 'b'>",
      'undefined',
    ]);
  });

  it('choose a control per type, show types without undefined, and read event details and colours', () => {
    expect(controlFor({ text: 'boolean' })).to.deep.equal({ kind: 'boolean' });
    expect(controlFor({ text: 'number | undefined' })).to.deep.equal({ kind: 'number' });
    expect(controlFor({ text: "'h12' | 'h23' | undefined" })).to.deep.equal({ kind: 'choice', options: ['h12', 'h23'] });
    expect(controlFor({ text: 'string | undefined' })).to.deep.equal({ kind: 'text' });
    expect(controlFor(undefined)).to.deep.equal({ kind: 'text' });
    expect(displayType({ text: "'badge' | 'week' | undefined" })).to.equal("'badge' | 'week'");
    expect(detailType({ text: 'CustomEvent<PropelSortDetail>' })).to.equal('PropelSortDetail');
    expect(detailType({ text: 'CustomEvent' })).to.equal('');
    expect(firstHex('#0b6477 / dark #6fd0de')).to.equal('#0b6477');
    expect(firstHex('#FFF / dark #141c21')).to.equal('#ffffff');
    expect(firstHex('inherit')).to.equal(undefined);
  });

  it('highlight markup as text in spans, never as HTML', async () => {
    const el = await fixture(html`<pre><code>${highlight('<a href="x&quot;<b>">t</a>')}</code></pre>`);
    expect(el.textContent).to.equal('<a href="x&quot;<b>">t</a>');
    expect(el.querySelector('b')).to.equal(null);
    expect([...el.querySelectorAll('.tok-attr')].map((s) => s.textContent)).to.deep.equal(['href']);
  });
});

describe('<docs-page>', () => {
  let page: DocsPage;

  // One page for every test (it renders all seven widgets): mounted by hand, since fixtures are removed after each test.
  before(async () => {
    await demoStylesheet();
    page = document.createElement('docs-page');
    document.body.append(page);
    await settle(page);
  });
  after(() => page.remove());
  afterEach(() => sinon.restore());

  it('renders one section per custom element in the manifest, each with an anchor and a sidebar link', () => {
    const documented = elements().map((e) => e.tagName);
    expect([...documented].sort()).to.deep.equal([...TAGS].sort());
    const sections = [...page.querySelectorAll('section.widget')];
    expect(sections.map((s) => s.id).sort()).to.deep.equal([...documented].sort());
    // The page's order is the examples map's order.
    expect(sections.map((s) => s.id)).to.deep.equal(Object.keys(EXAMPLES).filter((t) => documented.includes(t)));
    const links = [...page.querySelectorAll<HTMLAnchorElement>('nav.toc a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(sections.map((s) => `#${s.id}`));
    for (const section of sections) {
      const doc = elements().find((e) => e.tagName === section.id)!;
      const heading = section.querySelector('h2')!;
      expect(text(heading)).to.equal(`<${section.id}>`);
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
      if (doc.summary) expect(text(section.querySelector('.summary')!)).to.equal(plain(doc.summary));
      if (doc.description)
        expect(text(section.querySelector('.widget-description')!)).to.include(plain(doc.description.split(/\n\s*\n/)[0]));
    }
  });

  it("lists propel-treatment-comparison's attributes with types, defaults and the manifest's descriptions", () => {
    const section = page.querySelector('#propel-treatment-comparison')!;
    const table = rows(section, 'attributes');
    const doc = elements().find((e) => e.tagName === 'propel-treatment-comparison')!;
    expect(table.map((r) => r[0]!.split(' ')[0])).to.deep.equal(doc.attributes!.map((a) => a.name));
    const highlight = table.find((r) => r[0]!.startsWith('highlight '))!;
    const documented = doc.attributes!.find((a) => a.name === 'highlight')!;
    expect(highlight[0]).to.equal('highlight property highlight');
    expect(highlight[1]).to.equal('string');
    expect(highlight[3]).to.equal(plain(documented.description));
    const filterable = table.find((r) => r[0]!.startsWith('filterable '))!;
    expect(filterable.slice(1, 3)).to.deep.equal(['boolean', 'false']);
    // Real table semantics: column headers and row headers.
    const el = section.querySelector('table')!;
    expect([...el.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
    expect([...el.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.be.true;
    expect(el.getAttribute('aria-labelledby')).to.equal('propel-treatment-comparison-attributes');
    expect(text(page.querySelector('#propel-treatment-comparison-attributes')!)).to.equal('Attributes');
  });

  it('shows every documented event with its detail type, and every slot', () => {
    const comparison = page.querySelector('#propel-treatment-comparison')!;
    expect(rows(comparison, 'events').map((r) => r.slice(0, 2))).to.deep.equal([
      ['propel-sort', 'PropelSortDetail'],
      ['propel-filter', 'PropelFilterDetail'],
    ]);
    const provider = page.querySelector('#propel-provider')!;
    expect(rows(provider, 'slots')[0]![0]).to.equal('(default)');
  });

  it('shows every documented CSS part and CSS custom property, with its default and description', () => {
    for (const doc of elements()) {
      const section = page.querySelector(`[id="${doc.tagName}"]`)!;
      if (doc.cssParts?.length) {
        const parts = rows(section, 'parts');
        expect(
          parts.map((r) => r[0]),
          doc.tagName,
        ).to.deep.equal(doc.cssParts.map((p) => p.name));
        for (const [i, p] of doc.cssParts.entries()) {
          expect(parts[i]![1], `${doc.tagName} ::part(${p.name})`).to.equal(plain(p.description) || 'No description.');
        }
      }
      if (doc.cssProperties?.length) {
        const tokens = rows(section, 'tokens');
        expect(
          tokens.map((r) => r[0]),
          doc.tagName,
        ).to.deep.equal(doc.cssProperties.map((p) => p.name));
        doc.cssProperties.forEach((p, i) => {
          expect(tokens[i]![1], `${doc.tagName} ${p.name} default`).to.equal(p.default ?? 'none');
          expect(tokens[i]![2], `${doc.tagName} ${p.name}`).to.equal(plain(p.description) || 'No description.');
        });
      }
    }
  });

  it('renders each live example as the defined element, with its markup in a code block', () => {
    for (const [tag, example] of Object.entries(EXAMPLES)) {
      const section = page.querySelector(`[id="${tag}"]`)!;
      const live = section.querySelector('.stage')!.firstElementChild!;
      expect(live.localName, tag).to.equal(tag);
      expect(customElements.get(tag), tag).to.be.a('function');
      expect(live).to.be.instanceOf(customElements.get(tag)!);
      expect(section.querySelector('.code-block code')!.textContent).to.equal(example.markup);
    }
    const comparison = page.querySelector('#propel-treatment-comparison .stage > propel-treatment-comparison')!;
    expect(comparison.getAttribute('highlight')).to.equal('ketamine-therapy');
    expect(text(comparison.shadowRoot!.querySelector('[part~=highlight-badge]')!)).to.include('Offered here');
  });

  it('copies an example, and selects it when the clipboard refuses', async () => {
    const section = page.querySelector('#propel-diet-grid')!;
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    section.querySelector<HTMLButtonElement>('button.copy')!.click();
    await new Promise((r) => setTimeout(r));
    await page.updateComplete;
    expect(write.firstCall.args[0]).to.equal(EXAMPLES['propel-diet-grid']!.markup);
    expect(text(section.querySelector('.copy-status')!)).to.equal('Copied');
    write.rejects(new Error('denied'));
    section.querySelector<HTMLButtonElement>('button.copy')!.click();
    await new Promise((r) => setTimeout(r));
    await page.updateComplete;
    expect(getSelection()!.toString()).to.equal(EXAMPLES['propel-diet-grid']!.markup);
    expect(text(section.querySelector('.copy-status')!)).to.match(/^Selected/);
    getSelection()!.removeAllRanges();
  });

  it('keeps headings in order: one h1, an h2 per element, h3 per topic', () => {
    const levels = [...page.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels.filter((l) => l === 1)).to.have.length(1);
    expect(levels.filter((l) => l === 2)).to.have.length(elements(manifest).length);
    levels.forEach((level, i) => i && expect(level - levels[i - 1]!, `heading ${i}`).to.be.at.most(1));
  });

  it('is accessible', async function () {
    this.timeout(60000);
    await expect(page).to.be.accessible();
  });
});
