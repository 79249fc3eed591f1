/**
 * A visitor whose system prefers a dark colour scheme, in every engine: this file runs in the `dark`
 * group (web-test-runner.config.mjs), whose browsers are launched preferring dark (Chromium with
 * --force-dark-mode, Firefox with a content preference, WebKitGTK with a dark GTK theme). Chromium
 * also switches the preference while a page is open (theme.test.ts, emulateMedia); Firefox and
 * WebKit cannot, so this is where they show that `theme="auto"` follows it.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PropelTreatmentComparison } from '../../src/index.js';
import { EVERY_WIDGET, fixture, $ } from '../helpers.js';

const DARK_SURFACE = 'rgb(20, 28, 33)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';

describe('a visitor who prefers dark', () => {
  it('is what the browser says', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
  });

  it('gets every widget under <propel-provider theme="auto"> dark, the composed ones included', async function () {
    // Seven widgets and the ones they compose, then axe over all of them: WebKit on a busy 2-core
    // machine took longer than the suite's 10 s.
    this.timeout(30_000);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText">
        <propel-provider theme="auto">${EVERY_WIDGET}</propel-provider>
      </div>`,
    );
    // Every widget below the provider, through the shadow roots of those that compose others.
    const all: HTMLElement[] = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.localName.startsWith('propel-') && el.localName !== 'propel-provider') all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(wrapper);
    expect(all.length, '7 placed, and the ones the guide and the card compose').to.be.greaterThan(20);
    for (const el of all) expect(getComputedStyle($(el, '.root')).colorScheme, el.localName).to.equal('light dark');
    const surfaces = all.flatMap((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card, [part=badge]')].slice(0, 1));
    expect(surfaces.length).to.be.greaterThan(10);
    for (const surface of surfaces) expect(getComputedStyle(surface).backgroundColor).to.equal(DARK_SURFACE);
    const comparison = wrapper.querySelector('propel-treatment-comparison')!;
    expect(getComputedStyle($(comparison, 'td')).color, 'light text on the dark card').to.equal('rgb(232, 238, 241)');
    await expect(wrapper).to.be.accessible();
  });

  it('keeps a widget without a theme, or with theme="light", light', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <propel-treatment-comparison></propel-treatment-comparison>
        <propel-treatment-comparison theme="light"></propel-treatment-comparison>
      </div>`,
    );
    for (const el of wrapper.children as HTMLCollectionOf<PropelTreatmentComparison>) {
      expect(getComputedStyle($(el, '[part=base]')).backgroundColor).to.equal(LIGHT_SURFACE);
    }
    await expect(wrapper).to.be.accessible();
  });
});
