import { expect } from '@open-wc/testing';
import { checkHours } from '../../src/content/hours-check.js';
import type { ContentIssue } from '../../src/content/issues.js';
import { wall } from '../../src/core/zone.js';
import { defaultContent } from '../../src/content/default-content.js';
import {
  dayName,
  describeStatus,
  describeWeek,
  formatClock,
  formatInstant,
  formatRange,
  formatRanges,
  hourCycleOf,
  namedTime,
  nextMidnight,
  occurrence,
  statusAt,
  upcomingExceptions,
  weekSchedule,
  zoneName,
  type BadgeState,
  type HourCycle,
  type Hours,
  type HoursState,
} from '../../src/widgets/clinic-hours/hours.js';
import { intlHour } from '../helpers.js';

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
const allDays: Hours = {
  ...clinic,
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], status: 'open', opens: '00:00', closes: '24:00' }],
};
const kiritimati: Hours = { ...clinic, timeZone: 'Pacific/Kiritimati' };

/** Intl separates "9" and "AM" with U+202F (narrow no-break space); compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

type StatusCase = [
  label: string,
  now: string,
  hours: Hours,
  state: HoursState,
  until: string | undefined,
  nextState: HoursState | undefined,
  sentence: string,
];

// Los Angeles is UTC−8 (PST) until 2026-03-08 02:00, UTC−7 (PDT) until 2026-11-01 02:00, then UTC−8 again.
const statusCases: StatusCase[] = [
  // Spring change, Sunday March 8 2026.
  [
    'Fri before spring change, 18:00 PST',
    '2026-03-07T02:00:00Z',
    clinic,
    'open',
    '2026-03-07T03:00:00.000Z',
    'closed',
    'Open now · closes 7 PM',
  ],
  [
    'Fri before spring change, 19:00 PST',
    '2026-03-07T03:00:00Z',
    clinic,
    'closed',
    '2026-03-07T08:00:00.000Z',
    'appointment',
    'Closed · opens Mon 9 AM',
  ],
  [
    'Sat March 7, local midnight',
    '2026-03-07T08:00:00Z',
    clinic,
    'appointment',
    '2026-03-08T08:00:00.000Z',
    'closed',
    'Saturday: by appointment',
  ],
  [
    'Sat March 7, 23:59:59 PST',
    '2026-03-08T07:59:59Z',
    clinic,
    'appointment',
    '2026-03-08T08:00:00.000Z',
    'closed',
    'Saturday: by appointment',
  ],
  [
    'Sun March 8, 01:59:59 PST (last second before the gap)',
    '2026-03-08T09:59:59Z',
    clinic,
    'closed',
    '2026-03-09T16:00:00.000Z',
    'open',
    'Closed · opens tomorrow at 9 AM',
  ],
  [
    'Sun March 8, 03:00 PDT (first second after the gap)',
    '2026-03-08T10:00:00Z',
    clinic,
    'closed',
    '2026-03-09T16:00:00.000Z',
    'open',
    'Closed · opens tomorrow at 9 AM',
  ],
  [
    'Sun night before spring Monday, 23:59:59 PDT',
    '2026-03-09T06:59:59Z',
    clinic,
    'closed',
    '2026-03-09T16:00:00.000Z',
    'open',
    'Closed · opens tomorrow at 9 AM',
  ],
  [
    'Mon March 9, local midnight PDT',
    '2026-03-09T07:00:00Z',
    clinic,
    'closed',
    '2026-03-09T16:00:00.000Z',
    'open',
    'Closed · opens today at 9 AM',
  ],
  ['Mon March 9, 08:59 PDT', '2026-03-09T15:59:00Z', clinic, 'closed', '2026-03-09T16:00:00.000Z', 'open', 'Closed · opens today at 9 AM'],
  [
    'Mon March 9, 08:59:59 PDT',
    '2026-03-09T15:59:59Z',
    clinic,
    'closed',
    '2026-03-09T16:00:00.000Z',
    'open',
    'Closed · opens today at 9 AM',
  ],
  ['Mon March 9, 09:00 PDT', '2026-03-09T16:00:00Z', clinic, 'open', '2026-03-10T02:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  ['Mon March 9, 18:59:59 PDT', '2026-03-10T01:59:59Z', clinic, 'open', '2026-03-10T02:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  [
    'Mon March 9, 19:00 PDT',
    '2026-03-10T02:00:00Z',
    clinic,
    'closed',
    '2026-03-10T16:00:00.000Z',
    'open',
    'Closed · opens tomorrow at 9 AM',
  ],
  // Fall change, Sunday November 1 2026.
  [
    'Fri before fall change, 19:00 PDT',
    '2026-10-31T02:00:00Z',
    clinic,
    'closed',
    '2026-10-31T07:00:00.000Z',
    'appointment',
    'Closed · opens Mon 9 AM',
  ],
  [
    'Sat October 31, noon PDT',
    '2026-10-31T19:00:00Z',
    clinic,
    'appointment',
    '2026-11-01T07:00:00.000Z',
    'closed',
    'Saturday: by appointment',
  ],
  [
    'Sun November 1, 01:30 PDT (first of the repeated hour)',
    '2026-11-01T08:30:00Z',
    clinic,
    'closed',
    '2026-11-02T17:00:00.000Z',
    'open',
    'Closed · opens tomorrow at 9 AM',
  ],
  [
    'Sun November 1, 01:30 PST (second of the repeated hour)',
    '2026-11-01T09:30:00Z',
    clinic,
    'closed',
    '2026-11-02T17:00:00.000Z',
    'open',
    'Closed · opens tomorrow at 9 AM',
  ],
  [
    'Sun night before fall Monday, 23:59 PST',
    '2026-11-02T07:59:00Z',
    clinic,
    'closed',
    '2026-11-02T17:00:00.000Z',
    'open',
    'Closed · opens tomorrow at 9 AM',
  ],
  [
    'Mon November 2, local midnight PST',
    '2026-11-02T08:00:00Z',
    clinic,
    'closed',
    '2026-11-02T17:00:00.000Z',
    'open',
    'Closed · opens today at 9 AM',
  ],
  [
    'Mon November 2, 08:59 PST',
    '2026-11-02T16:59:00Z',
    clinic,
    'closed',
    '2026-11-02T17:00:00.000Z',
    'open',
    'Closed · opens today at 9 AM',
  ],
  ['Mon November 2, 09:00 PST', '2026-11-02T17:00:00Z', clinic, 'open', '2026-11-03T03:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  ['Mon November 2, 18:59:59 PST', '2026-11-03T02:59:59Z', clinic, 'open', '2026-11-03T03:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  [
    'Mon November 2, 19:00 PST',
    '2026-11-03T03:00:00Z',
    clinic,
    'closed',
    '2026-11-03T17:00:00.000Z',
    'open',
    'Closed · opens tomorrow at 9 AM',
  ],
  // Hours that start or end inside the skipped and the repeated hour.
  [
    'spring: 02:30 does not exist, so it starts at 03:30 PDT',
    '2026-03-08T09:59:00Z',
    dstNights,
    'closed',
    '2026-03-08T10:30:00.000Z',
    'appointment',
    'Closed · opens tomorrow at 9 AM',
  ],
  [
    'spring: 03:15 PDT is still before it',
    '2026-03-08T10:15:00Z',
    dstNights,
    'closed',
    '2026-03-08T10:30:00.000Z',
    'appointment',
    'Closed · opens tomorrow at 9 AM',
  ],
  [
    'spring: 03:45 PDT is inside it',
    '2026-03-08T10:45:00Z',
    dstNights,
    'appointment',
    '2026-03-08T11:00:00.000Z',
    'closed',
    'Sunday: by appointment',
  ],
  [
    'fall: opens at the first 01:30 (PDT)',
    '2026-11-01T07:00:00Z',
    dstNights,
    'closed',
    '2026-11-01T08:30:00.000Z',
    'open',
    'Closed · opens today at 1:30 AM',
  ],
  [
    'fall: still open at the second 01:15 (PST)',
    '2026-11-01T09:15:00Z',
    dstNights,
    'open',
    '2026-11-01T11:00:00.000Z',
    'closed',
    'Open now · closes 3 AM',
  ],
  // An ordinary summer week.
  ['Tue 23:59:59 PDT', '2026-06-17T06:59:59Z', clinic, 'closed', '2026-06-17T16:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  ['Wed local midnight', '2026-06-17T07:00:00Z', clinic, 'closed', '2026-06-17T16:00:00.000Z', 'open', 'Closed · opens today at 9 AM'],
  ['Wed noon', '2026-06-17T19:00:00Z', clinic, 'open', '2026-06-18T02:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
  ['Fri 23:59 PDT', '2026-06-20T06:59:00Z', clinic, 'closed', '2026-06-20T07:00:00.000Z', 'appointment', 'Closed · opens Mon 9 AM'],
  ['Sat 08:00 PDT', '2026-06-20T15:00:00Z', clinic, 'appointment', '2026-06-21T07:00:00.000Z', 'closed', 'Saturday: by appointment'],
  ['Sun noon', '2026-06-21T19:00:00Z', clinic, 'closed', '2026-06-22T16:00:00.000Z', 'open', 'Closed · opens tomorrow at 9 AM'],
  // Exceptions.
  [
    'night before Thanksgiving (closed Thursday)',
    '2026-11-26T04:00:00Z',
    holidays,
    'closed',
    '2026-11-27T17:00:00.000Z',
    'open',
    'Closed · opens Fri 9 AM',
  ],
  [
    'Thanksgiving morning',
    '2026-11-26T18:00:00Z',
    holidays,
    'closed',
    '2026-11-27T17:00:00.000Z',
    'open',
    'Closed today · Thanksgiving · opens Fri 9 AM',
  ],
  [
    'Christmas Eve 08:59 (special hours)',
    '2026-12-24T16:59:00Z',
    holidays,
    'closed',
    '2026-12-24T17:00:00.000Z',
    'open',
    'Closed · Christmas Eve · opens today at 9 AM',
  ],
  [
    'Christmas Eve 12:59 (closes at 13:00)',
    '2026-12-24T20:59:00Z',
    holidays,
    'open',
    '2026-12-24T21:00:00.000Z',
    'closed',
    'Open now · Christmas Eve · closes 1 PM',
  ],
  [
    'Christmas Eve 13:00, then the holiday break',
    '2026-12-24T21:00:00Z',
    holidays,
    'closed',
    '2027-01-02T08:00:00.000Z',
    'appointment',
    'Closed · Christmas Eve · opens Jan 4, 9 AM',
  ],
  [
    'inside the holiday break (date range)',
    '2026-12-30T20:00:00Z',
    holidays,
    'closed',
    '2027-01-02T08:00:00.000Z',
    'appointment',
    'Closed today · Holiday break · opens Mon 9 AM',
  ],
  [
    'appointment hours with times, inside',
    '2026-08-10T19:00:00Z',
    holidays,
    'appointment',
    '2026-08-10T23:00:00.000Z',
    'closed',
    'Monday: by appointment · Summer schedule',
  ],
  [
    'appointment hours with times, before',
    '2026-08-10T16:30:00Z',
    holidays,
    'closed',
    '2026-08-10T17:00:00.000Z',
    'appointment',
    'Closed · Summer schedule · opens Thu 9 AM',
  ],
  [
    'open until 24:00 (midnight)',
    '2026-10-10T03:00:00Z',
    holidays,
    'open',
    '2026-10-10T07:00:00.000Z',
    'appointment',
    'Open now · Late opening · closes 12 AM',
  ],
  // Instants on another calendar date in Tokyo, Kiritimati (UTC+14) or Pago Pago (UTC−11) than in Los Angeles.
  [
    'Fri 16:30 LA = Sat 08:30 Tokyo = Sat 13:30 Kiritimati',
    '2026-06-19T23:30:00Z',
    clinic,
    'open',
    '2026-06-20T02:00:00.000Z',
    'closed',
    'Open now · closes 7 PM',
  ],
  [
    'Sat 03:00 LA = Sun 00:00 Kiritimati = Fri 23:00 Pago Pago',
    '2026-06-20T10:00:00Z',
    clinic,
    'appointment',
    '2026-06-21T07:00:00.000Z',
    'closed',
    'Saturday: by appointment',
  ],
  [
    'Sun 23:30 LA = Mon 15:30 Tokyo',
    '2026-06-22T06:30:00Z',
    clinic,
    'closed',
    '2026-06-22T16:00:00.000Z',
    'open',
    'Closed · opens tomorrow at 9 AM',
  ],
  [
    'Jan 1 00:00 LA = Dec 31 21:00 Pago Pago',
    '2027-01-01T08:00:00Z',
    holidays,
    'closed',
    '2027-01-02T08:00:00.000Z',
    'appointment',
    'Closed today · Holiday break · opens Mon 9 AM',
  ],
  [
    'Dec 31 15:00 LA = Jan 1 13:00 Kiritimati',
    '2026-12-31T23:00:00Z',
    holidays,
    'closed',
    '2027-01-02T08:00:00.000Z',
    'appointment',
    'Closed today · Holiday break · opens Mon 9 AM',
  ],
  [
    'a clinic in Kiritimati: Fri 20:00 there, Thu 23:00 in LA',
    '2026-06-19T06:00:00Z',
    kiritimati,
    'closed',
    '2026-06-19T10:00:00.000Z',
    'appointment',
    'Closed · opens Mon 9 AM',
  ],
  [
    'a clinic in Kiritimati: Sat 10:00 there, Fri 13:00 in LA',
    '2026-06-19T20:00:00Z',
    kiritimati,
    'appointment',
    '2026-06-20T10:00:00.000Z',
    'closed',
    'Saturday: by appointment',
  ],
  // Nothing changes within 14 days.
  ['closed for two months', '2026-05-10T19:00:00Z', closedSpring, 'closed', undefined, undefined, 'Closed today'],
  ['open around the clock', '2026-05-10T19:00:00Z', allDays, 'open', undefined, undefined, 'Open now'],
];

/** One test per case: the state at `now`, when it ends, the state after, and the sentence. */
function itDescribesStatus(cases: StatusCase[]): void {
  for (const [label, now, hours, state, until, nextState, sentence] of cases) {
    it(`${label}: ${sentence}`, () => {
      const status = statusAt(hours, new Date(now));
      expect(status.state, 'state').to.equal(state);
      expect(status.until?.toISOString(), 'until').to.equal(until);
      // The state that begins at `until`.
      expect(status.until && statusAt(hours, status.until).state, 'next state').to.equal(nextState);
      expect(plain(describeStatus(hours, status, new Date(now), 'en-US'))).to.equal(sentence);
    });
  }
}

describe('statusAt and describeStatus', () => itDescribesStatus(statusCases));

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
    ['2026-12-24T21:00:00Z', 'en-GB', undefined, 'Closed · Christmas Eve · opens 4 Jan, 09:00'],
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
    expect(week.map((d) => dayName(d.date, 'en'))).to.deep.equal([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(week.map((d) => d.date)).to.deep.equal([
      '2026-06-15',
      '2026-06-16',
      '2026-06-17',
      '2026-06-18',
      '2026-06-19',
      '2026-06-20',
      '2026-06-21',
    ]);
    expect(week.map((d) => d.status ?? 'closed')).to.deep.equal(['open', 'open', 'open', 'open', 'open', 'appointment', 'closed']);
    expect(week.filter((d) => d.today).map((d) => d.date)).to.deep.equal(['2026-06-17']);
    expect(week[0]).to.include({ opens: '09:00', closes: '19:00' });
    expect(week[5]!.note).to.equal('Some Saturdays by appointment only');
    expect(week[5]!.opens).to.equal(undefined);
    expect(week[6]!.opens).to.equal(undefined);
  });

  it('applies exceptions', () => {
    const week = weekSchedule(holidays, new Date('2026-12-24T20:00:00Z'));
    expect(week.map((d) => d.date)).to.deep.equal([
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
    ]);
    expect(week.map((d) => d.status ?? 'closed')).to.deep.equal(['open', 'open', 'open', 'open', 'closed', 'closed', 'closed']);
    expect(week.map((d) => d.note)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      'Christmas Eve',
      'Holiday break',
      'Holiday break',
      'Holiday break',
    ]);
    expect(week[3]).to.include({ opens: '09:00', closes: '13:00', note: 'Christmas Eve', today: true });
    expect(week[4]).to.include({ note: 'Holiday break', today: false });
    expect(weekSchedule(holidays, new Date('2026-11-26T18:00:00Z'))[3]).to.include({
      date: '2026-11-26',
      status: 'closed',
      note: 'Thanksgiving',
    });
    expect(weekSchedule(holidays, new Date('2026-08-11T18:00:00Z'))[0]).to.include({
      status: 'appointment',
      opens: '10:00',
      closes: '16:00',
    });
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
    it(`${now} is ${day} ${date} in ${zone}`, () => {
      expect(today(now, zone)).to.include({ date });
      expect(dayName(date, 'en').slice(0, 3).toLowerCase()).to.equal(day);
    });
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

describe('zoneName', () => {
  const winter = new Date(Date.UTC(2026, 0, 13, 20));
  // A zone with no generic name of its own gets Intl's, whose words differ by ICU version ("GMT+00:00"
  // in Chromium's and Firefox's, "GMT" in the system ICU WebKitGTK uses): compared with this engine's.
  const utc = new Intl.DateTimeFormat('en', { timeZone: 'Etc/UTC', timeZoneName: 'longGeneric' })
    .formatToParts(winter)
    .find((part) => part.type === 'timeZoneName')!.value;
  const cases: Array<[string, string, string]> = [
    ['America/Los_Angeles', 'en', 'Pacific Time'],
    ['America/Los_Angeles', 'es', 'hora del Pacífico'],
    ['Asia/Tokyo', 'en', 'Japan Standard Time'],
    ['Etc/UTC', 'en', utc],
  ];
  for (const [zone, locale, name] of cases)
    it(`${zone} in ${locale}: ${name}`, () => expect(zoneName(zone, locale, winter)).to.equal(name));
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
    it(`${hhmm} in ${locale} ${hourCycle ?? '(default)'} → ${expected}`, () =>
      expect(plain(formatClock(hhmm, locale, hourCycle))).to.equal(expected));
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

describe('English without Intl, and Temporal or Intl for the zone', () => {
  // Instants every 30 minutes over two weeks around the March 2026 change, and two days around the
  // November change, in zones with whole, half-hour and 45-minute offsets, on both sides of the date line.
  const instants = [
    ...Array.from({ length: 14 * 48 }, (_, i) => Date.UTC(2026, 2, 2) + i * 18e5),
    ...Array.from({ length: 2 * 48 }, (_, i) => Date.UTC(2026, 9, 31, 12) + i * 18e5),
  ];
  const zones = ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'];

  // The English is written by hand as current CLDR has it. An engine on an older ICU (WebKitGTK uses
  // the system's) puts a comma after the weekday ("Sun, 4 PM"): this engine's Intl, that comma aside.
  const intlEnglish = (text: string) => text.replace(/^([A-Z][a-z]{2}),(?= )/, '$1');

  it('writes English clock times and weekdays as this engine’s Intl does ("9 AM", "7:30 PM", "09:00", "Mon 9 AM")', () => {
    let compared = 0;
    for (const zone of zones)
      for (const t of instants.filter((_, i) => i % 7 == 0))
        for (const cycle of [undefined, 'h12', 'h23'] as const)
          for (const weekday of [false, true]) {
            // `en-u-nu-latn` formats as `en` does, but is not plain English: Intl writes it.
            const intl = intlEnglish(formatInstant(new Date(t), zone, 'en-u-nu-latn', cycle, weekday));
            expect(
              formatInstant(new Date(t), zone, 'en', cycle, weekday),
              `${new Date(t).toISOString()} ${zone} ${cycle} ${weekday}`,
            ).to.equal(intl);
            expect(formatInstant(new Date(t), zone, 'en-US', cycle, weekday)).to.equal(intl);
            compared++;
          }
    for (const hhmm of ['00:00', '00:30', '09:00', '11:59', '12:00', '12:01', '19:30', '23:59', '24:00'])
      for (const cycle of [undefined, 'h12', 'h23'] as const)
        expect(formatClock(hhmm, 'en', cycle)).to.equal(formatClock(hhmm, 'en-u-nu-latn', cycle));
    expect(compared).to.be.greaterThan(1000);
  });

  it('names the day of an appointment-only day in English as Intl does', () => {
    const saturday = new Date('2026-11-28T20:00:00Z');
    const status = statusAt(clinic, saturday);
    expect(describeStatus(clinic, status, saturday, 'en')).to.equal('Saturday: by appointment');
    expect(describeStatus(clinic, status, saturday, 'en')).to.equal(describeStatus(clinic, status, saturday, 'en-u-nu-latn'));
  });

  /**
   * The wall-clock time of the instants above, from the zones' rules for 2026 (none of the zones
   * changes its offset in these weeks but Los Angeles): a reference that uses neither Temporal nor Intl.
   */
  const HOUR = 36e5;
  const offsets: Record<string, (t: number) => number> = {
    'America/Los_Angeles': (t) => (t >= Date.UTC(2026, 2, 8, 10) && t < Date.UTC(2026, 10, 1, 9) ? -7 : -8) * HOUR,
    'Asia/Kolkata': () => 5.5 * HOUR,
    'Pacific/Chatham': () => 13.75 * HOUR,
    'Pacific/Kiritimati': () => 14 * HOUR,
    'Pacific/Pago_Pago': () => -11 * HOUR,
    UTC: () => 0,
  };

  it('reads a zone’s wall-clock time without Temporal (with Intl), and with it where the engine has it, across DST changes and the date line', async () => {
    // Chromium and Firefox have Temporal; WebKit does not. The no-Temporal path is tested as such in
    // every engine: a second instance of the module (the dev server serves the .ts source), loaded
    // while the page has no Temporal.
    const temporal = Object.getOwnPropertyDescriptor(globalThis, 'Temporal');
    let intlWall: typeof wall;
    try {
      delete (globalThis as { Temporal?: unknown }).Temporal;
      const url = new URL('../../src/core/zone.ts?no-temporal', import.meta.url).href;
      ({ wall: intlWall } = (await import(url)) as { wall: typeof wall });
    } finally {
      if (temporal) Object.defineProperty(globalThis, 'Temporal', temporal);
    }
    const path = temporal ? 'Temporal' : 'Intl';
    let compared = 0;
    for (const zone of zones)
      for (const t of instants) {
        const expected = t + offsets[zone]!(t);
        expect(intlWall(t, zone), `Intl: ${new Date(t).toISOString()} in ${zone}`).to.equal(expected);
        expect(wall(t, zone), `${path}: ${new Date(t).toISOString()} in ${zone}`).to.equal(expected);
        compared++;
      }
    expect(compared).to.equal(zones.length * instants.length);
    for (const zone of ['Mars/Olympus_Mons', 'UTC+25', '', 'America/Los Angeles']) {
      expect(() => wall(0, zone), `${path} refuses "${zone}"`).to.throw(RangeError);
      expect(() => intlWall(0, zone), `Intl refuses "${zone}"`).to.throw(RangeError);
    }
  });
});

/** The hours' problems as [path, message] (checkHours runs in validateContent for every provided document). */
const problems = (hours: unknown) => {
  const issues: ContentIssue[] = [];
  checkHours(hours, 'clinic.hours', issues);
  return issues.map((issue) => [issue.path, issue.message] as const);
};
/** The hours `checkHours` gives: undefined for hours with any problem. */
const usable = (hours: unknown) => checkHours(hours, 'clinic.hours', []);
const paths = (hours: unknown) => problems(hours).map(([path]) => path);

describe('checkHours', () => {
  it('accepts the default content and the test fixtures', () => {
    for (const hours of [clinic, holidays, dstNights, closedSpring, allDays, kiritimati]) {
      expect(problems(hours)).to.deep.equal([]);
      expect(usable(hours)).to.deep.equal(hours);
    }
  });

  const week = clinic.weekly;
  const H = 'clinic.hours';
  const cases: Array<[string, unknown, string[]]> = [
    ['an invalid time zone', { ...clinic, timeZone: 'Mars/Olympus_Mons' }, [`${H}.timeZone`]],
    ['an empty time zone', { ...clinic, timeZone: '' }, [`${H}.timeZone`]],
    ['an open rule without opens', { ...clinic, weekly: [{ days: ['mon'], status: 'open', closes: '19:00' }] }, [`${H}.weekly.0`]],
    ['an open rule without closes', { ...clinic, weekly: [{ days: ['mon'], status: 'open', opens: '09:00' }] }, [`${H}.weekly.0`]],
    ['an open rule without times', { ...clinic, weekly: [{ days: ['mon'], status: 'open' }] }, [`${H}.weekly.0`]],
    [
      'overlapping intervals on one day',
      {
        ...clinic,
        weekly: [
          { days: ['mon'], status: 'open', opens: '09:00', closes: '13:00' },
          { days: ['mon'], status: 'open', opens: '12:00', closes: '19:00' },
        ],
      },
      [`${H}.weekly.1`],
    ],
    [
      'opens equal to closes',
      { ...clinic, weekly: [{ days: ['mon'], status: 'open', opens: '09:00', closes: '09:00' }] },
      [`${H}.weekly.0.closes`],
    ],
    [
      'an appointment rule with only one time',
      { ...clinic, weekly: [{ days: ['sat'], status: 'appointment', opens: '10:00' }] },
      [`${H}.weekly.0`],
    ],
    ['a day listed twice', { ...clinic, weekly: [...week, { days: ['fri'], status: 'appointment' }] }, [`${H}.weekly.2`]],
    ['an open exception without times', { ...clinic, exceptions: [{ from: '2026-12-24', status: 'open' }] }, [`${H}.exceptions.0`]],
    [
      'an exception with equal times',
      { ...clinic, exceptions: [{ from: '2026-12-24', status: 'open', opens: '13:00', closes: '13:00' }] },
      [`${H}.exceptions.0.closes`],
    ],
    [
      'through before from',
      { ...clinic, exceptions: [{ from: '2026-12-31', through: '2026-12-25', status: 'closed' }] },
      [`${H}.exceptions.0.through`],
    ],
    ['a date that does not exist', { ...clinic, exceptions: [{ from: '2026-02-30', status: 'closed' }] }, [`${H}.exceptions.0.from`]],
    ['a yearly date that does not exist', { ...clinic, exceptions: [{ from: '04-31', status: 'closed' }] }, [`${H}.exceptions.0.from`]],
    [
      'a closing time of 25:00',
      { ...clinic, weekly: [{ days: ['fri'], status: 'open', opens: '09:00', closes: '25:00' }] },
      [`${H}.weekly.0.closes`],
    ],
    [
      'a misspelt day',
      { ...clinic, weekly: [{ days: ['tues'], status: 'open', opens: '09:00', closes: '17:00' }] },
      [`${H}.weekly.0.days.0`],
    ],
    [
      'Sunday night running into a Monday interval',
      {
        ...clinic,
        weekly: [
          { days: ['sun'], status: 'open', opens: '20:00', closes: '10:00' },
          { days: ['mon'], status: 'open', opens: '09:00', closes: '17:00' },
        ],
      },
      [`${H}.weekly.1`],
    ],
    [
      'a Friday night running into Saturday morning hours',
      {
        ...clinic,
        weekly: [
          { days: ['fri'], status: 'open', opens: '18:00', closes: '02:00' },
          { days: ['sat'], status: 'open', opens: '01:00', closes: '05:00' },
        ],
      },
      [`${H}.weekly.1`],
    ],
  ];
  for (const [label, hours, expected] of cases) {
    it(`reports ${label} at ${expected.join(', ')}, and gives no hours`, () => {
      expect(paths(hours)).to.deep.equal(expected);
      expect(usable(hours)).to.equal(undefined);
      for (const [, message] of problems(hours)) expect(message).to.be.a('string').and.not.contain('\n');
    });
  }

  it('reports every problem at once, each at its place', () => {
    const hours = {
      ...clinic,
      timeZone: 'Mars/Olympus_Mons',
      weekly: [
        { days: ['mon'], status: 'open', opens: '9am', closes: '17:00' },
        { days: ['tue'], status: 'open', opens: '09:00' },
      ],
      exceptions: [{ from: '2026-02-30', status: 'closed' }],
    };
    expect(paths(hours)).to.deep.equal([`${H}.weekly.0.opens`, `${H}.timeZone`, `${H}.weekly.1`, `${H}.exceptions.0.from`]);
  });

  it('names what is wrong, in words', () => {
    expect(problems({ ...clinic, timeZone: 'Mars/Olympus_Mons' })[0]![1]).to.contain('"Mars/Olympus_Mons"');
    expect(problems(cases[8]![1])[0]![1]).to.match(/^overlaps weekly\.0 on Friday/);
    expect(problems(cases[11]![1])[0]![1]).to.equal('ends before it starts');
    expect(problems(cases[12]![1])[0]![1]).to.equal('expected a date that exists, got "2026-02-30"');
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
      expect(paths({ ...clinic, timeZone: zone })).to.deep.equal(valid ? [] : [`${H}.timeZone`]));
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

/*
 * Issue 7: split days, nights past midnight, yearly and date-range closures, closing soon.
 * Los Angeles is UTC−8 (PST) until 2026-03-08 02:00, UTC−7 (PDT) until 2026-11-01 02:00, then UTC−8.
 */

/** A lunch break: two intervals on each weekday. */
const split: Hours = {
  ...clinic,
  weekly: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], status: 'open', opens: '09:00', closes: '12:00' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], status: 'open', opens: '13:00', closes: '19:00' },
    { days: ['sat'], status: 'appointment', note: 'Some Saturdays by appointment only' },
  ],
};

/** Friday and Saturday nights run past midnight, into Saturday and Sunday. */
const late: Hours = {
  ...clinic,
  weekly: [
    { days: ['mon', 'tue', 'wed', 'thu'], status: 'open', opens: '09:00', closes: '19:00' },
    { days: ['fri', 'sat'], status: 'open', opens: '18:00', closes: '02:00' },
  ],
};

/** Christmas Day every year, and New Year's Eve through New Year's Day (a range over the year end). */
const yearly: Hours = {
  ...clinic,
  exceptions: [
    { from: '12-25', status: 'closed', note: 'Christmas Day' },
    { from: '12-31', through: '01-01', status: 'closed', note: 'New Year' },
  ],
};

/** Temporary closures over both 2026 clock changes. */
const closures: Hours = {
  ...clinic,
  exceptions: [
    { from: '2026-03-06', through: '2026-03-09', status: 'closed', note: 'Renovation' },
    { from: '2026-10-31', through: '2026-11-02', status: 'closed', note: 'Staff training' },
  ],
};

/** A one-off opening on the yearly Christmas closure, and a split Christmas Eve from two exceptions. */
const precedence: Hours = {
  ...clinic,
  exceptions: [
    { from: '12-25', status: 'closed', note: 'Christmas Day' },
    { from: '2026-12-25', status: 'open', opens: '10:00', closes: '14:00', note: 'Open Christmas morning' },
    { from: '2026-12-24', status: 'open', opens: '09:00', closes: '12:00' },
    { from: '2026-12-24', status: 'open', opens: '13:00', closes: '17:00' },
  ],
};

describe('new hours cases: statusAt and describeStatus', () => {
  const cases: StatusCase[] = [
    // Split day, on either side of the spring change and after the fall change.
    [
      'split: Fri Mar 6 08:00 PST, before the morning',
      '2026-03-06T16:00:00Z',
      split,
      'closed',
      '2026-03-06T17:00:00.000Z',
      'open',
      'Closed · opens today at 9 AM',
    ],
    [
      'split: Fri Mar 6 10:00 PST, in the morning',
      '2026-03-06T18:00:00Z',
      split,
      'open',
      '2026-03-06T20:00:00.000Z',
      'closed',
      'Open now · closes 12 PM',
    ],
    [
      'split: Fri Mar 6 12:00 PST, the break begins',
      '2026-03-06T20:00:00Z',
      split,
      'closed',
      '2026-03-06T21:00:00.000Z',
      'open',
      'Closed · opens today at 1 PM',
    ],
    [
      'split: Fri Mar 6 12:30 PST, between',
      '2026-03-06T20:30:00Z',
      split,
      'closed',
      '2026-03-06T21:00:00.000Z',
      'open',
      'Closed · opens today at 1 PM',
    ],
    [
      'split: Fri Mar 6 13:00 PST, the afternoon begins',
      '2026-03-06T21:00:00Z',
      split,
      'open',
      '2026-03-07T03:00:00.000Z',
      'closed',
      'Open now · closes 7 PM',
    ],
    [
      'split: Fri Mar 6 20:00 PST, after',
      '2026-03-07T04:00:00Z',
      split,
      'closed',
      '2026-03-07T08:00:00.000Z',
      'appointment',
      'Closed · opens Mon 9 AM',
    ],
    [
      'split: Mon Mar 9 12:00 PDT, between',
      '2026-03-09T19:00:00Z',
      split,
      'closed',
      '2026-03-09T20:00:00.000Z',
      'open',
      'Closed · opens today at 1 PM',
    ],
    [
      'split: Mon Nov 2 11:59 PST, in the morning',
      '2026-11-02T19:59:00Z',
      split,
      'open',
      '2026-11-02T20:00:00.000Z',
      'closed',
      'Open now · closes 12 PM',
    ],
    // Past midnight, across the weekday boundary and both clock changes.
    [
      'late: Fri Mar 6 17:00 PST, before the night',
      '2026-03-07T01:00:00Z',
      late,
      'closed',
      '2026-03-07T02:00:00.000Z',
      'open',
      'Closed · opens today at 6 PM',
    ],
    [
      'late: Fri Mar 6 23:00 PST, open into Saturday',
      '2026-03-07T07:00:00Z',
      late,
      'open',
      '2026-03-07T10:00:00.000Z',
      'closed',
      'Open now · closes 2 AM',
    ],
    [
      'late: Sat Mar 7 01:00 PST, Friday’s night on Saturday',
      '2026-03-07T09:00:00Z',
      late,
      'open',
      '2026-03-07T10:00:00.000Z',
      'closed',
      'Open now · closes 2 AM',
    ],
    [
      'late: Sat Mar 7 03:00 PST, closed until the evening',
      '2026-03-07T11:00:00Z',
      late,
      'closed',
      '2026-03-08T02:00:00.000Z',
      'open',
      'Closed · opens today at 6 PM',
    ],
    // 02:00 on March 8 does not exist: the night ends when the clocks jump to 03:00 PDT.
    [
      'late: Sat Mar 7 23:00 PST, the night of the spring change',
      '2026-03-08T07:00:00Z',
      late,
      'open',
      '2026-03-08T10:00:00.000Z',
      'closed',
      'Open now · closes 3 AM',
    ],
    [
      'late: Sun Mar 8 01:59 PST, last minute',
      '2026-03-08T09:59:00Z',
      late,
      'open',
      '2026-03-08T10:00:00.000Z',
      'closed',
      'Open now · closes 3 AM',
    ],
    [
      'late: Sun Mar 8 03:00 PDT, closed',
      '2026-03-08T10:00:00Z',
      late,
      'closed',
      '2026-03-09T16:00:00.000Z',
      'open',
      'Closed · opens tomorrow at 9 AM',
    ],
    ['late: Fri Oct 30 23:00 PDT', '2026-10-31T06:00:00Z', late, 'open', '2026-10-31T09:00:00.000Z', 'closed', 'Open now · closes 2 AM'],
    // The night of the fall change lasts an hour longer: it closes at 02:00 PST.
    [
      'late: Sat Oct 31 23:00 PDT, the night of the fall change',
      '2026-11-01T06:00:00Z',
      late,
      'open',
      '2026-11-01T10:00:00.000Z',
      'closed',
      'Open now · closes 2 AM',
    ],
    [
      'late: Sun Nov 1 01:30 PDT (first)',
      '2026-11-01T08:30:00Z',
      late,
      'open',
      '2026-11-01T10:00:00.000Z',
      'closed',
      'Open now · closes 2 AM',
    ],
    [
      'late: Sun Nov 1 01:30 PST (second)',
      '2026-11-01T09:30:00Z',
      late,
      'open',
      '2026-11-01T10:00:00.000Z',
      'closed',
      'Open now · closes 2 AM',
    ],
    [
      'late: Sun Nov 1 02:00 PST, closed',
      '2026-11-01T10:00:00Z',
      late,
      'closed',
      '2026-11-02T17:00:00.000Z',
      'open',
      'Closed · opens tomorrow at 9 AM',
    ],
    // Yearly closures, in 2026 and 2027.
    [
      'yearly: Christmas Eve 2026 evening',
      '2026-12-25T04:00:00Z',
      yearly,
      'closed',
      '2026-12-26T08:00:00.000Z',
      'appointment',
      'Closed · opens Mon 9 AM',
    ],
    [
      'yearly: Christmas Day 2026 (a Friday)',
      '2026-12-25T20:00:00Z',
      yearly,
      'closed',
      '2026-12-26T08:00:00.000Z',
      'appointment',
      'Closed today · Christmas Day · opens Mon 9 AM',
    ],
    [
      'yearly: Christmas Eve 2027, open',
      '2027-12-24T20:00:00Z',
      yearly,
      'open',
      '2027-12-25T03:00:00.000Z',
      'closed',
      'Open now · closes 7 PM',
    ],
    [
      'yearly: Christmas Day 2027 (a Saturday, closed not by appointment)',
      '2027-12-25T20:00:00Z',
      yearly,
      'closed',
      '2027-12-27T17:00:00.000Z',
      'open',
      'Closed today · Christmas Day · opens Mon 9 AM',
    ],
    [
      'yearly range: Dec 30 2026, open',
      '2026-12-30T20:00:00Z',
      yearly,
      'open',
      '2026-12-31T03:00:00.000Z',
      'closed',
      'Open now · closes 7 PM',
    ],
    [
      'yearly range: Dec 31 2026',
      '2026-12-31T20:00:00Z',
      yearly,
      'closed',
      '2027-01-02T08:00:00.000Z',
      'appointment',
      'Closed today · New Year · opens Mon 9 AM',
    ],
    [
      'yearly range: Jan 1 2027, over the year end',
      '2027-01-01T20:00:00Z',
      yearly,
      'closed',
      '2027-01-02T08:00:00.000Z',
      'appointment',
      'Closed today · New Year · opens Mon 9 AM',
    ],
    [
      'yearly range: Dec 31 2027 through Sat Jan 1 2028',
      '2027-12-31T20:00:00Z',
      yearly,
      'closed',
      '2028-01-03T17:00:00.000Z',
      'open',
      'Closed today · New Year · opens Mon 9 AM',
    ],
    // Temporary closures over the clock changes.
    [
      'range: Thu Mar 5 18:00 PST, the day before',
      '2026-03-06T02:00:00Z',
      closures,
      'open',
      '2026-03-06T03:00:00.000Z',
      'closed',
      'Open now · closes 7 PM',
    ],
    [
      'range: Thu Mar 5 20:00 PST, closed through Monday',
      '2026-03-06T04:00:00Z',
      closures,
      'closed',
      '2026-03-10T16:00:00.000Z',
      'open',
      'Closed · opens Tue 9 AM',
    ],
    [
      'range: Sun Mar 8 12:00 PDT',
      '2026-03-08T19:00:00Z',
      closures,
      'closed',
      '2026-03-10T16:00:00.000Z',
      'open',
      'Closed today · Renovation · opens Tue 9 AM',
    ],
    [
      'range: Mon Mar 9 12:00 PDT, its last day',
      '2026-03-09T19:00:00Z',
      closures,
      'closed',
      '2026-03-10T16:00:00.000Z',
      'open',
      'Closed today · Renovation · opens Tue 9 AM',
    ],
    [
      'range: Tue Mar 10 09:00 PDT, open again',
      '2026-03-10T16:00:00Z',
      closures,
      'open',
      '2026-03-11T02:00:00.000Z',
      'closed',
      'Open now · closes 7 PM',
    ],
    [
      'range: Fri Oct 30 20:00 PDT, closed Saturday to Monday',
      '2026-10-31T03:00:00Z',
      closures,
      'closed',
      '2026-11-03T17:00:00.000Z',
      'open',
      'Closed · opens Tue 9 AM',
    ],
    // One-off exceptions before yearly ones; two one-offs on one date give two intervals.
    [
      'precedence: Christmas 2026 09:00, opens at 10 (one-off)',
      '2026-12-25T17:00:00Z',
      precedence,
      'closed',
      '2026-12-25T18:00:00.000Z',
      'open',
      'Closed · Open Christmas morning · opens today at 10 AM',
    ],
    [
      'precedence: Christmas 2026 11:00, open (one-off)',
      '2026-12-25T19:00:00Z',
      precedence,
      'open',
      '2026-12-25T22:00:00.000Z',
      'closed',
      'Open now · Open Christmas morning · closes 2 PM',
    ],
    [
      'precedence: Christmas 2027 11:00, closed (yearly)',
      '2027-12-25T19:00:00Z',
      precedence,
      'closed',
      '2027-12-27T17:00:00.000Z',
      'open',
      'Closed today · Christmas Day · opens Mon 9 AM',
    ],
    [
      'precedence: Christmas Eve 2026 12:30, between two exceptions',
      '2026-12-24T20:30:00Z',
      precedence,
      'closed',
      '2026-12-24T21:00:00.000Z',
      'open',
      'Closed · opens today at 1 PM',
    ],
    [
      'precedence: Christmas Eve 2026 16:00',
      '2026-12-25T00:00:00Z',
      precedence,
      'open',
      '2026-12-25T01:00:00.000Z',
      'closed',
      'Open now · closes 5 PM',
    ],
  ];
  itDescribesStatus(cases);
});

describe('closing soon', () => {
  type SoonCase = [
    label: string,
    now: string,
    hours: Hours,
    soon: number,
    state: BadgeState,
    until: string | undefined,
    nextState: BadgeState | undefined,
    sentence: string,
  ];
  // Mon Nov 23 2026 closes at 19:00 PST = 2026-11-24T03:00Z.
  const cases: SoonCase[] = [
    [
      '61 minutes before closing',
      '2026-11-24T01:59:00Z',
      clinic,
      60,
      'open',
      '2026-11-24T02:00:00.000Z',
      'closing-soon',
      'Open now · closes 7 PM',
    ],
    [
      '60 minutes before closing',
      '2026-11-24T02:00:00Z',
      clinic,
      60,
      'closing-soon',
      '2026-11-24T03:00:00.000Z',
      'closed',
      'Closing soon · closes 7 PM',
    ],
    [
      '59 minutes before closing',
      '2026-11-24T02:01:00Z',
      clinic,
      60,
      'closing-soon',
      '2026-11-24T03:00:00.000Z',
      'closed',
      'Closing soon · closes 7 PM',
    ],
    [
      'one second before closing',
      '2026-11-24T02:59:59Z',
      clinic,
      60,
      'closing-soon',
      '2026-11-24T03:00:00.000Z',
      'closed',
      'Closing soon · closes 7 PM',
    ],
    ['0 turns it off', '2026-11-24T02:59:00Z', clinic, 0, 'open', '2026-11-24T03:00:00.000Z', 'closed', 'Open now · closes 7 PM'],
    [
      '30 minutes: 31 before',
      '2026-11-24T02:29:00Z',
      clinic,
      30,
      'open',
      '2026-11-24T02:30:00.000Z',
      'closing-soon',
      'Open now · closes 7 PM',
    ],
    [
      '30 minutes: 30 before',
      '2026-11-24T02:30:00Z',
      clinic,
      30,
      'closing-soon',
      '2026-11-24T03:00:00.000Z',
      'closed',
      'Closing soon · closes 7 PM',
    ],
    [
      'longer than the opening: closing soon from the start',
      '2026-11-23T17:00:00Z',
      clinic,
      900,
      'closing-soon',
      '2026-11-24T03:00:00.000Z',
      'closed',
      'Closing soon · closes 7 PM',
    ],
    [
      'before the lunch break',
      '2026-11-23T19:30:00Z',
      split,
      60,
      'closing-soon',
      '2026-11-23T20:00:00.000Z',
      'closed',
      'Closing soon · closes 12 PM',
    ],
    [
      'after the lunch break',
      '2026-11-23T21:00:00Z',
      split,
      60,
      'open',
      '2026-11-24T02:00:00.000Z',
      'closing-soon',
      'Open now · closes 7 PM',
    ],
    // Real minutes, not wall-clock ones: the spring night ends at 03:00 PDT, 60 minutes after 01:00 PST.
    [
      'spring night, 00:59 PST: 61 minutes',
      '2026-03-08T08:59:00Z',
      late,
      60,
      'open',
      '2026-03-08T09:00:00.000Z',
      'closing-soon',
      'Open now · closes 3 AM',
    ],
    [
      'spring night, 01:00 PST: 60 minutes',
      '2026-03-08T09:00:00Z',
      late,
      60,
      'closing-soon',
      '2026-03-08T10:00:00.000Z',
      'closed',
      'Closing soon · closes 3 AM',
    ],
    // The fall night closes at 02:00 PST: closing soon from the second 01:00 (PST), not the first.
    [
      'fall night, 01:30 PDT (first): 90 minutes',
      '2026-11-01T08:30:00Z',
      late,
      60,
      'open',
      '2026-11-01T09:00:00.000Z',
      'closing-soon',
      'Open now · closes 2 AM',
    ],
    [
      'fall night, 01:59 PDT (first): 61 minutes',
      '2026-11-01T08:59:00Z',
      late,
      60,
      'open',
      '2026-11-01T09:00:00.000Z',
      'closing-soon',
      'Open now · closes 2 AM',
    ],
    [
      'fall night, 01:00 PST (second): 60 minutes',
      '2026-11-01T09:00:00Z',
      late,
      60,
      'closing-soon',
      '2026-11-01T10:00:00.000Z',
      'closed',
      'Closing soon · closes 2 AM',
    ],
    [
      'not for appointment hours',
      '2026-08-10T22:30:00Z',
      holidays,
      60,
      'appointment',
      '2026-08-10T23:00:00.000Z',
      'closed',
      'Monday: by appointment · Summer schedule',
    ],
    ['not when closed', '2026-11-23T16:30:00Z', clinic, 60, 'closed', '2026-11-23T17:00:00.000Z', 'open', 'Closed · opens today at 9 AM'],
    ['open around the clock never closes soon', '2026-05-10T19:00:00Z', allDays, 60, 'open', undefined, undefined, 'Open now'],
  ];
  for (const [label, now, hours, soon, state, until, nextState, sentence] of cases) {
    it(`${label} (${soon} min): ${sentence}`, () => {
      const status = statusAt(hours, new Date(now), soon);
      expect(status.state, 'state').to.equal(state);
      expect(status.until?.toISOString(), 'until').to.equal(until);
      expect(status.until && statusAt(hours, status.until, soon).state, 'next state').to.equal(nextState);
      expect(plain(describeStatus(hours, status, new Date(now), 'en-US'))).to.equal(sentence);
    });
  }

  it('keeps the closing time while open, and in Spanish says "Cierra pronto"', () => {
    const now = new Date('2026-11-24T02:10:00Z');
    const status = statusAt(clinic, now, 60);
    expect(status.closes?.toISOString()).to.equal('2026-11-24T03:00:00.000Z');
    expect(plain(describeStatus(clinic, status, now, 'es', 'h12'))).to.equal(plain(`Cierra pronto · a las ${intlHour('es', 19)}`));
    expect(plain(describeStatus(clinic, status, now, 'es'))).to.equal('Cierra pronto · a las 19:00');
    expect(plain(describeStatus(clinic, status, now, 'en-GB'))).to.equal('Closing soon · closes 19:00');
    const earlier = statusAt(clinic, new Date('2026-11-23T20:00:00Z'), 60);
    expect(earlier.closes?.toISOString(), 'closes, while until is the start of closing soon').to.equal('2026-11-24T03:00:00.000Z');
    expect(earlier.until?.toISOString()).to.equal('2026-11-24T02:00:00.000Z');
  });
});

describe('the named time in visitor zones on both sides of the date line (show-local)', () => {
  type LocalCase = [label: string, now: string, hours: Hours, soon: number, sentence: string, kiritimati: string, pagoPago: string];
  const cases: LocalCase[] = [
    // 13:00 PST Mon = 21:00Z = Tue 11:00 in Kiritimati (UTC+14) = Mon 10:00 in Pago Pago (UTC−11).
    ['split: lunch', '2026-11-23T20:30:00Z', split, 60, 'Closed · opens today at 1 PM', 'Tue 11 AM', 'Mon 10 AM'],
    // 03:00 PDT Sun = 10:00Z = Mon 00:00 in Kiritimati = Sat 23:00 in Pago Pago.
    ['late: the spring night', '2026-03-08T07:00:00Z', late, 60, 'Open now · closes 3 AM', 'Mon 12 AM', 'Sat 11 PM'],
    // Mon Dec 28 09:00 PST = 17:00Z = Tue 07:00 in Kiritimati = Mon 06:00 in Pago Pago.
    ['yearly: Christmas Day', '2026-12-25T20:00:00Z', yearly, 60, 'Closed today · Christmas Day · opens Mon 9 AM', 'Tue 7 AM', 'Mon 6 AM'],
    // 19:00 PST Mon = 03:00Z Tue = Tue 17:00 in Kiritimati = Mon 16:00 in Pago Pago.
    ['closing soon', '2026-11-24T02:30:00Z', clinic, 60, 'Closing soon · closes 7 PM', 'Tue 5 PM', 'Mon 4 PM'],
    // Tue Mar 10 09:00 PDT = 16:00Z = Wed 06:00 in Kiritimati = Tue 05:00 in Pago Pago.
    ['range: renovation', '2026-03-08T19:00:00Z', closures, 60, 'Closed today · Renovation · opens Tue 9 AM', 'Wed 6 AM', 'Tue 5 AM'],
  ];
  for (const [label, now, hours, soon, sentence, kiritimatiTime, pagoPagoTime] of cases) {
    it(`${label}: ${sentence} (${kiritimatiTime} in Kiritimati, ${pagoPagoTime} in Pago Pago)`, () => {
      const status = statusAt(hours, new Date(now), soon);
      expect(plain(describeStatus(hours, status, new Date(now), 'en-US'))).to.equal(sentence);
      const named = namedTime(status)!;
      expect(plain(formatInstant(named, 'Pacific/Kiritimati', 'en-US', undefined, true))).to.equal(kiritimatiTime);
      expect(plain(formatInstant(named, 'Pacific/Pago_Pago', 'en-US', undefined, true))).to.equal(pagoPagoTime);
    });
  }
});

describe('new hours cases: the week and the upcoming exceptions', () => {
  it('gives a split day its two intervals, in order', () => {
    const week = weekSchedule(split, new Date('2026-03-06T20:30:00Z'));
    expect(week[4]!.rules.map((r) => [r.opens, r.closes])).to.deep.equal([
      ['09:00', '12:00'],
      ['13:00', '19:00'],
    ]);
    expect(week.map((d) => plain(formatRanges(d.rules, 'en-US')))).to.deep.equal([
      ...Array(5).fill('9 AM – 12 PM and 1 PM – 7 PM'),
      'By appointment',
      'Closed',
    ]);
    expect(plain(formatRanges(week[0]!.rules, 'en-US', 'h23'))).to.equal('09:00 – 12:00 and 13:00 – 19:00');
    expect(plain(formatRanges(week[0]!.rules, 'es'))).to.equal('09:00 – 12:00 y 13:00 – 19:00');
    const es = (hour: number) => intlHour('es', hour);
    expect(plain(formatRanges(week[0]!.rules, 'es', 'h12'))).to.equal(plain(`${es(9)} – ${es(12)} y ${es(13)} – ${es(19)}`));
  });

  it('reads a night past midnight on the day it starts', () => {
    const week = weekSchedule(late, new Date('2026-03-07T09:00:00Z'));
    expect(week.map((d) => plain(formatRanges(d.rules, 'en-US')))).to.deep.equal([
      ...Array(4).fill('9 AM – 7 PM'),
      '6 PM – 2 AM',
      '6 PM – 2 AM',
      'Closed',
    ]);
    expect(
      week.filter((d) => d.today).map((d) => dayName(d.date, 'en')),
      'Saturday 01:00: today is Saturday',
    ).to.deep.equal(['Saturday']);
  });

  it('applies yearly closures in every year, and a one-off over a yearly one', () => {
    const week2027 = weekSchedule(yearly, new Date('2027-12-22T20:00:00Z'));
    expect(week2027.map((d) => [d.date, d.status ?? 'closed', d.note])).to.deep.equal([
      ['2027-12-20', 'open', undefined],
      ['2027-12-21', 'open', undefined],
      ['2027-12-22', 'open', undefined],
      ['2027-12-23', 'open', undefined],
      ['2027-12-24', 'open', undefined],
      ['2027-12-25', 'closed', 'Christmas Day'],
      ['2027-12-26', 'closed', undefined],
    ]);
    const week2026 = weekSchedule(precedence, new Date('2026-12-22T20:00:00Z'));
    expect(week2026.slice(3, 5).map((d) => [d.date, plain(formatRanges(d.rules, 'en-US')), d.note])).to.deep.equal([
      ['2026-12-24', '9 AM – 12 PM and 1 PM – 5 PM', undefined],
      ['2026-12-25', '10 AM – 2 PM', 'Open Christmas morning'],
    ]);
  });

  it('shows special hours inside a closed range, not "Closed" with them', () => {
    const hours: Hours = {
      ...clinic,
      exceptions: [
        { from: '2026-12-21', through: '2026-12-27', status: 'closed', note: 'Holiday week' },
        { from: '2026-12-24', status: 'open', opens: '09:00', closes: '13:00' },
      ],
    };
    expect(paths(hours)).to.deep.equal([]);
    const week = weekSchedule(hours, new Date('2026-12-22T20:00:00Z'));
    expect(week.map((d) => plain(formatRanges(d.rules, 'en-US')))).to.deep.equal([
      'Closed',
      'Closed',
      'Closed',
      '9 AM – 1 PM',
      'Closed',
      'Closed',
      'Closed',
    ]);
    expect(statusAt(hours, new Date('2026-12-24T18:00:00Z')).state, 'open on the 24th at 10:00').to.equal('open');
    expect(statusAt(hours, new Date('2026-12-24T22:00:00Z')).state, 'closed at 14:00').to.equal('closed');
  });

  const upcoming: Array<[string, string, Hours, number, Array<[string, string]>]> = [
    [
      'yearly, ahead in 2026',
      '2026-11-01T19:00:00Z',
      yearly,
      60,
      [
        ['2026-12-25', '2026-12-25'],
        ['2026-12-31', '2027-01-01'],
      ],
    ],
    ['yearly range, in progress over the year end', '2027-01-01T20:00:00Z', yearly, 60, [['2026-12-31', '2027-01-01']]],
    [
      'yearly, after both: next year’s',
      '2027-01-02T20:00:00Z',
      yearly,
      365,
      [
        ['2027-12-25', '2027-12-25'],
        ['2027-12-31', '2028-01-01'],
      ],
    ],
    [
      'yearly, on Christmas Day 2027 (still today)',
      '2027-12-26T07:59:00Z',
      yearly,
      10,
      [
        ['2027-12-25', '2027-12-25'],
        ['2027-12-31', '2028-01-01'],
      ],
    ],
    ['a date range over the spring change', '2026-03-01T20:00:00Z', closures, 30, [['2026-03-06', '2026-03-09']]],
    [
      'one-off and yearly, by date',
      '2026-12-01T20:00:00Z',
      precedence,
      60,
      [
        ['2026-12-24', '2026-12-24'],
        ['2026-12-24', '2026-12-24'],
        ['2026-12-25', '2026-12-25'],
        ['2026-12-25', '2026-12-25'],
      ],
    ],
  ];
  for (const [label, now, hours, days, expected] of upcoming) {
    it(`upcoming: ${label}`, () =>
      expect(upcomingExceptions(hours, new Date(now), days).map((x) => [x.from, x.through])).to.deep.equal(expected));
  }

  const occurrences: Array<[{ from: string; through?: string }, string, [string, string]]> = [
    [{ from: '12-25' }, '2026-06-01', ['2026-12-25', '2026-12-25']],
    [{ from: '12-25' }, '2026-12-25', ['2026-12-25', '2026-12-25']],
    [{ from: '12-25' }, '2026-12-26', ['2027-12-25', '2027-12-25']],
    [{ from: '12-24', through: '01-02' }, '2026-12-20', ['2026-12-24', '2027-01-02']],
    [{ from: '12-24', through: '01-02' }, '2027-01-02', ['2026-12-24', '2027-01-02']],
    [{ from: '12-24', through: '01-02' }, '2027-01-03', ['2027-12-24', '2028-01-02']],
    [{ from: '07-01', through: '07-04' }, '2026-07-05', ['2027-07-01', '2027-07-04']],
    [{ from: '2026-03-06', through: '2026-03-09' }, '2027-01-01', ['2026-03-06', '2026-03-09']],
    [{ from: '2026-11-26' }, '2026-01-01', ['2026-11-26', '2026-11-26']],
  ];
  for (const [x, date, expected] of occurrences) {
    it(`occurrence of ${x.from}${x.through ? '…' + x.through : ''} on ${date}: ${expected.join(' to ')}`, () =>
      expect(Object.values(occurrence(x, date))).to.deep.equal(expected));
  }
});

describe('new hours cases: checkHours', () => {
  it('accepts split days, nights past midnight, yearly and date-range closures', () => {
    for (const hours of [split, late, yearly, closures, precedence]) expect(paths(hours)).to.deep.equal([]);
    expect(
      paths({ ...clinic, weekly: [{ days: ['mon'], status: 'open', opens: '19:00', closes: '09:00' }] }),
      'past midnight',
    ).to.deep.equal([]);
    expect(
      paths({
        ...clinic,
        weekly: [
          { days: ['mon'], status: 'open', opens: '09:00', closes: '12:00' },
          { days: ['mon'], status: 'open', opens: '12:00', closes: '19:00' },
        ],
      }),
      'touching',
    ).to.deep.equal([]);
  });

  const H = 'clinic.hours';
  const cases: Array<[string, Hours, string, RegExp]> = [
    [
      'overlapping intervals',
      {
        ...clinic,
        weekly: [
          { days: ['mon', 'tue'], status: 'open', opens: '09:00', closes: '13:00' },
          { days: ['tue'], status: 'open', opens: '12:59', closes: '19:00' },
        ],
      },
      `${H}.weekly.1`,
      /^overlaps weekly\.0 on Tuesday/,
    ],
    [
      'an interval inside another',
      {
        ...clinic,
        weekly: [
          { days: ['wed'], status: 'open', opens: '09:00', closes: '19:00' },
          { days: ['wed'], status: 'open', opens: '12:00', closes: '13:00' },
        ],
      },
      `${H}.weekly.1`,
      /^overlaps weekly\.0 on Wednesday/,
    ],
    [
      'a night past midnight over a later interval',
      {
        ...clinic,
        weekly: [
          { days: ['fri'], status: 'open', opens: '18:00', closes: '02:00' },
          { days: ['fri'], status: 'open', opens: '20:00', closes: '22:00' },
        ],
      },
      `${H}.weekly.1`,
      /^overlaps weekly\.0 on Friday/,
    ],
    [
      'equal times',
      { ...clinic, weekly: [{ days: ['mon'], status: 'open', opens: '09:00', closes: '09:00' }] },
      `${H}.weekly.0.closes`,
      /^closes at the time it opens/,
    ],
    [
      'an appointment day without times with another rule',
      { ...clinic, weekly: [...clinic.weekly, { days: ['sat'], status: 'open', opens: '10:00', closes: '12:00' }] },
      `${H}.weekly.2`,
      /^overlaps weekly\.1 on Saturday/,
    ],
    [
      'mixed date forms (YYYY-MM-DD through MM-DD)',
      { ...clinic, exceptions: [{ from: '2026-12-24', through: '12-31', status: 'closed' }] },
      `${H}.exceptions.0.through`,
      /^mixes a yearly date/,
    ],
    [
      'mixed date forms (MM-DD through YYYY-MM-DD)',
      { ...clinic, exceptions: [{ from: '12-24', through: '2026-12-31', status: 'closed' }] },
      `${H}.exceptions.0.through`,
      /^mixes a yearly date/,
    ],
    [
      'two open exceptions overlapping on one date',
      {
        ...clinic,
        exceptions: [
          { from: '2026-12-24', status: 'open', opens: '09:00', closes: '13:00' },
          { from: '2026-12-24', status: 'open', opens: '12:00', closes: '17:00' },
        ],
      },
      `${H}.exceptions.1`,
      /^overlaps exceptions\.0 on 2026-12-24/,
    ],
    [
      'a closed and an open exception for the same dates',
      {
        ...clinic,
        exceptions: [
          { from: '12-24', through: '12-26', status: 'closed' },
          { from: '12-24', through: '12-26', status: 'open', opens: '09:00', closes: '12:00' },
        ],
      },
      `${H}.exceptions.1`,
      /^overlaps exceptions\.0 on 12-24 to 12-26/,
    ],
  ];
  for (const [label, hours, path, message] of cases) {
    it(`reports ${label} at ${path}`, () => {
      expect(paths(hours)).to.deep.equal([path]);
      expect(problems(hours)[0]![1]).to.match(message);
    });
  }
  it('accepts a yearly range over the year end (through before from)', () =>
    expect(paths({ ...clinic, exceptions: [{ from: '12-24', through: '01-02', status: 'closed' }] })).to.deep.equal([]));
});

describe('describeWeek: the hours in words, from the rules', () => {
  const week = (weekly: Hours['weekly']): Hours => ({ ...clinic, weekly });
  const cases: Array<[string, Hours, string, string]> = [
    ['the clinic', clinic, 'en', 'Mon–Fri 9 AM – 7 PM; Sat by appointment (Some Saturdays by appointment only)'],
    [
      'Friday closing early',
      week([
        { days: ['mon', 'tue', 'wed', 'thu'], status: 'open', opens: '09:00', closes: '19:00' },
        { days: ['fri'], status: 'open', opens: '09:00', closes: '17:00' },
      ]),
      'en',
      'Mon–Thu 9 AM – 7 PM; Fri 9 AM – 5 PM',
    ],
    [
      'two days apart, the same hours',
      week([{ days: ['mon', 'wed'], status: 'open', opens: '10:00', closes: '14:00' }]),
      'en',
      'Mon, Wed 10 AM – 2 PM',
    ],
    [
      'a lunch break',
      week([
        { days: ['tue'], status: 'open', opens: '09:00', closes: '12:00' },
        { days: ['tue'], status: 'open', opens: '13:00', closes: '17:30' },
      ]),
      'en',
      'Tue 9 AM – 12 PM and 1 PM – 5:30 PM',
    ],
    [
      'a night past midnight',
      week([{ days: ['fri', 'sat'], status: 'open', opens: '18:00', closes: '02:00' }]),
      'en',
      'Fri, Sat 6 PM – 2 AM',
    ],
    ['closed all week', week([]), 'en', 'Closed'],
    [
      'Spanish, 24-hour',
      clinic,
      'es',
      `${new Intl.DateTimeFormat('es', { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1))}–`,
    ],
  ];
  for (const [label, hours, locale, words] of cases) {
    it(`${label}: "${words}"`, () => {
      const described = plain(describeWeek(hours, locale));
      if (locale === 'es')
        expect(described.startsWith(words) && described.includes(' 09:00 – 19:00; ') && described.includes(' con cita (')).to.be.true;
      else expect(described).to.equal(words);
    });
  }
});
