import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { PropelProvider, PropelTreatmentComparison } from '../../src/index.js';
import { defaultContent } from '../../src/content/default-content.js';
import { fixture, $, $$, settle, text } from '../helpers.js';

const names = (el: Element) => $$(el, 'tbody th .name').map(text);

function customContent() {
  const content = structuredClone(defaultContent);
  content.treatments.heading = 'Our treatments';
  content.treatments.items = content.treatments.items.slice(0, 2);
  content.treatments.items[0]!.name = 'Ketamine Infusions';
  return content;
}

describe('<propel-provider>', () => {
  afterEach(() => sinon.restore());

  it('falls back to the embedded default content without a provider', async () => {
    const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison></propel-treatment-comparison>`);
    expect(names(el)).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('provides content and locale to descendant widgets, and updates them on change', async () => {
    const provider = await fixture<PropelProvider>(html`
      <propel-provider locale="en-GB" .content=${customContent()}>
        <div><propel-treatment-comparison></propel-treatment-comparison></div>
      </propel-provider>
    `);
    const el = provider.querySelector('propel-treatment-comparison')!;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ketamine Infusions', 'Antidepressants']);
    expect(text($(el, '[part=title]'))).to.equal('Our treatments');
    expect(text($(el, 'time'))).to.equal('1 October 2024');
    await expect(provider).to.be.accessible();

    provider.locale = 'de';
    provider.content = undefined;
    await provider.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.have.length(6);
    expect(text($(el, 'time'))).to.equal('1. Oktober 2024');
    await expect(provider).to.be.accessible();
  });

  it('leaves out an invalid entry with one warning; the widgets use the default for it and the document for the rest', async () => {
    const warn = sinon.stub(console, 'warn');
    const broken = structuredClone(defaultContent) as unknown as {
      treatments: { items: unknown };
      article: { title: string; publisher: { name: string } };
    };
    broken.treatments.items = 'nope';
    broken.article.publisher.name = 'Another Publisher';
    const provider = await fixture<PropelProvider>(html`
      <propel-provider .content=${broken}>
        <propel-treatment-comparison></propel-treatment-comparison>
      </propel-provider>
    `);
    const el = provider.querySelector('propel-treatment-comparison')!;
    await el.updateComplete;
    expect(names(el)).to.have.length(6);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('has problems, left out').and.contain('treatments.items: expected an array, got "nope"');
    expect(text($(el, '[part=footer] a'))).to.equal('Another Publisher');
    await expect(provider).to.be.accessible();
  });

  it('uses the closest lang for dates when no provider sets a locale', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><propel-treatment-comparison></propel-treatment-comparison></div>`);
    const el = wrapper.querySelector('propel-treatment-comparison')!;
    await el.updateComplete;
    expect(text($(el, 'time'))).to.equal('1 October 2024');
    await expect(el).to.be.accessible();
  });
});

describe('<propel-provider global>', () => {
  afterEach(() => sinon.restore());

  it('provides to widgets on the page that no provider contains, wherever they are and whenever it arrives', async () => {
    const page = await fixture(
      html`<div>
        <section><propel-treatment-comparison></propel-treatment-comparison></section>
        <aside><propel-diet-grid></propel-diet-grid></aside>
      </div>`,
    );
    const table = page.querySelector('propel-treatment-comparison')!;
    const grid = page.querySelector('propel-diet-grid')!;
    await settle(page);
    expect(names(table)).to.have.length(6);
    // As on a Wix site: the provider is its own element, added after the widgets.
    const provider = document.createElement('propel-provider');
    provider.global = true;
    provider.locale = 'es';
    provider.theme = 'dark';
    provider.content = customContent();
    page.append(provider);
    await settle(page);
    expect(names(table)).to.deep.equal(['Ketamine Infusions', 'Antidepressants']);
    expect(text($(table, '[part=title]'))).to.equal('Our treatments');
    expect(text($(grid, '[part=footer]'))).to.contain('Fuente:');
    expect(getComputedStyle($(grid, '.root')).colorScheme).to.equal('dark');
    await expect(page).to.be.accessible();
    // Gone: the widgets are back on the embedded content.
    provider.remove();
    await settle(page);
    expect(names(table)).to.have.length(6);
    expect(text($(grid, '[part=footer]'))).to.contain('Source:');
  });

  it('a page that polluted Object.prototype with content, locale or theme provides nothing', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    Object.assign(proto, { content: { treatments: 'poison' }, locale: 'de', theme: 'neon' });
    try {
      const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison></propel-treatment-comparison>`);
      const provider = document.createElement('propel-provider');
      provider.global = true;
      el.after(provider);
      provider.remove();
      await el.updateComplete;
      expect(names(el)).to.have.length(6);
      expect(text($(el, '[part=footer]')))
        .to.contain('Source:')
        .and.contain('October 1, 2024');
    } finally {
      for (const key of ['content', 'locale', 'theme']) delete proto[key];
    }
  });

  it('a closer provider wins over the page-wide one', async () => {
    const page = await fixture(
      html`<div>
        <propel-provider global .content=${customContent()}></propel-provider>
        <propel-provider locale="en-GB"><propel-treatment-comparison></propel-treatment-comparison></propel-provider>
        <propel-treatment-comparison id="alone"></propel-treatment-comparison>
      </div>`,
    );
    await settle(page);
    const inside = page.querySelector('propel-provider:not([global]) propel-treatment-comparison')!;
    expect(names(inside)).to.have.length(6);
    expect(names(page.querySelector('#alone')!)).to.deep.equal(['Ketamine Infusions', 'Antidepressants']);
    await expect(page).to.be.accessible();
  });
});
