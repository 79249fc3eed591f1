import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import '../../src/widgets/location-card/location-card.js';
import type { PropelClinicHours } from '../../src/widgets/clinic-hours/clinic-hours.js';
import type { PropelLocationCard } from '../../src/widgets/location-card/location-card.js';
import type { PropelProvider } from '../../src/index.js';
import { defaultContent } from '../../src/content/default-content.js';
import { SERVICE_AREAS } from '../fixtures/article-facts.js';
import { fixture, $, $$, realTimers, releaseClock, say, seen, settle, spyWarn } from '../helpers.js';

/** Monday 2026-11-23, 09:00 in Los Angeles (PST). */
const MON_0900 = '2026-11-23T17:00:00Z';
/** The same Monday, 18:59:59 PST. */
const MON_185959 = '2026-11-24T02:59:59Z';

/** The live badge and the week, both <propel-clinic-hours> in the card's shadow root. */
const liveBadge = (card: Element) => card.shadowRoot!.querySelector<PropelClinicHours>('propel-clinic-hours:not([variant])')!;
const week = (card: Element) => card.shadowRoot!.querySelector<PropelClinicHours>('propel-clinic-hours[variant=week]')!;

describe('<propel-location-card>', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  async function card(template = html`<propel-location-card></propel-location-card>`, now = MON_0900) {
    clock = sinon.useFakeTimers({ now: new Date(now), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = await fixture<PropelLocationCard>(template);
    await settle(el);
    return el;
  }

  afterEach(() => {
    const left = releaseClock(clock);
    clock = undefined;
    expect(left, 'a timer is left pending after the card is gone').to.equal(0);
  });

  it('names the clinic in a level-2 heading, with its tagline', async () => {
    const el = await card();
    const title = $(el, '[part=title]');
    expect(seen(title)).to.equal('Propel Therapeutics');
    expect(title.tagName).to.equal('H2');
    expect(seen($(el, '.tagline'))).to.equal('Providing Ketamine-Assisted Psychotherapy and Ketamine Infusions In Sacramento, California');
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('heading-level moves the title and the "Areas we serve" heading together', async () => {
    const el = await card(html`<propel-location-card heading-level="3"></propel-location-card>`);
    expect($(el, '[part=title]').tagName).to.equal('H3');
    expect($(el, '[part=subtitle]').tagName).to.equal('H4');
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('shows the address on two lines and links to directions in Google Maps', async () => {
    const el = await card();
    const address = $(el, 'address[part=address]');
    expect(address.innerText.split('\n').map(say)).to.deep.equal(['1010 Hurley Way, Suite 140', 'Sacramento, CA 95825']);
    const directions = $(el, 'a[part=directions]') as HTMLAnchorElement;
    expect(seen(directions)).to.equal('Get directions');
    const url = new URL(directions.href);
    expect(url.origin + url.pathname).to.equal('https://www.google.com/maps/dir/');
    expect(url.searchParams.get('api')).to.equal('1');
    expect(url.searchParams.get('destination')).to.equal('Propel Therapeutics, 1010 Hurley Way, Suite 140, Sacramento, CA 95825');
    expect(directions.getAttribute('href')).to.contain(
      `destination=${encodeURIComponent('Propel Therapeutics, 1010 Hurley Way, Suite 140, Sacramento, CA 95825')}`,
    );
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('links the call to action from the content', async () => {
    const el = await card();
    const cta = $(el, 'a[part=cta]') as HTMLAnchorElement;
    expect(seen(cta)).to.equal('Book a consultation');
    expect(cta.href).to.equal('https://www.propeltherapeutics.com/');
    // Directions first, then the call to action.
    expect($$(el, '.actions a').map((a) => a.getAttribute('part'))).to.deep.equal(['directions', 'cta']);
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('holds the live opening-hours badge, which switches at closing time', async () => {
    const el = await card(undefined, MON_185959);
    const badge = liveBadge(el);
    expect(badge, 'a <propel-clinic-hours> in the shadow root').to.exist;
    // The last hour before closing is "Closing soon" (closes-soon, 60 minutes by default).
    expect(seen($(badge, '[part=badge]'))).to.equal('Closing soon · closes 7 PM');
    clock!.tick(1000);
    await badge.updateComplete;
    expect(seen($(badge, '[part=badge]'))).to.equal('Closed · opens tomorrow at 9 AM');
    expect(clock!.countTimers(), 'one wake-up each for the badge and the week table').to.equal(2);
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('shows the week’s hours on demand, in a <details> closed by default', async () => {
    const el = await card();
    const details = $(el, 'details[part=week]') as HTMLDetailsElement;
    expect(details.open).to.be.false;
    expect(seen(details.querySelector('summary')!)).to.equal('Weekly hours');
    const table = $(week(el), 'table');
    expect(table.checkVisibility(), 'hidden while closed').to.be.false;

    details.querySelector('summary')!.click();
    expect(details.open).to.be.true;
    expect(table.checkVisibility(), 'shown once opened').to.be.true;
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => seen(tr.querySelector('td')!))).to.deep.equal([
      '9 AM – 7 PM',
      '9 AM – 7 PM',
      '9 AM – 7 PM',
      '9 AM – 7 PM',
      '9 AM – 7 PM',
      'By appointment Some Saturdays by appointment only',
      'Closed',
    ]);
    expect(rows.filter((tr) => tr.getAttribute('aria-current') === 'date')).to.deep.equal([rows[0]]);
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('lists all 13 service areas in order under "Areas we serve", one level below the title', async () => {
    const el = await card();
    const subtitle = $(el, '[part=subtitle]');
    expect(seen(subtitle)).to.equal('Areas we serve');
    expect(subtitle.tagName).to.equal('H3');
    const list = $(el, 'ul[part=areas]');
    expect([...list.querySelectorAll('li')].map(seen)).to.deep.equal(SERVICE_AREAS);
    expect(subtitle.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING, 'heading before list').to.not.equal(0);
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('ends with the copyright line', async () => {
    const el = await card();
    const footer = $(el, '[part=footer]');
    expect(seen(footer)).to.equal('© 2024 by PROPEL THERAPEUTICS');
    expect($(el, '[part=base]').lastElementChild).to.equal(footer);
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('theme="dark" gives a dark card, and passes the theme to its hours', async () => {
    const el = await card(html`<propel-location-card theme="dark"></propel-location-card>`);
    expect(getComputedStyle($(el, '[part=base]')).backgroundColor).to.equal('rgb(20, 28, 33)');
    expect(getComputedStyle($(el, '.root')).colorScheme).to.equal('dark');
    expect(liveBadge(el).getAttribute('theme')).to.equal('dark');
    expect(week(el).getAttribute('theme')).to.equal('dark');
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('light by default', async () => {
    const el = await card();
    expect(getComputedStyle($(el, '[part=base]')).backgroundColor).to.equal('rgb(255, 255, 255)');
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('drops an unsafe call-to-action URL with one warning, keeping the rest', async () => {
    const warn = spyWarn();
    const content = structuredClone(defaultContent);
    content.clinic.cta = { label: 'Book now', url: 'javascript:alert(1)' };
    clock = sinon.useFakeTimers({ now: new Date(MON_0900), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const provider = await fixture<PropelProvider>(
      html`<propel-provider .content=${content}><propel-location-card></propel-location-card></propel-provider>`,
    );
    const el = provider.querySelector('propel-location-card')!;
    await settle(provider);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=cta]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(seen(el.shadowRoot!.querySelector('.actions')!)).to.equal('Get directions');
    expect(el.shadowRoot!.textContent, 'the label is not shown either').to.not.contain('Book now');
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('javascript:alert(1)');
    await realTimers(() => expect(el).to.be.accessible());
  });

  // Fails today: the card passes hour-cycle to its two <propel-clinic-hours> unchecked, and each
  // warns on its own, so one bad attribute gives two warnings (the convention is one).
  it('an invalid hour-cycle gives one warning and the locale’s times', async () => {
    const warn = spyWarn();
    const el = await card(html`<propel-location-card hour-cycle="h99"></propel-location-card>`);
    expect(seen($(liveBadge(el), '[part=badge]'))).to.equal('Open now · closes 7 PM');
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('h99');
    await realTimers(() => expect(el).to.be.accessible());
  });
});
