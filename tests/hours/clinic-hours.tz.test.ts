/*
 * <propel-clinic-hours> with the browser itself in Asia/Tokyo (UTC+9, no DST),
 * 17 hours ahead of the clinic in Los Angeles (PST, UTC−8, in late November).
 * Runs in the "tokyo" group of web-test-runner.config.mjs (`npx wtr --group tokyo`).
 * The badge must speak the clinic's time and dates; only `show-local` speaks Tokyo's.
 */
import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/widgets/clinic-hours/clinic-hours.js';
import type { PropelClinicHours } from '../../src/widgets/clinic-hours/clinic-hours.js';
import { fixture, $, $$, realTimers, releaseClock, say, seen } from '../helpers.js';

// Clinic time (PT)            UTC                       Tokyo (JST)
const MON_0800 = '2026-11-23T16:00:00Z'; //           Tue 01:00
const MON_1200 = '2026-11-23T20:00:00Z'; //           Tue 05:00
const MON_185959 = '2026-11-24T02:59:59Z'; //         Tue 11:59:59
const MON_2000 = '2026-11-24T04:00:00Z'; //           Tue 13:00
const MON_235959 = '2026-11-24T07:59:59Z'; //         Tue 16:59:59
const FRI_2000 = '2026-11-28T04:00:00Z'; //           Sat 13:00
const SAT_1200 = '2026-11-28T20:00:00Z'; //           Sun 05:00
const SUN_1200 = '2026-11-29T20:00:00Z'; //           Mon 05:00

const SECOND = 1000;

const badge = (el: Element) => seen($(el, '[part=badge]'));
const dayOf = (tr: Element) =>
  say(
    [...tr.querySelector('th')!.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join(''),
  );
const currentDays = (el: Element) => $$(el, 'tbody tr[aria-current="date"]').map(dayOf);

describe('<propel-clinic-hours> in a browser in Asia/Tokyo', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  async function at(iso: string, template = html`<propel-clinic-hours></propel-clinic-hours>`) {
    clock = sinon.useFakeTimers({ now: new Date(iso), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    return fixture<PropelClinicHours>(template);
  }

  before(() => {
    // Everything below is meaningless unless the browser really runs in Tokyo.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Asia/Tokyo');
  });

  afterEach(() => {
    const left = releaseClock(clock);
    clock = undefined;
    expect(left, 'a timer is left pending after the widgets are gone').to.equal(0);
  });

  it('runs in Tokyo: the browser’s own date is a day ahead of the clinic’s', async () => {
    const el = await at(MON_2000);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Asia/Tokyo');
    expect(new Date().getDay(), 'Tuesday in Tokyo').to.equal(2);
    expect(new Date().getHours()).to.equal(13);
    expect(badge(el), 'Monday evening at the clinic').to.equal('Closed · opens tomorrow at 9 AM');
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('is open during the clinic’s hours, at Tokyo’s small hours', async () => {
    const el = await at(MON_1200);
    expect(badge(el)).to.equal('Open now · closes 7 PM');
    expect($(el, '[part=badge]').classList.contains('open')).to.be.true;
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('before opening says "today" for the clinic’s Monday, though Tokyo is on Tuesday', async () => {
    const el = await at(MON_0800);
    expect(badge(el)).to.equal('Closed · opens today at 9 AM');
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('on Friday evening names Monday, though Tokyo is on Saturday', async () => {
    const el = await at(FRI_2000);
    expect(badge(el)).to.equal('Closed · opens Mon 9 AM');
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('is by appointment on the clinic’s Saturday, though Tokyo is on Sunday', async () => {
    const el = await at(SAT_1200);
    expect(badge(el)).to.equal('Saturday: by appointment');
    expect($(el, '[part=badge]').classList.contains('appointment')).to.be.true;
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('is closed on the clinic’s Sunday and opens tomorrow, though Tokyo is already on Monday', async () => {
    const el = await at(SUN_1200);
    expect(badge(el)).to.equal('Closed · opens tomorrow at 9 AM');
    expect($(el, '[part=badge]').classList.contains('closed')).to.be.true;
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('switches to closed by itself at 19:00 in Los Angeles', async () => {
    const el = await at(MON_185959);
    // The last hour before closing is "Closing soon" (closes-soon, 60 minutes by default).
    expect(badge(el)).to.equal('Closing soon · closes 7 PM');
    expect(clock!.countTimers()).to.equal(1);
    clock!.tick(1 * SECOND);
    await el.updateComplete;
    expect(badge(el)).to.equal('Closed · opens tomorrow at 9 AM');
    expect(clock!.countTimers()).to.equal(1);
    await realTimers(() => expect(el).to.be.accessible());
  });

  it('hour-cycle="h23" keeps the clinic’s time', async () => {
    const el = await at(MON_1200, html`<propel-clinic-hours hour-cycle="h23"></propel-clinic-hours>`);
    expect(badge(el)).to.equal('Open now · closes 19:00');
    await realTimers(() => expect(el).to.be.accessible());
  });

  describe('variant="week"', () => {
    const WEEK = html`<propel-clinic-hours variant="week"></propel-clinic-hours>`;

    it('marks the clinic’s today (Monday), not Tokyo’s (Tuesday)', async () => {
      const el = await at(MON_2000, WEEK);
      expect($$(el, 'tbody tr').map(dayOf)).to.deep.equal(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
      expect(currentDays(el)).to.deep.equal(['Monday']);
      expect($$(el, '[part=today]')).to.have.length(1);
      expect(seen($(el, 'caption'))).to.equal('Opening hours Times in Pacific Time');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('moves the marker at midnight in Los Angeles (17:00 in Tokyo)', async () => {
      const el = await at(MON_235959, WEEK);
      expect(currentDays(el)).to.deep.equal(['Monday']);
      clock!.tick(1 * SECOND);
      await el.updateComplete;
      expect(new Date().getHours(), '17:00 in Tokyo').to.equal(17);
      expect(currentDays(el)).to.deep.equal(['Tuesday']);
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('keeps the week of the clinic on Tokyo’s Monday morning (still Sunday at the clinic)', async () => {
      const el = await at(SUN_1200, WEEK);
      expect(currentDays(el)).to.deep.equal(['Sunday']);
      expect(seen($$(el, 'tbody tr')[6]!.querySelector('td')!)).to.equal('Closed');
      await realTimers(() => expect(el).to.be.accessible());
    });
  });

  describe('show-local', () => {
    const LOCAL = html`<propel-clinic-hours show-local></propel-clinic-hours>`;

    it('adds the closing time in Tokyo time', async () => {
      const el = await at(MON_1200, LOCAL);
      expect(seen($(el, '[part=local]'))).to.equal('(Tue 12 PM your time)');
      expect(badge(el)).to.equal('Open now · closes 7 PM (Tue 12 PM your time)');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('adds the opening time in Tokyo time, 24-hour with hour-cycle="h23"', async () => {
      const el = await at(MON_2000, html`<propel-clinic-hours show-local hour-cycle="h23"></propel-clinic-hours>`);
      // Tuesday 09:00 in Los Angeles is Wednesday 02:00 in Tokyo.
      expect(badge(el)).to.equal('Closed · opens tomorrow at 09:00 (Wed 02:00 your time)');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('follows the switch at 19:00', async () => {
      const el = await at(MON_185959, LOCAL);
      expect(seen($(el, '[part=local]'))).to.equal('(Tue 12 PM your time)');
      clock!.tick(1 * SECOND);
      await el.updateComplete;
      expect(badge(el)).to.equal('Closed · opens tomorrow at 9 AM (Wed 2 AM your time)');
      await realTimers(() => expect(el).to.be.accessible());
    });

    // Fails today: the local time is the next change of state (Saturday 00:00 PT, when the
    // appointment-only day starts = Sat 5 PM in Tokyo), not the opening the sentence names
    // (Monday 9 AM PT = Tue 2 AM in Tokyo), so it reads "opens Mon 9 AM (Sat 5 PM your time)".
    it('on Friday evening gives Monday’s opening in Tokyo time, the time the sentence names', async () => {
      const el = await at(FRI_2000, LOCAL);
      expect(badge(el)).to.equal('Closed · opens Mon 9 AM (Tue 2 AM your time)');
      await realTimers(() => expect(el).to.be.accessible());
    });
  });
});
