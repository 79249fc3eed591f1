import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import '../../src/widgets/location-card/location-card.js';
import type { PropelClinicHours, PropelHoursChangeDetail } from '../../src/widgets/clinic-hours/clinic-hours.js';
import type { PropelLocationCard } from '../../src/widgets/location-card/location-card.js';
import type { PropelProvider } from '../../src/index.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { Content } from '../../src/content/schema.js';
import { visitorZone } from '../../src/widgets/clinic-hours/hours.js';
import { PREFORMATTED } from '../../src/core/preformatted.js';
import { preformatTable } from '../../scripts/build/preformat.js';
import { fixture, $, $$, a11yNodes, engine, realTimers, releaseClock, say, seen, settle, spyWarn } from '../helpers.js';

/*
 * The clinic is in Los Angeles: Mon–Fri 09:00–19:00, Saturday by appointment,
 * Sunday closed. Late November 2026 is PST (UTC−8); Monday is November 23.
 * These tests run in the browser's own zone (UTC on CI): every instant is
 * given in UTC and the expected text is the clinic's local time.
 */
const MON_0800 = '2026-11-23T16:00:00Z';
const MON_0900 = '2026-11-23T17:00:00Z';
const MON_185959 = '2026-11-24T02:59:59Z';
const MON_2000 = '2026-11-24T04:00:00Z';
const MON_235959 = '2026-11-24T07:59:59Z';
const FRI_2000 = '2026-11-28T04:00:00Z';
const SAT_1200 = '2026-11-28T20:00:00Z';
const SUN_1200 = '2026-11-29T20:00:00Z';

const SECOND = 1000;
const HOUR = 3600 * SECOND;

/** Visible text with whitespace normalised (Intl puts U+202F between "9" and "AM"). */
const badge = (el: Element) => seen($(el, '[part=badge]'));
const iconShape = (el: Element) => $(el, '[part=icon] path').getAttribute('d');

/**
 * axe-core waits on setTimeout, which the frozen clock never fires: the check
 * runs on the real timers while Date stays frozen, then the fakes are back.
 */

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** A row header's own text: the day, without the "Today" marker. */
const dayOf = (tr: Element) =>
  say(
    [...tr.querySelector('th')!.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join(''),
  );
/** The week table's rows as [day, hours]. */
const weekRows = (el: Element) => $$(el, 'tbody tr').map((tr) => [dayOf(tr), seen(tr.querySelector('td')!)]);
const currentRows = (el: Element) => $$(el, 'tbody tr[aria-current]');

/** The default content with changed clinic hours. */
function withHours(change: (hours: Content['clinic']['hours']) => void): Content {
  const content = structuredClone(defaultContent);
  change(content.clinic.hours);
  return content;
}

describe('<propel-clinic-hours>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  /** Freezes time at an instant; call before the fixture. */
  const freeze = (iso: string) => (clock = sinon.useFakeTimers({ now: new Date(iso), toFake: ['setTimeout', 'clearTimeout', 'Date'] }));

  async function badgeAt(iso: string, template = html`<propel-clinic-hours></propel-clinic-hours>`) {
    freeze(iso);
    return fixture<PropelClinicHours>(template);
  }

  /** Renders a widget inside a provider with the given content; returns the widget. */
  async function provided(content: Content, template = html`<propel-clinic-hours></propel-clinic-hours>`) {
    const provider = await fixture<PropelProvider>(html`<propel-provider .content=${content}>${template}</propel-provider>`);
    const el = provider.querySelector('propel-clinic-hours')!;
    await provider.updateComplete;
    await el.updateComplete;
    return el;
  }

  afterEach(function () {
    const left = releaseClock(clock);
    clock = undefined;
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) script.remove();
    expect(left, `a timer is left pending after the widgets of "${this.currentTest?.title}" are gone`).to.equal(0);
  });

  describe('badge states', () => {
    it('is open during opening hours and says when it closes, with a tick', async () => {
      const el = await badgeAt(MON_0900);
      expect(badge(el)).to.equal('Open now · closes 7 PM');
      expect($(el, '[part=badge]').classList.contains('open')).to.be.true;
      expect(iconShape(el)).to.equal('M5 10.5l3.5 3.5L15 7');
      expect($(el, '[part=icon] svg').getAttribute('aria-hidden')).to.equal('true');
      expect($(el, '[part=badge]').localName, 'a paragraph of text, not a widget role').to.equal('p');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('draws its icon at 1em of the badge text, centred in a disc of 1.5em, at any text size', async () => {
      const el = await badgeAt(MON_0900);
      for (const size of [16, 24]) {
        el.style.setProperty('--propel-font-size', `${size}px`);
        const icon = $(el, '[part=icon] svg').getBoundingClientRect();
        const disc = $(el, '[part=icon]').getBoundingClientRect();
        // The badge's words are the type scale's small size.
        const text = parseFloat(getComputedStyle($(el, '[part=badge]')).fontSize);
        expect(text, `the badge's text at ${size} px`).to.equal(size * 0.875);
        expect([icon.width, icon.height], `the icon at ${size} px`).to.deep.equal([text, text]);
        expect([disc.width, disc.height], `the disc at ${size} px`).to.deep.equal([text * 1.5, text * 1.5]);
        expect(icon.left - disc.left, 'centred').to.be.closeTo(disc.right - icon.right, 0.5);
        expect(icon.top - disc.top, 'centred').to.be.closeTo(disc.bottom - icon.bottom, 0.5);
      }
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('is closed before opening and says it opens today at 9 AM, with a cross', async () => {
      const el = await badgeAt(MON_0800);
      expect(badge(el)).to.equal('Closed · opens today at 9 AM');
      expect($(el, '[part=badge]').classList.contains('closed')).to.be.true;
      expect(iconShape(el)).to.equal('M6 6l8 8m0-8l-8 8');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('is closed in the evening and says it opens tomorrow at 9 AM', async () => {
      const el = await badgeAt(MON_2000);
      expect(badge(el)).to.equal('Closed · opens tomorrow at 9 AM');
      expect($(el, '[part=badge]').classList.contains('closed')).to.be.true;
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('on Friday evening names Monday, skipping the appointment-only Saturday', async () => {
      const el = await badgeAt(FRI_2000);
      expect(badge(el)).to.equal('Closed · opens Mon 9 AM');
      expect($(el, '[part=badge]').classList.contains('closed')).to.be.true;
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('on Sunday is closed and, Monday being the next day, says tomorrow', async () => {
      const el = await badgeAt(SUN_1200);
      // Monday is the day after Sunday, so the relative form is used (as in hours.test.ts).
      expect(badge(el)).to.equal('Closed · opens tomorrow at 9 AM');
      expect($(el, '[part=badge]').classList.contains('closed')).to.be.true;
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('on Saturday says by appointment, with a calendar', async () => {
      const el = await badgeAt(SAT_1200);
      expect(badge(el)).to.equal('Saturday: by appointment');
      expect($(el, '[part=badge]').classList.contains('appointment')).to.be.true;
      expect(iconShape(el)).to.equal('M4 6h12v10H4zM4 9h12M7 4v3m6-3v3');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('never tells the states apart by colour alone: each has its own text and icon shape', async () => {
      spyWarn();
      freeze(MON_0900);
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <propel-clinic-hours></propel-clinic-hours>
          <propel-provider .content=${withHours((h) => (h.timeZone = 'Mars/Olympus'))}
            ><propel-clinic-hours></propel-clinic-hours
          ></propel-provider>
        </div>`,
      );
      await settle(wrapper);
      const [open, unknown] = [...wrapper.querySelectorAll('propel-clinic-hours')] as PropelClinicHours[];
      clock!.setSystemTime(new Date(MON_2000));
      open!.requestUpdate();
      await open!.updateComplete;
      const closedShape = iconShape(open!);
      const closedText = badge(open!);
      clock!.setSystemTime(new Date(MON_185959));
      open!.requestUpdate();
      await open!.updateComplete;
      const soonShape = iconShape(open!);
      const soonText = badge(open!);
      clock!.setSystemTime(new Date(SAT_1200));
      open!.requestUpdate();
      await open!.updateComplete;
      const shapes = ['M5 10.5l3.5 3.5L15 7', soonShape, closedShape, iconShape(open!), iconShape(unknown!)];
      expect(new Set(shapes).size, 'five states, five shapes').to.equal(5);
      expect(new Set(['Open now · closes 7 PM', soonText, closedText, badge(open!), badge(unknown!)]).size).to.equal(5);
      await realTimers(() => expect(wrapper).to.be.accessible());
    });
  });

  describe('in English, without starting Intl up', () => {
    // The first Intl formatter on a page starts ICU up (20–30 ms in Chromium): the English first
    // render, with the build's preformatted strings, must not create one.
    const spies = () =>
      ['DateTimeFormat', 'ListFormat', 'NumberFormat', 'RelativeTimeFormat', 'DisplayNames', 'Collator'].map((name) =>
        sinon.spy(Intl, name as 'DateTimeFormat'),
      );
    const table = preformatTable();
    beforeEach(() => Object.assign(PREFORMATTED, table));
    afterEach(() => Object.assign(PREFORMATTED, { dates: {}, lists: {}, zones: {} }));

    const times: Array<[string, string]> = [
      [MON_0900, 'Open now · closes 7 PM'],
      [MON_185959, 'Closing soon · closes 7 PM'],
      [MON_2000, 'Closed · opens tomorrow at 9 AM'],
      [FRI_2000, 'Closed · opens Mon 9 AM'],
      [SAT_1200, 'Saturday: by appointment'],
      [SUN_1200, 'Closed · opens tomorrow at 9 AM'],
    ];
    for (const [iso, text] of times) {
      it(`${text}: the badge, the week table and the location card create no Intl formatter`, async () => {
        freeze(iso);
        const created = spies();
        const wrapper = await fixture<HTMLElement>(
          html`<div lang="en-US">
            <propel-clinic-hours structured-data></propel-clinic-hours>
            <propel-clinic-hours variant="week"></propel-clinic-hours>
            <propel-location-card></propel-location-card>
          </div>`,
        );
        await settle(wrapper);
        const [badgeEl, week, card] = [...wrapper.children];
        expect(badge(badgeEl!)).to.equal(text);
        expect(seen($(week!, 'caption'))).to.equal('Opening hours Times in Pacific Time');
        expect(weekRows(week!).map(([day]) => day)).to.deep.equal(DAYS);
        expect(weekRows(week!)[0]).to.deep.equal(['Monday', '9 AM – 7 PM']);
        expect(badge($(card!, 'propel-clinic-hours'))).to.equal(text);
        // Without Temporal (WebKit) a zone's wall-clock time is read with an Intl formatter, Swedish in
        // that zone (src/core/zone.ts: the clinic's, and UTC for clock times), made once per page and
        // zone: the only ones allowed there.
        const zoneReader = (call: sinon.SinonSpyCall) =>
          !('Temporal' in globalThis) && call.args[0] === 'sv' && typeof (call.args[1] as Intl.DateTimeFormatOptions).timeZone === 'string';
        expect(
          created.map((spy) => spy.getCalls().filter((call) => !zoneReader(call)).length),
          'Intl formatters created',
        ).to.deep.equal([0, 0, 0, 0, 0, 0]);
        created.forEach((spy) => spy.restore());
        await realTimers(() => expect(wrapper).to.be.accessible());
      });
    }

    it('still uses Intl for what it does not write by hand: another language, and dates beyond a week', async () => {
      freeze(MON_0900);
      const created = spies();
      const wrapper = await fixture<HTMLElement>(html`<div lang="es"><propel-clinic-hours></propel-clinic-hours></div>`);
      await settle(wrapper);
      expect(badge(wrapper.firstElementChild!)).to.equal('Abierto ahora · cierra a las 19:00');
      expect(created[0]!.callCount, 'Spanish times come from Intl').to.be.greaterThan(0);
      created.forEach((spy) => spy.restore());
      await realTimers(() => expect(wrapper).to.be.accessible());
    });
  });

  describe('live', () => {
    it('switches to closed by itself at 19:00, stops when removed and resumes when re-attached', async () => {
      const el = await badgeAt(MON_185959);
      // The last hour before closing is "Closing soon" (closes-soon, 60 minutes by default).
      expect(badge(el)).to.equal('Closing soon · closes 7 PM');
      expect(clock!.countTimers()).to.equal(1);

      clock!.tick(1 * SECOND);
      await el.updateComplete;
      expect(badge(el)).to.equal('Closed · opens tomorrow at 9 AM');
      expect(clock!.countTimers(), 'waits for the next change').to.equal(1);

      const parent = el.parentNode!;
      el.remove();
      expect(clock!.countTimers(), 'nothing pending once removed').to.equal(0);
      clock!.tick(14 * HOUR + SECOND); // Tuesday 09:00:00 PT, while detached
      await el.updateComplete;
      expect(badge(el), 'a detached badge is not updated').to.equal('Closed · opens tomorrow at 9 AM');

      parent.appendChild(el);
      await el.updateComplete;
      expect(badge(el), 're-attached, it catches up at once').to.equal('Open now · closes 7 PM');
      expect(clock!.countTimers()).to.equal(1);

      clock!.tick(10 * HOUR - 2 * SECOND); // 18:59:59
      await el.updateComplete;
      expect(badge(el)).to.equal('Closing soon · closes 7 PM');
      clock!.tick(1 * SECOND);
      await el.updateComplete;
      expect(badge(el)).to.equal('Closed · opens tomorrow at 9 AM');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('1,000 badges each wait on one timer of their own, all switch at 19:00, and none is left once removed', async function () {
      // WebKit on a loaded 2-core machine took longer than 30 s.
      this.timeout(60_000);
      freeze(MON_185959);
      const wrapper = await fixture<HTMLElement>(
        html`<div>${Array.from({ length: 1000 }, () => html`<propel-clinic-hours></propel-clinic-hours>`)}</div>`,
      );
      const badges = [...wrapper.querySelectorAll('propel-clinic-hours')];
      await Promise.all(badges.map((b) => b.updateComplete));
      expect(badges).to.have.length(1000);
      expect(new Set(badges.map(badge))).to.deep.equal(new Set(['Closing soon · closes 7 PM']));
      expect(clock!.countTimers(), 'one timer per badge').to.equal(1000);

      clock!.tick(1 * SECOND);
      await Promise.all(badges.map((b) => b.updateComplete));
      expect(new Set(badges.map(badge))).to.deep.equal(new Set(['Closed · opens tomorrow at 9 AM']));
      expect(clock!.countTimers(), 'each waits for its next change').to.equal(1000);
      // axe over all 1,000 takes about a minute; they are identical, so one stands for all.
      await realTimers(() => expect(badges[999]).to.be.accessible());
    });
  });

  describe('attributes', () => {
    it('hour-cycle="h23" gives 24-hour times', async () => {
      const el = await badgeAt(MON_0900, html`<propel-clinic-hours hour-cycle="h23"></propel-clinic-hours>`);
      expect(badge(el)).to.equal('Open now · closes 19:00');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('an invalid hour-cycle warns once and uses the locale default', async () => {
      const warn = spyWarn();
      const el = await badgeAt(MON_0900, html`<propel-clinic-hours hour-cycle="h99"></propel-clinic-hours>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(badge(el)).to.equal('Open now · closes 7 PM');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('hour-cycle').and.contain('h99');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('show-local adds nothing when the visitor is in the clinic’s time zone', async () => {
      // The clinic moved into the browser's own zone, whatever that is here.
      freeze(MON_0900);
      const el = await provided(
        withHours((h) => (h.timeZone = visitorZone())),
        html`<propel-clinic-hours show-local></propel-clinic-hours>`,
      );
      expect(el.shadowRoot!.querySelector('[part=local]')).to.equal(null);
      expect(badge(el)).to.not.contain('your time');
      expect(badge(el)).to.match(/^(Open now · closes|Closed · opens) /);
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('an unknown variant warns once and shows the badge', async () => {
      const warn = spyWarn();
      const el = await badgeAt(MON_0900, html`<propel-clinic-hours variant="month"></propel-clinic-hours>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(badge(el)).to.equal('Open now · closes 7 PM');
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('variant').and.contain('month');
      await realTimers(() => expect(el).to.be.accessible());
    });
  });

  describe('variant="week"', () => {
    const WEEK = html`<propel-clinic-hours variant="week"></propel-clinic-hours>`;

    it('lists Monday to Sunday with their hours and marks today, and only today', async () => {
      const el = await badgeAt(MON_0900, WEEK);
      const table = $(el, 'table[part=table]');
      expect(say(table.querySelector('caption')!.innerText)).to.equal('Opening hours Times in Pacific Time');
      expect(weekRows(el)).to.deep.equal([
        ['Monday', '9 AM – 7 PM'],
        ['Tuesday', '9 AM – 7 PM'],
        ['Wednesday', '9 AM – 7 PM'],
        ['Thursday', '9 AM – 7 PM'],
        ['Friday', '9 AM – 7 PM'],
        ['Saturday', 'By appointment Some Saturdays by appointment only'],
        ['Sunday', 'Closed'],
      ]);
      expect($$(el, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.be.true;
      const current = currentRows(el);
      expect(current).to.have.length(1);
      expect(current[0]!.getAttribute('aria-current')).to.equal('date');
      expect(dayOf(current[0]!)).to.equal('Monday');
      const marker = $$(el, '[part=today]');
      expect(marker).to.have.length(1);
      expect(seen(marker[0]!)).to.equal('Today');
      expect(current[0]!.contains(marker[0]!)).to.be.true;
      expect(marker[0]!.checkVisibility(), 'the marker is visible, not only a colour').to.be.true;
      expect(el.shadowRoot!.querySelector('[part=exceptions]'), 'no exceptions, no list').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=badge]')).to.equal(null);
      await realTimers(() => expect(el).to.be.accessible());
    });

    // Once the marker was an inline <span> glued to the day, so the row header read "MondayToday"
    // (innerText and Chromium's accessible name alike); a screen reader said it as one word.
    it('keeps the day and the "Today" marker apart in the row header’s accessible name', async () => {
      const el = await badgeAt(MON_0900, WEEK);
      // The engine's own accessibility tree: Chromium and Firefox name it "Monday , Today". WebKitGTK
      // tells no name for these headers (null): there innerText below says what the name is made of.
      const headers = await a11yNodes(el, 'rowheader', ['Monday, Today', 'Monday , Today', 'Monday Today']);
      expect(headers, 'the Monday row header, "Today" apart').to.not.be.empty;
      if (engine !== 'webkit') expect(headers).to.have.length(1);
      expect(seen(currentRows(el)[0]!.querySelector('th')!)).to.match(/^Monday\W+Today\W*$/i);
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('marks Saturday on a Saturday', async () => {
      const el = await badgeAt(SAT_1200, WEEK);
      expect(currentRows(el).map((tr) => dayOf(tr))).to.deep.equal(['Saturday']);
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('shows exceptions in the week and lists the upcoming ones', async () => {
      freeze(MON_0900);
      const content = withHours((h) => {
        h.exceptions = [
          { from: '2026-12-24', status: 'open', opens: '09:00', closes: '13:00', note: 'Christmas Eve' },
          { from: '2026-11-26', status: 'closed', note: 'Thanksgiving' },
          { from: '2026-11-02', status: 'closed', note: 'Already over' },
          { from: '2027-06-01', status: 'closed', note: 'Too far ahead' },
        ];
      });
      const el = await provided(content, WEEK);
      const rows = weekRows(el);
      expect(rows[3]).to.deep.equal(['Thursday', 'Closed Thanksgiving']);
      expect(rows.map((r) => r[0])).to.deep.equal(DAYS);
      expect(rows[2]).to.deep.equal(['Wednesday', '9 AM – 7 PM']);
      const items = $$(el, '[part=exceptions] li').map(seen);
      expect(items).to.deep.equal(['Thu, Nov 26: Closed (Thanksgiving)', 'Thu, Dec 24: 9 AM – 1 PM (Christmas Eve)']);
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('moves the today marker at the clinic’s midnight', async () => {
      const el = await badgeAt(MON_235959, WEEK);
      expect(currentRows(el).map((tr) => dayOf(tr))).to.deep.equal(['Monday']);
      expect(clock!.countTimers()).to.equal(1);
      clock!.tick(1 * SECOND);
      await el.updateComplete;
      const current = currentRows(el);
      expect(current.map((tr) => dayOf(tr))).to.deep.equal(['Tuesday']);
      expect($$(el, '[part=today]')).to.have.length(1);
      expect(current[0]!.contains($(el, '[part=today]'))).to.be.true;
      await realTimers(() => expect(el).to.be.accessible());
    });
  });

  describe('bad input', () => {
    it('an invalid time zone gives one warning and a visible "Hours unavailable" badge', async () => {
      const warn = spyWarn();
      freeze(MON_0900);
      const el = await provided(withHours((h) => (h.timeZone = 'Mars/Olympus')));
      el.requestUpdate();
      await el.updateComplete;
      // The document's own website: never the embedded hours.
      expect(badge(el)).to.equal('Hours unavailable · see the clinic’s website');
      expect($(el, '[part=contact]').getAttribute('href')).to.equal(defaultContent.clinic.url);
      expect($(el, '[part=badge]').checkVisibility()).to.be.true;
      expect($(el, '[part=badge]').classList.contains('unknown')).to.be.true;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('Mars/Olympus');
      expect(clock!.countTimers(), 'nothing to wait for').to.equal(0);
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('with structured-data, malformed hours still show "Hours unavailable" and put no JSON-LD in the page', async () => {
      const warn = spyWarn();
      freeze(MON_0900);
      const content = withHours((h) => {
        h.timeZone = 'Mars/Olympus';
        h.exceptions = [{ from: '12-25', status: 'closed' }];
      });
      const el = await provided(content, html`<propel-clinic-hours structured-data></propel-clinic-hours>`);
      expect(badge(el)).to.equal('Hours unavailable · see the clinic’s website');
      expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
      expect(warn.callCount).to.equal(1);
      expect(el.state).to.equal(undefined);
      await realTimers(() => expect(el).to.be.accessible());
    });

    // Opening after closing now runs past midnight: overlapping intervals stand in for malformed hours.
    it('malformed hours (overlapping intervals) give one warning and "Hours unavailable", in the week too', async () => {
      const warn = spyWarn();
      freeze(MON_0900);
      const content = withHours((h) => {
        h.weekly.push({ days: ['mon'], status: 'open', opens: '18:00', closes: '20:00' });
      });
      const el = await provided(content, html`<propel-clinic-hours variant="week"></propel-clinic-hours>`);
      expect(badge(el)).to.equal('Hours unavailable · see the clinic’s website');
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('clinic.hours.weekly.2').and.contain('Monday');
      await realTimers(() => expect(el).to.be.accessible());
    });
  });

  describe('split days, nights past midnight, yearly and date-range closures, closing soon', () => {
    const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
    const split = withHours((h) => {
      h.weekly = [
        { days: [...WEEKDAYS], status: 'open', opens: '09:00', closes: '12:00' },
        { days: [...WEEKDAYS], status: 'open', opens: '13:00', closes: '19:00' },
        { days: ['sat'], status: 'appointment', note: 'Some Saturdays by appointment only' },
      ];
    });
    const late = withHours((h) => {
      h.weekly = [
        { days: ['mon', 'tue', 'wed', 'thu'], status: 'open', opens: '09:00', closes: '19:00' },
        { days: ['fri', 'sat'], status: 'open', opens: '18:00', closes: '02:00' },
      ];
    });
    const christmas = withHours((h) => (h.exceptions = [{ from: '12-25', status: 'closed', note: 'Christmas Day' }]));
    const renovation = withHours(
      (h) => (h.exceptions = [{ from: '2026-11-23', through: '2026-11-27', status: 'closed', note: 'Renovation' }]),
    );
    const WEEK = html`<propel-clinic-hours variant="week"></propel-clinic-hours>`;
    const HOURGLASS = 'M6 4h8M6 16h8M7 4l3 6 3-6M7 16l3-6 3 6';

    it('split day: closed over lunch, opening again at 1 PM, then open', async () => {
      freeze('2026-11-23T20:30:00Z'); // Mon 12:30 PST
      const el = await provided(split);
      expect(badge(el)).to.equal('Closed · opens today at 1 PM');
      expect($(el, '[part=badge]').className).to.equal('closed');
      clock!.tick(30 * 60 * SECOND);
      await el.updateComplete;
      expect(badge(el)).to.equal('Open now · closes 7 PM');
      expect($(el, '[part=badge]').className).to.equal('open');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('split day: the week lists both intervals of each weekday, in order', async () => {
      freeze('2026-11-23T20:30:00Z');
      const el = await provided(split, WEEK);
      expect(weekRows(el)).to.deep.equal([
        ...DAYS.slice(0, 5).map((day) => [day, '9 AM – 12 PM and 1 PM – 7 PM']),
        ['Saturday', 'By appointment Some Saturdays by appointment only'],
        ['Sunday', 'Closed'],
      ]);
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('past midnight: Friday’s night keeps Saturday 00:30 open until 2 AM, and the week reads "6 PM – 2 AM"', async () => {
      freeze('2026-11-28T08:30:00Z'); // Sat 00:30 PST
      const el = await provided(late);
      expect(badge(el)).to.equal('Open now · closes 2 AM');
      expect($(el, '[part=badge]').className).to.equal('open');
      clock!.tick(90 * 60 * SECOND); // 02:00
      await el.updateComplete;
      expect(badge(el)).to.equal('Closed · opens today at 6 PM');
      const week = await provided(late, WEEK);
      expect(weekRows(week)).to.deep.equal([
        ...DAYS.slice(0, 4).map((day) => [day, '9 AM – 7 PM']),
        ['Friday', '6 PM – 2 AM'],
        ['Saturday', '6 PM – 2 AM'],
        ['Sunday', 'Closed'],
      ]);
      expect(currentRows(week).map(dayOf)).to.deep.equal(['Saturday']);
      await realTimers(() => expect(el).to.be.accessible());
      await realTimers(() => expect(week).to.be.accessible());
    });

    it('yearly closure: Christmas 2027 falls on a Saturday and closes it, not "by appointment"', async () => {
      freeze('2027-12-25T20:00:00Z'); // Sat Dec 25 2027, noon PST
      const el = await provided(christmas);
      expect(badge(el)).to.equal('Closed today · Christmas Day · opens Mon 9 AM');
      expect($(el, '[part=badge]').className).to.equal('closed');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('yearly closure: the week lists its next occurrence, in 2026 and in 2027', async () => {
      freeze(MON_0900); // Mon Nov 23 2026
      const el = await provided(christmas, WEEK);
      expect($$(el, '[part=exceptions] li').map(seen)).to.deep.equal(['Fri, Dec 25: Closed (Christmas Day)']);
      clock!.setSystemTime(new Date('2027-12-20T17:00:00Z')); // Mon Dec 20 2027
      el.requestUpdate();
      await el.updateComplete;
      expect($$(el, '[part=exceptions] li').map(seen)).to.deep.equal(['Sat, Dec 25: Closed (Christmas Day)']);
      expect(weekRows(el)[5]).to.deep.equal(['Saturday', 'Closed Christmas Day']);
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('date-range closure: closed all week, opening on the Monday after', async () => {
      freeze(MON_0900);
      const el = await provided(renovation);
      expect(badge(el)).to.equal('Closed today · Renovation · opens Nov 30, 9 AM');
      const week = await provided(renovation, WEEK);
      expect(weekRows(week)).to.deep.equal([
        ...DAYS.slice(0, 5).map((day) => [day, 'Closed Renovation']),
        ['Saturday', 'By appointment Some Saturdays by appointment only'],
        ['Sunday', 'Closed'],
      ]);
      expect($$(week, '[part=exceptions] li').map(seen)).to.deep.equal(['Mon, Nov 23 – Fri, Nov 27: Closed (Renovation)']);
      await realTimers(() => expect(el).to.be.accessible());
      await realTimers(() => expect(week).to.be.accessible());
    });

    it('closes soon: in words and with an hourglass, within 60 minutes of closing', async () => {
      const el = await badgeAt('2026-11-24T02:00:00Z'); // Mon 18:00 PST
      expect(badge(el)).to.equal('Closing soon · closes 7 PM');
      expect($(el, '[part=badge]').className).to.equal('closing-soon');
      expect(iconShape(el)).to.equal(HOURGLASS);
      expect($(el, '[part=icon] svg').getAttribute('aria-hidden')).to.equal('true');
      expect(el.state).to.equal('closing-soon');
      expect(el.until?.toISOString()).to.equal('2026-11-24T03:00:00.000Z');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('closes soon: --propel-hours-soon-color colours its icon, apart from the open one', async () => {
      freeze('2026-11-24T02:00:00Z');
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <propel-clinic-hours></propel-clinic-hours>
          <propel-clinic-hours closes-soon="0"></propel-clinic-hours>
        </div>`,
      );
      await settle(wrapper);
      const [soon, open] = [...wrapper.querySelectorAll('propel-clinic-hours')] as PropelClinicHours[];
      const bg = (el: Element) => getComputedStyle($(el, '[part=icon]')).backgroundColor;
      expect(badge(open!)).to.equal('Open now · closes 7 PM');
      expect(bg(soon!)).to.not.equal(bg(open!));
      soon!.style.setProperty('--propel-hours-soon-color', 'rgb(1, 2, 3)');
      expect(bg(soon!)).to.equal('rgb(1, 2, 3)');
      await realTimers(() => expect(wrapper).to.be.accessible());
    });

    it('closes-soon="30" and the closesSoon property move the threshold; 0 turns it off', async () => {
      const el = await badgeAt('2026-11-24T02:20:00Z', html`<propel-clinic-hours closes-soon="30"></propel-clinic-hours>`); // 18:20
      expect(badge(el)).to.equal('Open now · closes 7 PM');
      expect(el.closesSoon).to.equal(30);
      expect(el.until?.toISOString(), 'until closing soon begins').to.equal('2026-11-24T02:30:00.000Z');
      clock!.tick(10 * 60 * SECOND); // 18:30
      await el.updateComplete;
      expect(badge(el)).to.equal('Closing soon · closes 7 PM');
      el.closesSoon = 0;
      await el.updateComplete;
      expect(badge(el)).to.equal('Open now · closes 7 PM');
      expect(el.state).to.equal('open');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('a malformed closes-soon warns once and uses 60 minutes', async () => {
      const warn = spyWarn();
      const el = await badgeAt('2026-11-24T02:10:00Z', html`<propel-clinic-hours closes-soon="soon"></propel-clinic-hours>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(badge(el)).to.equal('Closing soon · closes 7 PM');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('closes-soon').and.contain('"soon"');
      const negative = await fixture<PropelClinicHours>(html`<propel-clinic-hours closes-soon="-5"></propel-clinic-hours>`);
      expect(badge(negative)).to.equal('Closing soon · closes 7 PM');
      expect(warn.callCount).to.equal(2);
      expect(warn.secondCall.args[0]).to.contain('closes-soon="-5"');
      await realTimers(() => expect(el).to.be.accessible());
      await realTimers(() => expect(negative).to.be.accessible());
    });
  });

  describe('propel-hours-change', () => {
    /** Every propel-hours-change that reaches the document (so it bubbles out of the element). */
    const events: CustomEvent<PropelHoursChangeDetail>[] = [];
    const listener = (e: Event) => events.push(e as CustomEvent<PropelHoursChangeDetail>);
    beforeEach(() => {
      events.length = 0;
      document.addEventListener('propel-hours-change', listener);
    });
    afterEach(() => document.removeEventListener('propel-hours-change', listener));
    const details = (events: CustomEvent<PropelHoursChangeDetail>[]) => events.map((e) => [e.detail.state, e.detail.until?.toISOString()]);

    it('fires exactly at each boundary (open → closing soon → closed), never on the first render', async () => {
      const el = await badgeAt('2026-11-24T01:59:59Z'); // Mon 17:59:59 PST
      // Typed through HTMLElementEventMap: `e.detail` is a PropelHoursChangeDetail.
      const own: string[] = [];
      el.addEventListener('propel-hours-change', (e) => own.push(e.detail.state));
      el.requestUpdate();
      await el.updateComplete;
      expect(events, 'no event on the first render, nor on a render without a change').to.have.length(0);
      expect([el.state, el.until?.toISOString()]).to.deep.equal(['open', '2026-11-24T02:00:00.000Z']);
      expect(badge(el)).to.equal('Open now · closes 7 PM');

      clock!.tick(SECOND); // 18:00:00
      await el.updateComplete;
      expect(details(events)).to.deep.equal([['closing-soon', '2026-11-24T03:00:00.000Z']]);
      expect(events[0]!.target).to.equal(el);
      expect([events[0]!.bubbles, events[0]!.composed]).to.deep.equal([true, true]);
      expect(badge(el), 'the badge already reads the new state').to.equal('Closing soon · closes 7 PM');

      clock!.tick(HOUR - SECOND); // 18:59:59
      await el.updateComplete;
      expect(events).to.have.length(1);

      clock!.tick(SECOND); // 19:00:00
      await el.updateComplete;
      // Closed until Tuesday 09:00 PST.
      expect(details(events)).to.deep.equal([
        ['closing-soon', '2026-11-24T03:00:00.000Z'],
        ['closed', '2026-11-24T17:00:00.000Z'],
      ]);
      expect([el.state, el.until?.toISOString()]).to.deep.equal(['closed', '2026-11-24T17:00:00.000Z']);
      expect(own).to.deep.equal(['closing-soon', 'closed']);
      expect(badge(el)).to.equal('Closed · opens tomorrow at 9 AM');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('fires from the week variant too, and crosses shadow roots (location card)', async () => {
      freeze('2026-11-24T02:59:59Z'); // Mon 18:59:59 PST
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <propel-clinic-hours variant="week"></propel-clinic-hours>
          <propel-location-card></propel-location-card>
        </div>`,
      );
      await settle(wrapper);
      expect(events).to.have.length(0);
      clock!.tick(SECOND);
      await settle(wrapper);
      // The week, then the card's badge and its week, each from a <propel-clinic-hours>.
      expect(details(events)).to.deep.equal(Array(3).fill(['closed', '2026-11-24T17:00:00.000Z']));
      expect(events.map((e) => (e.target as Element).localName)).to.deep.equal([
        'propel-clinic-hours',
        'propel-location-card',
        'propel-location-card',
      ]);
      await realTimers(() => expect(wrapper).to.be.accessible());
    });
  });

  describe('progressive enhancement', () => {
    it('shows the text inside the tag until the element is defined', async () => {
      // A never-defined copy of the tag stands for the page before the script runs.
      const el = await fixture<HTMLElement>(html`<propel-clinic-hours-fallback>Mon–Fri 9 AM–7 PM</propel-clinic-hours-fallback>`);
      expect(customElements.get('propel-clinic-hours-fallback')).to.equal(undefined);
      expect(seen(el)).to.equal('Mon–Fri 9 AM–7 PM');
      await realTimers(() => expect(el).to.be.accessible());
    });

    it('once upgraded renders the badge instead, keeping the text in the light DOM but not on screen', async () => {
      const el = await badgeAt(MON_0900, html`<propel-clinic-hours>Mon–Fri 9 AM–7 PM</propel-clinic-hours>`);
      expect(el.textContent).to.equal('Mon–Fri 9 AM–7 PM');
      expect(el.shadowRoot!.querySelector('slot'), 'no slot').to.equal(null);
      expect(badge(el)).to.equal('Open now · closes 7 PM');
      const range = document.createRange();
      range.selectNodeContents(el);
      expect(range.getClientRects().length, 'the light text is not rendered').to.equal(0);
      await realTimers(() => expect(el).to.be.accessible());
    });
  });

  describe('structured-data', () => {
    it('puts exactly one JSON-LD script in the page, however many elements ask', async () => {
      freeze(MON_0900);
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <propel-clinic-hours structured-data></propel-clinic-hours>
          <propel-clinic-hours structured-data></propel-clinic-hours>
          <propel-location-card structured-data></propel-location-card>
        </div>`,
      );
      await settle(wrapper);
      const scripts = document.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.textContent);
      expect(data['@type']).to.equal('MedicalClinic');
      expect(data.name).to.equal('Propel Therapeutics');
      expect(data.address.streetAddress).to.equal('1010 Hurley Way, Suite 140');
      expect(data.address.postalCode).to.equal('95825');
      expect(data.areaServed).to.have.length(13);
      expect(data.openingHoursSpecification).to.deep.equal([
        { '@type': 'OpeningHoursSpecification', dayOfWeek: DAYS.slice(0, 5), opens: '09:00', closes: '19:00' },
      ]);
      const card = wrapper.querySelector<PropelLocationCard>('propel-location-card')!;
      expect(badge(card.shadowRoot!.querySelector('propel-clinic-hours')!)).to.equal('Open now · closes 7 PM');
      await realTimers(() => expect(wrapper).to.be.accessible());
    });
  });
});
