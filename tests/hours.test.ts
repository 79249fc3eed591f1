import { expect } from '@open-wc/testing';
import { defaultContent } from '../src/content/default-content.js';
import {
  describeStatus,
  formatClock,
  formatInstant,
  formatRange,
  hourCycleOf,
  hoursProblem,
  nextMidnight,
  statusAt,
  upcomingExceptions,
  weekSchedule,
  type HourCycle,
  type Hours,
  type HoursState,
} from '../src/widgets/clinic-hours/hours.js';

/** The clinic's real hours: Mon–Fri 09:00–19:00, Saturday by appointment, Sunday closed, Los Angeles. */
const clinic = defaultContent.clinic.hours;

/** The same week plus a holiday, special hours and a date range. */
const holidays: Hours = {
  ...clinic,
  exceptions: [
    { from: '2026-12-25', through: '2027-01-01', status: 'closed', note: 'Holiday break' },
    { from: '2026-11-26', status: 'closed', note: 'Thanksgiving' },
    { from: '2026-12-24', status: 'open', opens: '09:00', closes: '13:00', note: 'Christmas Eve' },
    { from: '2026-08-10', through: '2026-08-12', status: 'appointment', opens: '10:00', closes: '16:00', note: 'Summer schedule' },
    { from: '2026-10-09', status: 'open', opens: '09:00', closes: '24:00', note: 'Late opening' },
  ],
};

/** Exceptions whose hours fall in the skipped hour of March 8 and the repeated hour of November 1. */
const dstNights: Hours = {
  ...clinic,
  exceptions: [
    { from: '2026-03-08', status: 'appointment', opens: '02:30', closes: '04:00' },
    { from: '2026-11-01', status: 'open', opens: '01:30', closes: '03:00' },
  ],
};

const closedSpring: Hours = { ...clinic, exceptions: [{ from: '2026-05-01', through: '2026-06-30', status: 'closed' }] };
const allDays: Hours = { ...clinic, weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], status: 'open', opens: '00:00', closes: '24:00' }] };
const kiritimati: Hours = { ...clinic, timeZone: 'Pacific/Kiritimati' };

/** Intl separates "9" and "AM" with U+202F (narrow no-break space); compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

type StatusCase = [label: string, now: string, hours: Hours, state: HoursState, until: string | undefined, nextState: HoursState | undefined, sentence: string];

// Los Angeles is UTC−8 (PST) until 2026-03-08 02:00, UTC−7 (PDT) until 2026-11-01 02:00, then UTC−8 again.
const statusCases: StatusCase[] = [
  // Spring change, Sunday March 8 2026.
  ['Fri before spring change, 18:00 PST', '2026-03-07T02:00:00Z', clinic, 'open', '2026-03-07T03:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  ['Fri before spring change, 19:00 PST', '2026-03-07T03:00:00Z', clinic, 'closed', '2026-03-07T08:00:00.000Z', 'appointment', 'Closed · opens Mon 9 AM'],
  ['Sat March 7, local midnight', '2026-03-07T08:00:00Z', clinic, 'appointment', '2026-03-08T08:00:00.000Z', 'closed', 'Saturday: by appointment'],
  ['Sat March 7, 23:59:59 PST', '2026-03-08T07:59:59Z', clinic, 'appointment', '2026-03-08T08:00:00.000Z', 'closed', 'Saturday: by appointment'],
  ['Sun March 8, 01:59:59 PST (last second before the gap)', '2026-03-08T09:59:59Z', clinic, 'closed', '2026-03-09T16:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  ['Sun March 8, 03:00 PDT (first second after the gap)', '2026-03-08T10:00:00Z', clinic, 'closed', '2026-03-09T16:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  ['Sun night before spring Monday, 23:59:59 PDT', '2026-03-09T06:59:59Z', clinic, 'closed', '2026-03-09T16:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  ['Mon March 9, local midnight PDT', '2026-03-09T07:00:00Z', clinic, 'closed', '2026-03-09T16:00:00.000Z', 'open', 'Closed · opens today at 9 AM'],
  ['Mon March 9, 08:59 PDT', '2026-03-09T15:59:00Z', clinic, 'closed', '2026-03-09T16:00:00.000Z', 'open', 'Closed · opens today at 9 AM'],
  ['Mon March 9, 08:59:59 PDT', '2026-03-09T15:59:59Z', clinic, 'closed', '2026-03-09T16:00:00.000Z', 'open', 'Closed · opens today at 9 AM'],
  ['Mon March 9, 09:00 PDT', '2026-03-09T16:00:00Z', clinic, 'open', '2026-03-10T02:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  ['Mon March 9, 18:59:59 PDT', '2026-03-10T01:59:59Z', clinic, 'open', '2026-03-10T02:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  ['Mon March 9, 19:00 PDT', '2026-03-10T02:00:00Z', clinic, 'closed', '2026-03-10T16:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  // Fall change, Sunday November 1 2026.
  ['Fri before fall change, 19:00 PDT', '2026-10-31T02:00:00Z', clinic, 'closed', '2026-10-31T07:00:00.000Z', 'appointment', 'Closed · opens Mon 9 AM'],
  ['Sat October 31, noon PDT', '2026-10-31T19:00:00Z', clinic, 'appointment', '2026-11-01T07:00:00.000Z', 'closed', 'Saturday: by appointment'],
  ['Sun November 1, 01:30 PDT (first of the repeated hour)', '2026-11-01T08:30:00Z', clinic, 'closed', '2026-11-02T17:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  ['Sun November 1, 01:30 PST (second of the repeated hour)', '2026-11-01T09:30:00Z', clinic, 'closed', '2026-11-02T17:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  ['Sun night before fall Monday, 23:59 PST', '2026-11-02T07:59:00Z', clinic, 'closed', '2026-11-02T17:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  ['Mon November 2, local midnight PST', '2026-11-02T08:00:00Z', clinic, 'closed', '2026-11-02T17:00:00.000Z', 'open', 'Closed · opens today at 9 AM'],
  ['Mon November 2, 08:59 PST', '2026-11-02T16:59:00Z', clinic, 'closed', '2026-11-02T17:00:00.000Z', 'open', 'Closed · opens today at 9 AM'],
  ['Mon November 2, 09:00 PST', '2026-11-02T17:00:00Z', clinic, 'open', '2026-11-03T03:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  ['Mon November 2, 18:59:59 PST', '2026-11-03T02:59:59Z', clinic, 'open', '2026-11-03T03:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  ['Mon November 2, 19:00 PST', '2026-11-03T03:00:00Z', clinic, 'closed', '2026-11-03T17:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  // Hours that start or end inside the skipped and the repeated hour.
  ['spring: 02:30 does not exist, so it starts at 03:30 PDT', '2026-03-08T09:59:00Z', dstNights, 'closed', '2026-03-08T10:30:00.000Z', 'appointment', 'Closed · opens tomorrow at 9 AM'],
  ['spring: 03:15 PDT is still before it', '2026-03-08T10:15:00Z', dstNights, 'closed', '2026-03-08T10:30:00.000Z', 'appointment', 'Closed · opens tomorrow at 9 AM'],
  ['spring: 03:45 PDT is inside it', '2026-03-08T10:45:00Z', dstNights, 'appointment', '2026-03-08T11:00:00.000Z', 'closed', 'Sunday: by appointment'],
  ['fall: opens at the first 01:30 (PDT)', '2026-11-01T07:00:00Z', dstNights, 'closed', '2026-11-01T08:30:00.000Z', 'open', 'Closed · opens today at 1:30 AM'],
  ['fall: still open at the second 01:15 (PST)', '2026-11-01T09:15:00Z', dstNights, 'open', '2026-11-01T11:00:00.000Z', 'closed', 'Open now · closes 3 AM'],
  // An ordinary summer week.
  ['Tue 23:59:59 PDT', '2026-06-17T06:59:59Z', clinic, 'closed', '2026-06-17T16:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  ['Wed local midnight', '2026-06-17T07:00:00Z', clinic, 'closed', '2026-06-17T16:00:00.000Z', 'open', 'Closed · opens today at 9 AM'],
  ['Wed noon', '2026-06-17T19:00:00Z', clinic, 'open', '2026-06-18T02:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  ['Fri 23:59 PDT', '2026-06-20T06:59:00Z', clinic, 'closed', '2026-06-20T07:00:00.000Z', 'appointment', 'Closed · opens Mon 9 AM'],
  ['Sat 08:00 PDT', '2026-06-20T15:00:00Z', clinic, 'appointment', '2026-06-21T07:00:00.000Z', 'closed', 'Saturday: by appointment'],
  ['Sun noon', '2026-06-21T19:00:00Z', clinic, 'closed', '2026-06-22T16:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  // Exceptions.
  ['night before Thanksgiving (closed Thursday)', '2026-11-26T04:00:00Z', holidays, 'closed', '2026-11-27T17:00:00.000Z', 'open', 'Closed · opens Fri 9 AM'],
  ['Thanksgiving morning', '2026-11-26T18:00:00Z', holidays, 'closed', '2026-11-27T17:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  ['Christmas Eve 08:59 (special hours)', '2026-12-24T16:59:00Z', holidays, 'closed', '2026-12-24T17:00:00.000Z', 'open', 'Closed · opens today at 9 AM'],
  ['Christmas Eve 12:59 (closes at 13:00)', '2026-12-24T20:59:00Z', holidays, 'open', '2026-12-24T21:00:00.000Z', 'closed', 'Open now · closes 1 PM'],
  ['Christmas Eve 13:00, then the holiday break', '2026-12-24T21:00:00Z', holidays, 'closed', '2027-01-02T08:00:00.000Z', 'appointment', 'Closed · opens Jan 4, 9 AM'],
  ['inside the holiday break (date range)', '2026-12-30T20:00:00Z', holidays, 'closed', '2027-01-02T08:00:00.000Z', 'appointment', 'Closed · opens Mon 9 AM'],
  ['appointment hours with times, inside', '2026-08-10T19:00:00Z', holidays, 'appointment', '2026-08-10T23:00:00.000Z', 'closed', 'Monday: by appointment'],
  ['appointment hours with times, before', '2026-08-10T16:30:00Z', holidays, 'closed', '2026-08-10T17:00:00.000Z', 'appointment', 'Closed · opens Thu 9 AM'],
  ['open until 24:00 (midnight)', '2026-10-10T03:00:00Z', holidays, 'open', '2026-10-10T07:00:00.000Z', 'appointment', 'Open now · closes 12 AM'],
  // Instants on another calendar date in Tokyo, Kiritimati (UTC+14) or Pago Pago (UTC−11) than in Los Angeles.
  ['Fri 16:30 LA = Sat 08:30 Tokyo = Sat 13:30 Kiritimati', '2026-06-19T23:30:00Z', clinic, 'open', '2026-06-20T02:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  ['Sat 03:00 LA = Sun 00:00 Kiritimati = Fri 23:00 Pago Pago', '2026-06-20T10:00:00Z', clinic, 'appointment', '2026-06-21T07:00:00.000Z', 'closed', 'Saturday: by appointment'],
  ['Sun 23:30 LA = Mon 15:30 Tokyo', '2026-06-22T06:30:00Z', clinic, 'closed', '2026-06-22T16:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  ['Jan 1 00:00 LA = Dec 31 21:00 Pago Pago', '2027-01-01T08:00:00Z', holidays, 'closed', '2027-01-02T08:00:00.000Z', 'appointment', 'Closed · opens Mon 9 AM'],
  ['Dec 31 15:00 LA = Jan 1 13:00 Kiritimati', '2026-12-31T23:00:00Z', holidays, 'closed', '2027-01-02T08:00:00.000Z', 'appointment', 'Closed · opens Mon 9 AM'],
  ['a clinic in Kiritimati: Fri 20:00 there, Thu 23:00 in LA', '2026-06-19T06:00:00Z', kiritimati, 'closed', '2026-06-19T10:00:00.000Z', 'appointment', 'Closed · opens Mon 9 AM'],
  ['a clinic in Kiritimati: Sat 10:00 there, Fri 13:00 in LA', '2026-06-19T20:00:00Z', kiritimati, 'appointment', '2026-06-20T10:00:00.000Z', 'closed', 'Saturday: by appointment'],
  // Nothing changes within 14 days.
  ['closed for two months', '2026-05-10T19:00:00Z', closedSpring, 'closed', undefined, undefined, 'Closed'],
  ['open around the clock', '2026-05-10T19:00:00Z', allDays, 'open', undefined, undefined, 'Open now'],
];

describe('statusAt and describeStatus', () => {
  for (const [label, now, hours, state, until, nextState, sentence] of statusCases) {
    it(`${label}: ${sentence}`, () => {
      const status = statusAt(hours, new Date(now));
      expect(status.state, 'state').to.equal(state);
      expect(status.until?.toISOString(), 'until').to.equal(until);
      // The state that begins at `until`.
      expect(status.until && statusAt(hours, status.until).state, 'next state').to.equal(nextState);
      expect(plain(describeStatus(hours, status, new Date(now), 'en-US'))).to.equal(sentence);
    });
  }
});

describe('statusAt details', () => {
  it('computes a clinic in Kiritimati in its own zone', () => {
    const status = statusAt(kiritimati, new Date('2026-06-19T20:00:00Z'));
    expect(status.until?.toISOString()).to.equal('2026-06-20T10:00:00.000Z');
    expect(status.nextOpen?.toISOString()).to.equal('2026-06-21T19:00:00.000Z');
  });

  const cases: Array<[string, string, Hours, string | undefined]> = [
    ['open: the next opening is tomorrow', '2026-06-17T19:00:00Z', clinic, '2026-06-18T16:00:00.000Z'],
    ['Friday evening: Monday, past the appointment Saturday', '2026-06-20T03:00:00Z', clinic, '2026-06-22T16:00:00.000Z'],
    ['Saturday', '2026-06-20T15:00:00Z', clinic, '2026-06-22T16:00:00.000Z'],
    ['a holiday', '2026-11-26T18:00:00Z', holidays, '2026-11-27T17:00:00.000Z'],
    ['a date range', '2026-12-30T20:00:00Z', holidays, '2027-01-04T17:00:00.000Z'],
    ['no opening within 14 days', '2026-05-10T19:00:00Z', closedSpring, undefined],
  ];
  for (const [label, now, hours, nextOpen] of cases) {
    it(`${label}: next opening ${nextOpen}`, () => expect(statusAt(hours, new Date(now)).nextOpen?.toISOString()).to.equal(nextOpen));
  }
});

describe('describeStatus in other locales and hour cycles', () => {
  const cases: Array<[string, string, HourCycle | undefined, string]> = [
    ['2026-03-09T16:00:00Z', 'en-US', 'h23', 'Open now · closes 19:00'],
    ['2026-03-09T16:00:00Z', 'en-GB', undefined, 'Open now · closes 19:00'],
    ['2026-03-09T16:00:00Z', 'en-GB', 'h12', 'Open now · closes 7 pm'],
    ['2026-03-09T15:59:00Z', 'de', undefined, 'Closed · opens today at 09:00'],
    ['2026-06-20T06:59:00Z', 'en-GB', undefined, 'Closed · opens Mon 09:00'],
    ['2026-12-24T21:00:00Z', 'en-GB', undefined, 'Closed · opens 4 Jan, 09:00'],
    ['2026-06-20T15:00:00Z', 'de', undefined, 'Samstag: by appointment'],
  ];
  for (const [now, locale, hourCycle, sentence] of cases) {
    it(`${now} in ${locale} ${hourCycle ?? '(locale default)'}: ${sentence}`, () => {
      const status = statusAt(holidays, new Date(now));
      expect(plain(describeStatus(holidays, status, new Date(now), locale, hourCycle))).to.equal(sentence);
    });
  }
});

describe('weekSchedule', () => {
  it('lists Monday to Sunday of the clinic week, with today flagged', () => {
    // Wed June 17 2026, 20:00 in Los Angeles: already Thursday in Tokyo.
    const week = weekSchedule(clinic, new Date('2026-06-18T03:00:00Z'));
    expect(week.map((d) => d.day)).to.deep.equal(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(week.map((d) => d.date)).to.deep.equal(['2026-06-15', '2026-06-16', '2026-06-17', '2026-06-18', '2026-06-19', '2026-06-20', '2026-06-21']);
    expect(week.map((d) => d.state)).to.deep.equal(['open', 'open', 'open', 'open', 'open', 'appointment', 'closed']);
    expect(week.filter((d) => d.today).map((d) => d.date)).to.deep.equal(['2026-06-17']);
    expect(week[0]).to.include({ opens: '09:00', closes: '19:00' });
    expect(week[5]!.note).to.equal('Some Saturdays by appointment only');
    expect(week[5]!.opens).to.equal(undefined);
    expect(week[6]!.opens).to.equal(undefined);
  });

  it('applies exceptions', () => {
    const week = weekSchedule(holidays, new Date('2026-12-24T20:00:00Z'));
    expect(week.map((d) => d.date)).to.deep.equal(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27']);
    expect(week.map((d) => d.state)).to.deep.equal(['open', 'open', 'open', 'open', 'closed', 'closed', 'closed']);
    expect(week.map((d) => d.note)).to.deep.equal([undefined, undefined, undefined, 'Christmas Eve', 'Holiday break', 'Holiday break', 'Holiday break']);
    expect(week[3]).to.include({ opens: '09:00', closes: '13:00', note: 'Christmas Eve', today: true });
    expect(week[4]).to.include({ note: 'Holiday break', today: false });
    expect(weekSchedule(holidays, new Date('2026-11-26T18:00:00Z'))[3]).to.include({ date: '2026-11-26', state: 'closed', note: 'Thanksgiving' });
    expect(weekSchedule(holidays, new Date('2026-08-11T18:00:00Z'))[0]).to.include({ state: 'appointment', opens: '10:00', closes: '16:00' });
  });

  it('uses the clinic-local week around midnight on Sunday and across the date line', () => {
    // Sun March 8 23:59 PDT is Monday in UTC: still the week of March 2.
    expect(weekSchedule(clinic, new Date('2026-03-09T06:59:00Z'))[6]).to.include({ date: '2026-03-08', today: true });
    // One minute later it is Monday March 9 in Los Angeles.
    expect(weekSchedule(clinic, new Date('2026-03-09T07:00:00Z'))[0]).to.include({ date: '2026-03-09', today: true });
    // Kiritimati is already on Sunday while Los Angeles is on Saturday.
    expect(weekSchedule(kiritimati, new Date('2026-06-20T10:00:00Z'))[0]).to.include({ date: '2026-06-15', today: false });
    expect(weekSchedule(kiritimati, new Date('2026-06-20T10:00:00Z'))[6]).to.include({ date: '2026-06-21', today: true });
  });
});

describe('upcomingExceptions', () => {
  const cases: Array<[string, string, number | undefined, string[]]> = [
    ['Nov 1: Thanksgiving and Christmas within 60 days', '2026-11-01T19:00:00Z', undefined, ['2026-11-26', '2026-12-24', '2026-12-25']],
    ['Nov 1, 30 days', '2026-11-01T19:00:00Z', 30, ['2026-11-26']],
    ['Thanksgiving evening: still today', '2026-11-27T07:59:00Z', 7, ['2026-11-26']],
    ['Thanksgiving over in LA (already Nov 27 there)', '2026-11-27T08:00:00Z', 60, ['2026-12-24', '2026-12-25']],
    ['during the break: its range has not ended', '2026-12-30T20:00:00Z', 60, ['2026-12-25']],
    ['after the break', '2027-01-02T08:00:00Z', 60, []],
    ['July: summer schedule and late opening', '2026-07-15T19:00:00Z', 90, ['2026-08-10', '2026-10-09']],
  ];
  for (const [label, now, days, froms] of cases) {
    it(label, () => expect(upcomingExceptions(holidays, new Date(now), days).map((e) => e.from)).to.deep.equal(froms));
  }
  it('is empty for the default content', () => expect(upcomingExceptions(clinic, new Date('2026-11-01T19:00:00Z'))).to.deep.equal([]));
});

describe('clinic dates and days (weekSchedule today)', () => {
  const today = (now: string, timeZone: string) => weekSchedule({ ...clinic, timeZone }, new Date(now)).find((d) => d.today)!;
  const dates: Array<[string, string, string, string]> = [
    ['2026-06-20T06:59:00Z', 'America/Los_Angeles', '2026-06-19', 'fri'],
    ['2026-06-20T07:00:00Z', 'America/Los_Angeles', '2026-06-20', 'sat'],
    ['2026-06-19T15:00:00Z', 'Asia/Tokyo', '2026-06-20', 'sat'],
    ['2026-06-19T10:00:00Z', 'Pacific/Kiritimati', '2026-06-20', 'sat'],
    ['2026-06-20T10:00:00Z', 'Pacific/Pago_Pago', '2026-06-19', 'fri'],
    ['2026-12-31T23:00:00Z', 'Pacific/Kiritimati', '2027-01-01', 'fri'],
    ['2026-03-08T20:00:00Z', 'America/Los_Angeles', '2026-03-08', 'sun'],
    ['2026-03-09T20:00:00Z', 'America/Los_Angeles', '2026-03-09', 'mon'],
    ['2026-11-26T20:00:00Z', 'America/Los_Angeles', '2026-11-26', 'thu'],
    ['2026-12-26T20:00:00Z', 'America/Los_Angeles', '2026-12-26', 'sat'],
    ['2024-02-29T20:00:00Z', 'America/Los_Angeles', '2024-02-29', 'thu'],
  ];
  for (const [now, zone, date, day] of dates) {
    it(`${now} is ${day} ${date} in ${zone}`, () => expect(today(now, zone)).to.include({ date, day }));
  }
});

describe('nextMidnight', () => {
  const cases: Array<[string, string, string]> = [
    ['2026-06-17T19:00:00Z', 'America/Los_Angeles', '2026-06-18T07:00:00.000Z'],
    // The night before the spring change: the next midnight is still PST; the day after, PDT.
    ['2026-03-08T07:59:59Z', 'America/Los_Angeles', '2026-03-08T08:00:00.000Z'],
    ['2026-03-08T08:00:00Z', 'America/Los_Angeles', '2026-03-09T07:00:00.000Z'],
    // The fall change: midnight of Nov 2 is PST.
    ['2026-11-01T08:30:00Z', 'America/Los_Angeles', '2026-11-02T08:00:00.000Z'],
    ['2026-06-19T15:00:00Z', 'Asia/Tokyo', '2026-06-20T15:00:00.000Z'],
    ['2026-06-19T10:00:00Z', 'Pacific/Kiritimati', '2026-06-20T10:00:00.000Z'],
  ];
  for (const [now, zone, next] of cases) {
    it(`after ${now} in ${zone}: ${next}`, () => expect(nextMidnight(new Date(now), zone).toISOString()).to.equal(next));
  }
});

describe('formatClock and formatInstant', () => {
  const clocks: Array<[string, string, HourCycle | undefined, string]> = [
    ['09:00', 'en-US', undefined, '9 AM'],
    ['19:00', 'en-US', undefined, '7 PM'],
    ['19:30', 'en-US', undefined, '7:30 PM'],
    ['09:00', 'en-US', 'h23', '09:00'],
    ['19:00', 'en-US', 'h23', '19:00'],
    ['24:00', 'en-US', undefined, '12 AM'],
    ['24:00', 'en-US', 'h23', '00:00'],
    ['00:00', 'en-US', undefined, '12 AM'],
    ['12:00', 'en-US', 'h12', '12 PM'],
    ['09:00', 'en-GB', undefined, '09:00'],
    ['19:00', 'en-GB', 'h12', '7 pm'],
    ['09:00', 'de', undefined, '09:00'],
    ['19:30', 'de', 'h23', '19:30'],
    ['24:00', 'de', undefined, '00:00'],
  ];
  for (const [hhmm, locale, hourCycle, expected] of clocks) {
    it(`${hhmm} in ${locale} ${hourCycle ?? '(default)'} → ${expected}`, () => expect(plain(formatClock(hhmm, locale, hourCycle))).to.equal(expected));
  }

  const instants: Array<[string, string, string, HourCycle | undefined, boolean, string]> = [
    ['2026-03-09T16:00:00Z', 'America/Los_Angeles', 'en-US', undefined, false, '9 AM'],
    ['2026-03-09T16:00:00Z', 'America/Los_Angeles', 'en-US', undefined, true, 'Mon 9 AM'],
    ['2026-03-09T16:00:00Z', 'America/Los_Angeles', 'en-US', 'h23', true, 'Mon 09:00'],
    ['2026-03-09T16:00:00Z', 'Asia/Tokyo', 'en-US', undefined, true, 'Tue 1 AM'],
    ['2026-11-03T03:00:00Z', 'America/Los_Angeles', 'en-GB', undefined, false, '19:00'],
    ['2026-11-03T03:30:00Z', 'America/Los_Angeles', 'en-US', undefined, false, '7:30 PM'],
    ['2026-11-03T03:00:00Z', 'America/Los_Angeles', 'de', undefined, true, 'Mo., 19:00'],
  ];
  for (const [iso, zone, locale, hourCycle, weekday, expected] of instants) {
    it(`${iso} in ${zone}, ${locale} ${hourCycle ?? ''} ${weekday ? 'with weekday' : ''} → ${expected}`, () =>
      expect(plain(formatInstant(new Date(iso), zone, locale, hourCycle, weekday))).to.equal(expected));
  }
});

describe('hoursProblem', () => {
  it('accepts the default content and the test fixtures', () => {
    for (const hours of [clinic, holidays, dstNights, closedSpring, allDays, kiritimati]) expect(hoursProblem(hours)).to.equal(undefined);
  });

  const week = clinic.weekly;
  const cases: Array<[string, Hours]> = [
    ['an invalid time zone', { ...clinic, timeZone: 'Mars/Olympus_Mons' }],
    ['an empty time zone', { ...clinic, timeZone: '' }],
    ['an open rule without opens', { ...clinic, weekly: [{ days: ['mon'], status: 'open', closes: '19:00' }] }],
    ['an open rule without closes', { ...clinic, weekly: [{ days: ['mon'], status: 'open', opens: '09:00' }] }],
    ['an open rule without times', { ...clinic, weekly: [{ days: ['mon'], status: 'open' }] }],
    ['opens after closes', { ...clinic, weekly: [{ days: ['mon'], status: 'open', opens: '19:00', closes: '09:00' }] }],
    ['opens equal to closes', { ...clinic, weekly: [{ days: ['mon'], status: 'open', opens: '09:00', closes: '09:00' }] }],
    ['an appointment rule with only one time', { ...clinic, weekly: [{ days: ['sat'], status: 'appointment', opens: '10:00' }] }],
    ['a day listed twice', { ...clinic, weekly: [...week, { days: ['fri'], status: 'appointment' }] }],
    ['a day listed twice in one rule', { ...clinic, weekly: [{ days: ['mon', 'mon'], status: 'appointment' }] }],
    ['an open exception without times', { ...clinic, exceptions: [{ from: '2026-12-24', status: 'open' }] }],
    ['an exception with opens after closes', { ...clinic, exceptions: [{ from: '2026-12-24', status: 'open', opens: '13:00', closes: '09:00' }] }],
    ['through before from', { ...clinic, exceptions: [{ from: '2026-12-31', through: '2026-12-25', status: 'closed' }] }],
  ];
  for (const [label, hours] of cases) {
    it(`reports ${label}`, () => {
      const problem = hoursProblem(hours);
      expect(problem).to.be.a('string').and.not.equal('');
      expect(problem).not.to.contain('\n');
    });
  }
  it('names what is wrong', () => {
    expect(hoursProblem({ ...clinic, timeZone: 'Mars/Olympus_Mons' })).to.contain('Mars/Olympus_Mons');
    expect(hoursProblem(cases[8]![1])).to.contain('fri');
    expect(hoursProblem(cases[9]![1])).to.contain('mon');
    expect(hoursProblem(cases[12]![1])).to.contain('2026-12-31');
  });

  const zones: Array<[string, boolean]> = [
    ['America/Los_Angeles', true],
    ['Asia/Tokyo', true],
    ['Pacific/Kiritimati', true],
    ['UTC', true],
    ['Europe/Berlin', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['Los Angeles', false],
  ];
  for (const [zone, valid] of zones) {
    it(`time zone ${JSON.stringify(zone)} is ${valid ? 'valid' : 'a problem'}`, () =>
      expect(hoursProblem({ ...clinic, timeZone: zone })).to.equal(valid ? undefined : `time zone "${zone}"`));
  }
});

describe('hourCycleOf and formatRange', () => {
  const cycles: Array<[string | undefined, HourCycle | undefined]> = [
    ['h12', 'h12'],
    ['h23', 'h23'],
    ['h24', undefined],
    ['H12', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cycles) {
    it(`hour-cycle ${JSON.stringify(input)} → ${expected}`, () => expect(hourCycleOf(input)).to.equal(expected));
  }
  const ranges: Array<[{ status: string; opens?: string; closes?: string }, string, HourCycle | undefined, string]> = [
    [{ status: 'open', opens: '09:00', closes: '19:00' }, 'en-US', undefined, '9 AM – 7 PM'],
    [{ status: 'open', opens: '09:00', closes: '19:00' }, 'en-US', 'h23', '09:00 – 19:00'],
    [{ status: 'open', opens: '09:30', closes: '13:00' }, 'en-US', 'h12', '9:30 AM – 1 PM'],
    [{ status: 'appointment', opens: '10:00', closes: '16:00' }, 'en-US', undefined, '10 AM – 4 PM'],
    [{ status: 'appointment' }, 'en-US', undefined, 'By appointment'],
    [{ status: 'closed', opens: '09:00', closes: '19:00' }, 'en-US', undefined, 'Closed'],
  ];
  for (const [rule, locale, cycle, expected] of ranges) {
    it(`${JSON.stringify(rule)} ${cycle ?? ''} → ${expected}`, () =>
      expect(formatRange(rule, locale, cycle).replace(/[\s\u202f]+/g, ' ')).to.equal(expected));
  }
});
