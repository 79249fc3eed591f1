// The upgrade demo (demo/upgrade.html): its page, with the script run on its button. The widgets
// are not defined until then: this file imports no widget of its own.
import { expect } from '@open-wc/testing';
import { start } from '../../demo/upgrade/page.js';
import { firstTrigger } from '../../demo/upgrade/triggers.js';
import { $, $$, text } from '../helpers.js';

/** Idle callbacks held by the test: the page is idle only at `idle()`. */
const held: Array<() => void> = [];
const idle = () => held.splice(0).forEach((callback) => callback());

/** Resolves once `check` holds (polled each frame), or fails after two seconds. */
async function until(check: () => boolean, what: string): Promise<void> {
  const end = performance.now() + 2000;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('upgrade demo: which trigger came first', () => {
  it('is the earliest one seen at or before the upgrade', () => {
    const cases: [Parameters<typeof firstTrigger>[0], number, string | undefined][] = [
      [{}, 10, undefined],
      [{ near: 5 }, 10, 'near'],
      [{ near: 5, focus: 3 }, 10, 'focus'],
      [{ pointer: 4, near: 4.5 }, 10, 'pointer'],
      [{ focus: 12 }, 10, undefined],
      [{ near: 11, pointer: 9 }, 10, 'pointer'],
    ];
    for (const [seen, at, expected] of cases) expect(firstTrigger(seen, at), JSON.stringify(seen)).to.equal(expected);
  });
});

describe('upgrade demo page', () => {
  let page: HTMLElement;
  // The words as read (textContent): the state's badge is set in capitals by CSS alone.
  const label = (name: string) => page.querySelector(`[data-label="${name}"]`)!.textContent.replace(/\s+/g, ' ').trim();
  const widget = <T extends HTMLElement>(name: string) => page.querySelector(`[data-slot="${name}"]`)!.firstElementChild as T;

  before(async () => {
    window.requestIdleCallback = (callback: IdleRequestCallback) => held.push(() => callback({} as IdleDeadline));
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/demo.css' });
    const styled = new Promise((resolve) => (link.onload = resolve));
    document.head.append(link);
    await styled;
    const html = await (await fetch('/demo/upgrade.html')).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    page = document.createElement('div');
    page.append(...parsed.body.children);
    page.querySelector('noscript')?.remove();
    document.body.append(page);
    await start(page, { script: 'late', idle: 'soon', theme: 'light' });
  });

  after(() => page.remove());

  it('shows every widget as it arrived until the script runs, its controls not offered', async function () {
    // The first accessibility check of a page this long took WebKit over the default 10 s once.
    this.timeout(30000);
    expect(text(page.querySelector('#script-state')!)).to.equal('The script has not run yet.');
    expect(page.querySelector<HTMLButtonElement>('#run-script')!.hidden).to.equal(false);
    expect(['hours', 'top', 'diet', 'far'].map(label)).to.deep.equal(Array(4).fill('Prerendered The script has not run yet.'));
    expect(label('empty')).to.equal('Empty tag It shows nothing until the script runs.');
    const comparison = widget('top');
    expect(customElements.get('propel-treatment-comparison')).to.equal(undefined);
    expect(text($(comparison, 'tbody th'))).to.contain('Ketamine Therapy');
    expect($$(comparison, '[part~=sort-button]').map((b) => (b as HTMLButtonElement).disabled)).to.deep.equal([true, true, true]);
    expect(getComputedStyle($(comparison, '[part~=filter]')).visibility).to.equal('hidden');
    expect(text($(widget('hours'), '[part=badge]'))).to.equal('Mon–Fri 9 AM – 7 PM');
    expect(widget('empty').shadowRoot).to.equal(null);
    expect([...page.querySelectorAll('[data-chip]')].map((chip) => chip.getAttribute('data-state'))).to.deep.equal([
      'prerendered',
      'prerendered',
      'prerendered',
      'prerendered',
      'empty',
    ]);
    await expect(page).to.be.accessible();
  });

  it('runs the script on its button: the hours and the empty tag at once, the comparison in view, the rest waits', async () => {
    page.querySelector<HTMLButtonElement>('#run-script')!.click();
    await until(() => label('top').startsWith('Live'), 'the comparison in view');
    await until(() => label('hours').startsWith('Live') && label('empty').startsWith('Live'), 'the hours and the empty tag');
    expect(label('hours')).to.equal('Live Live at once, wherever it is: prerendered hours could be out of date.');
    expect(label('empty')).to.equal('Live Rendered at once: an empty tag has nothing to show until then.');
    expect(label('top')).to.match(/^Live Upgraded when it came within a screen of the viewport, \d+\.\d s after the script ran\.$/);
    expect(text($(widget('hours'), '[part=badge]'))).to.not.equal('Mon–Fri 9 AM – 7 PM');
    expect($$(widget('top'), '[part~=sort-button]').some((b) => (b as HTMLButtonElement).disabled)).to.equal(false);
    expect(label('diet')).to.equal('Prerendered Waiting for the page to be idle, the viewport to come near, a pointer or focus.');
    expect(widget<HTMLElement & { hasUpdated: boolean }>('far').hasUpdated).to.equal(false);
    await expect(page).to.be.accessible();
  });

  it('names focus when the reader reaches a far widget by keyboard, and idle for the rest', async () => {
    $(widget('far'), '[part=footer] a').focus({ preventScroll: true });
    await until(() => label('far').startsWith('Live'), 'the far comparison');
    expect(label('far')).to.match(/^Live Upgraded when focus moved into it, /);
    expect(label('diet')).to.match(/^Prerendered /);
    idle();
    await until(() => label('diet').startsWith('Live'), 'the diet grid');
    expect(label('diet')).to.match(/^Live Upgraded when the page was idle, /);
    expect(text(page.querySelector('#script-state')!)).to.equal('The script ran: 5 of 5 widgets live.');
    expect([...page.querySelectorAll('[data-chip]')].every((chip) => chip.getAttribute('data-state') === 'live')).to.equal(true);
    await expect(page).to.be.accessible();
  });
});
