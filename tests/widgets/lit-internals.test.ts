// The Lit internals the widgets rely on (src/core/lit-internals.ts) are where that module says, in the
// Lit that is loaded: a Lit upgrade that moves them fails here, not in a reader's browser.
import { expect, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import '../../src/index.js';
import { CHECKED_LIT, clearPrerendered, forgetRender } from '../../src/core/lit-internals.js';
import { $, fixture, seen } from '../helpers.js';

describe('the Lit internals the widgets rely on', () => {
  it('run on the Lit version they were checked against', () => {
    const versions = (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions ?? [];
    expect(versions, 'lit-html announces its version').to.not.be.empty;
    for (const version of versions) expect(version).to.match(CHECKED_LIT.litHtml);
  });

  it('lit-html keeps its record of a render on the container, as _$litPart$, and renders anew once it is forgotten', () => {
    const root = document.createElement('div');
    render(html`<p>first</p>`, root);
    expect(Object.hasOwn(root, '_$litPart$'), 'the record is where forgetRender looks').to.be.true;
    forgetRender(root);
    expect(root.childNodes).to.have.length(0);
    render(html`<p>second</p>`, root);
    expect(root.textContent).to.equal('second');
  });

  it('LitElement renders before renderOptions.renderBefore: cleared, it renders into an emptied root from the start', () => {
    class Probe extends LitElement {
      override render() {
        return html`<p>fresh</p>`;
      }
    }
    customElements.define('propel-lit-probe', Probe);
    const el = document.createElement('propel-lit-probe') as Probe;
    expect('renderBefore' in el.renderOptions || el.renderOptions.renderBefore === undefined, 'the option exists').to.be.true;
    const root = el.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>prerendered</p>';
    clearPrerendered(root, el.renderOptions);
    expect(el.renderOptions.renderBefore).to.equal(null);
    expect(root.childNodes).to.have.length(0);
  });

  it('a widget over a prerendered root shows its own render once, not beside the prerendered copy', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML =
      '<propel-clinic-hours><template shadowrootmode="open"><p part="badge">Mon–Fri 9 AM – 7 PM</p></template></propel-clinic-hours>';
    const el = host.querySelector('propel-clinic-hours')!;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=badge]')).to.have.length(1);
    expect(seen($(el, '[part=badge]'))).to.not.equal('Mon–Fri 9 AM – 7 PM');
    await expect(el).to.be.accessible();
  });
});
