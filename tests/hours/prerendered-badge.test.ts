// The prerendered hours badge (dist/snippets/, the configurator, the upgrade demo: heldBadge in
// scripts/build/prerender.ts) says the regular hours and holds the room of the longest words the live
// badge can say, so that the badge going live at once never pushes what follows it, inside a sentence
// included. Measured here against the live badge at instants across a week, each state's words.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { UNTIL_UPGRADE, heldBadge, longestHoursWords, neutralHours } from '../../scripts/build/prerender.js';
import type { PropelClinicHours } from '../../src/widgets/clinic-hours/clinic-hours.js';
import { fixture } from '../helpers.js';

/** Instants of the clinic's week (Los Angeles, PST in late November 2026; Monday is November 23). */
const WEEK = {
  'Monday 08:00, closed': '2026-11-23T16:00:00Z',
  'Monday 12:00, open': '2026-11-23T20:00:00Z',
  'Monday 18:30, closing soon': '2026-11-24T02:30:00Z',
  'Monday 20:00, closed': '2026-11-24T04:00:00Z',
  'Friday 20:00, closed': '2026-11-28T04:00:00Z',
  'Saturday 12:00, by appointment': '2026-11-28T20:00:00Z',
  'Sunday 12:00, closed': '2026-11-29T20:00:00Z',
};

/** A badge at `now`, in a column `width` px wide inside a sentence, as a partner's article places it. */
async function badgeAt(now: string, width = 358): Promise<PropelClinicHours> {
  const column = await fixture(
    html`<p style="width: ${width}px; font: 18px/1.6 Georgia, serif">
      Our clinic is open today: <propel-clinic-hours .now=${new Date(now)}></propel-clinic-hours>
    </p>`,
  );
  const el = column.querySelector('propel-clinic-hours')!;
  await el.updateComplete;
  return el;
}

/** Makes a live badge the prerendered one (its markup and its prerender-only rules), as the build does. */
function prerender(el: PropelClinicHours): void {
  const root = el.shadowRoot!;
  const badge = root.querySelector('[part=badge]')!;
  badge.outerHTML = heldBadge(badge.querySelector('[part=icon]')!.outerHTML);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(UNTIL_UPGRADE['propel-clinic-hours']!);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const widthOf = (el: PropelClinicHours) => el.shadowRoot!.querySelector('[part=badge]')!.getBoundingClientRect().width;

describe('the prerendered hours badge', () => {
  it('says the regular hours; the live words it holds room for are hidden from every reader', async () => {
    const el = await badgeAt(WEEK['Monday 12:00, open']);
    prerender(el);
    const badge = el.shadowRoot!.querySelector('[part=badge]')!;
    expect(neutralHours()).to.equal('Mon–Fri 9 AM – 7 PM');
    expect(badge.querySelector('.held > span')!.textContent).to.equal('Mon–Fri 9 AM – 7 PM');
    const room = badge.querySelector('.room')!;
    expect(room.textContent).to.equal(longestHoursWords());
    expect(room.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(room).visibility).to.equal('hidden');
    await expect(el).to.be.accessible();
  });

  it('is at least as wide as the live badge at every state of the week, so going live pushes nothing', async () => {
    const widths: Record<string, [live: number, prerendered: number, words: string]> = {};
    for (const [name, now] of Object.entries(WEEK)) {
      const el = await badgeAt(now);
      const live = widthOf(el);
      const words = el.shadowRoot!.querySelector('.words')!.textContent;
      prerender(el);
      widths[name] = [live, widthOf(el), words];
    }
    // The longest live words are a closed evening's ("Closed · opens tomorrow at 9 AM"), wider than the regular hours alone.
    expect(longestHoursWords()).to.equal('Closed · opens tomorrow at 9 AM');
    for (const [name, [live, prerendered, words]] of Object.entries(widths))
      expect(prerendered, `${name}: "${words}" ${live} px`).to.be.at.least(live - 0.5);
    const [live] = widths['Monday 20:00, closed']!;
    expect(live, 'the closed evening outgrows the regular hours alone').to.be.above(widths['Monday 12:00, open']![0]);
  });

  it('keeps to one line where its room is wider than the column, as the live badge does', async () => {
    // A location card on a phone, in a wide font: the room must not wrap, or the badge would shrink a line on going live.
    for (const [name, now] of Object.entries(WEEK)) {
      const el = await badgeAt(now, 200);
      const live = el.shadowRoot!.querySelector('[part=badge]')!.getBoundingClientRect();
      prerender(el);
      const prerendered = el.shadowRoot!.querySelector('[part=badge]')!.getBoundingClientRect();
      expect(prerendered.height, name).to.be.closeTo(live.height, 0.5);
      expect(prerendered.width, name).to.be.at.most(200.5);
    }
  });
});
