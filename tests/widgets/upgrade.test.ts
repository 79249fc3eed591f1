// When a prerendered widget upgrades: once the page is idle, when it comes near the viewport, or at
// the reader's first interaction with it. The hours go live at once, and an empty tag renders at once.
import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { CSSResult } from 'lit';
import '../../src/index.js';
import type { PropelClinicHours, PropelLocationCard, PropelTreatmentComparison } from '../../src/index.js';
import { fixture, $, $$, settle, text } from '../helpers.js';

type Widget = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> };

/** Idle callbacks held by the test instead of the browser: the page is never idle until `idle()`. */
let held: Array<() => void> = [];
const hadIdle = 'requestIdleCallback' in window;
// eslint-disable-next-line @typescript-eslint/unbound-method
const realIdle = window.requestIdleCallback;
const idle = () => held.splice(0).forEach((callback) => callback());

/** A task, two frames and a pause: time in which an upgrade that was due would have happened. */
const aWhile = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))));

/** Two animation frames (no timer: a test's fake clock may hold them). */
const frames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** What a snippet holds: the widget's markup as rendered, in a declarative shadow root, its buttons disabled. */
async function snippet(tag: string, attrs = ''): Promise<string> {
  const live = await fixture<Widget>(`<${tag} ${attrs}></${tag}>`);
  const markup = live.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/<button /g, '<button disabled ');
  live.remove();
  return `<${tag} ${attrs}><template shadowrootmode="open">${markup}</template></${tag}>`;
}

/** Parses `markup` as a page would (declarative shadow roots attached), `below` px under a spacer. */
async function place<T extends Element>(markup: string, below = 5000): Promise<T> {
  // From the top: a test that focused a widget leaves the page scrolled to it.
  document.scrollingElement!.scrollTop = 0;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.setHTMLUnsafe(`<div class="spacer" style="height:${below}px"></div>${markup}`);
  return wrapper.lastElementChild as T;
}

describe('upgrade of prerendered widgets', () => {
  beforeEach(() => {
    held = [];
    (window as { requestIdleCallback: unknown }).requestIdleCallback = (callback: () => void) => held.push(callback);
  });

  afterEach(() => {
    if (hadIdle) window.requestIdleCallback = realIdle;
    else delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
  });

  it('a prerendered comparison out of view stays as it arrived until the page is idle', async () => {
    const markup = await snippet('propel-treatment-comparison');
    const el = await place<PropelTreatmentComparison>(markup);
    await aWhile();
    expect(el.hasUpdated).to.equal(false);
    expect($$(el, '[part~=sort-button]').every((b) => (b as HTMLButtonElement).disabled)).to.equal(true);
    expect(text($(el, 'tbody th'))).to.contain('Ketamine');
    idle();
    await settle(el);
    expect(el.hasUpdated).to.equal(true);
    const buttons = $$(el, '[part~=sort-button]') as HTMLButtonElement[];
    expect(buttons.map((b) => b.disabled)).to.deep.equal([false, false, false]);
    buttons[0]!.click();
    await el.updateComplete;
    expect($(el, 'th[aria-sort]').getAttribute('aria-sort')).to.equal('ascending');
    await expect(el).to.be.accessible();
  });

  it('without requestIdleCallback (Safari), half a second stands in for idle', async () => {
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    const markup = await snippet('propel-treatment-comparison');
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await place<PropelTreatmentComparison>(markup);
      await frames();
      clock.tick(499);
      await frames();
      expect(el.hasUpdated).to.equal(false);
      expect(($(el, '[part~=sort-button]') as HTMLButtonElement).disabled).to.equal(true);
      clock.tick(1);
      await frames();
      await settle(el);
      expect(el.hasUpdated).to.equal(true);
      expect(($(el, '[part~=sort-button]') as HTMLButtonElement).disabled).to.equal(false);
      clock.restore();
      await expect(el).to.be.accessible();
    } finally {
      clock.restore();
    }
  });

  it('keeps its own <style> until it renders, and adopts the shared style sheets only then', async () => {
    // A snippet carries a copy of its widget's styles; the script's run (which upgrades every widget on
    // the page at once) does not parse them again: the widget adopts its class's sheets at its first render.
    const styles = (customElements.get('propel-treatment-comparison') as typeof PropelTreatmentComparison).elementStyles;
    const css = styles.map((style) => (style as CSSResult).cssText).join('\n');
    const markup = (await snippet('propel-treatment-comparison')).replace('shadowrootmode="open">', `$&<style>${css}</style>`);
    const el = await place<PropelTreatmentComparison>(markup);
    await aWhile();
    expect(el.hasUpdated).to.equal(false);
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('style')).to.have.length(1);
    expect(getComputedStyle($(el, 'table')).borderCollapse, 'styled by its own copy').to.equal('collapse');
    const before = el.getBoundingClientRect().height;
    idle();
    await settle(el);
    expect(el.hasUpdated).to.equal(true);
    expect(el.shadowRoot!.adoptedStyleSheets).to.deep.equal(styles.map((style) => (style as CSSResult).styleSheet));
    expect(el.shadowRoot!.querySelectorAll('style')).to.have.length(0);
    expect(getComputedStyle($(el, 'table')).borderCollapse).to.equal('collapse');
    expect(el.getBoundingClientRect().height, 'the same box').to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('upgrades when it comes near the viewport', async () => {
    const el = await place<PropelTreatmentComparison>(await snippet('propel-treatment-comparison'));
    await aWhile();
    expect(el.hasUpdated).to.equal(false);
    el.scrollIntoView();
    await aWhile();
    await settle(el);
    expect(el.hasUpdated).to.equal(true);
    expect(($(el, '[part~=sort-button]') as HTMLButtonElement).disabled).to.equal(false);
    document.scrollingElement!.scrollTop = 0;
    await expect(el).to.be.accessible();
  });

  it("upgrades at the reader's first interaction, and keeps their focus where it was", async () => {
    const el = await place<PropelTreatmentComparison>(await snippet('propel-treatment-comparison'));
    await aWhile();
    expect(el.hasUpdated).to.equal(false);
    const link = $(el, '[part=footer] a');
    const words = text(link);
    link.focus({ preventScroll: true });
    await aWhile();
    await settle(el);
    expect(el.hasUpdated).to.equal(true);
    expect(link.isConnected).to.equal(false);
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.localName).to.equal('a');
    expect(text(focused!)).to.equal(words);
    await expect(el).to.be.accessible();
  });

  it('upgrades when the pointer reaches it', async () => {
    const el = await place<PropelTreatmentComparison>(await snippet('propel-treatment-comparison'));
    await aWhile();
    expect(el.hasUpdated).to.equal(false);
    $(el, 'tbody th').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await aWhile();
    await settle(el);
    expect(el.hasUpdated).to.equal(true);
    expect(($(el, '[part~=sort-button]') as HTMLButtonElement).disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the hours badge goes live at once, out of view and with the page busy', async () => {
    const markup =
      '<propel-clinic-hours><template shadowrootmode="open"><div class="root light"><p part="badge" class="neutral"><span>Mon–Fri 9 AM – 7 PM</span></p></div></template></propel-clinic-hours>';
    const el = await place<PropelClinicHours>(markup);
    await aWhile();
    await settle(el);
    expect(el.hasUpdated).to.equal(true);
    const badge = $(el, '[part=badge]');
    expect(badge.getAttribute('role')).to.equal('status');
    expect(['open', 'closing-soon', 'closed', 'appointment']).to.include(badge.className);
    expect(text(badge)).to.not.equal('Mon–Fri 9 AM – 7 PM');
    await expect(el).to.be.accessible();
  });

  it("a card's hours go live at once while the card waits", async () => {
    const hours =
      '<propel-clinic-hours><template shadowrootmode="open"><div class="root light"><p part="badge" class="neutral"><span>Mon–Fri 9 AM – 7 PM</span></p></div></template></propel-clinic-hours>';
    const markup = `<propel-location-card><template shadowrootmode="open"><div class="root light"><h2>Propel Therapeutics</h2>${hours}<a href="https://example.com/">Book</a></div></template></propel-location-card>`;
    const card = await place<PropelLocationCard>(markup);
    await aWhile();
    const badge = card.shadowRoot!.querySelector<PropelClinicHours>('propel-clinic-hours')!;
    await settle(badge);
    expect(badge.hasUpdated).to.equal(true);
    expect(text($(badge, '[part=badge]'))).to.not.equal('Mon–Fri 9 AM – 7 PM');
    expect(card.hasUpdated).to.equal(false);
    idle();
    await settle(card);
    expect(card.hasUpdated).to.equal(true);
    expect(text($(card, '[part=title]'))).to.equal('Propel Therapeutics');
    await expect(card).to.be.accessible();
  });

  it('an empty tag renders at once, out of view and with the page busy', async () => {
    const el = await place<Widget>('<propel-diet-grid></propel-diet-grid>');
    await aWhile();
    await settle(el);
    expect(el.hasUpdated).to.equal(true);
    expect(text($(el, '[part=title]'))).to.not.equal('');
    expect(held).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
