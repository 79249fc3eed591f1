/**
 * The opening-hours model: pure functions, no DOM. Everything is computed in
 * the clinic's IANA time zone (with Temporal where the browser has it, else
 * with `Intl`), so the answer is the same
 * whatever zone the visitor's browser runs in, across DST changes and the
 * date line. Local-zone `Date` APIs (getHours, getDay, setHours…) are never used:
 * a clinic wall-clock time is held as "milliseconds since the epoch read as UTC",
 * a clinic day as its number since 1970-01-01.
 */
import { DAYS, type Clinic, type Day } from '../../content/schema.js';
import { english, formatDate, formatList } from '../../core/format.js';
import { strings } from '../../core/i18n.js';
import { PREFORMATTED } from '../../core/preformatted.js';

export type Hours = Clinic['hours'];
export type HoursState = 'open' | 'closed' | 'appointment';
/** A badge's state: the hours' state, or 'closing-soon' in the last minutes of an opening. */
export type BadgeState = HoursState | 'closing-soon';
export type HourCycle = 'h12' | 'h23';

/** A weekly rule or an exception, read alike: with times, one interval of its days. */
export interface Rule {
  days?: Day[];
  from?: string;
  through?: string;
  status: HoursState;
  opens?: string;
  closes?: string;
  note?: string;
}

export interface HoursStatus {
  state: BadgeState;
  /**
   * When the current state ends; undefined if not within 14 days. While open
   * with a closing-soon threshold, that is when closing soon begins.
   */
  until?: Date;
  /** While open or closing soon: when it closes (the next change of state). */
  closes?: Date;
  /** Start of the next 'open' segment after now; undefined if none within 14 days. */
  nextOpen?: Date;
}

/** A day of the week: its first interval's rule or exception (times, note…), with its date, state and every interval. */
export interface ScheduleDay extends Partial<Rule> {
  date: string;
  day: Day;
  /** The status of the day's first rule or exception; 'closed' when there is none. */
  state: HoursState;
  today: boolean;
  /** The rules or exceptions that give the day's hours, one per interval (a rule without times stands alone). */
  rules: Rule[];
}

/** The attribute value as an hour cycle, or undefined when it is not h12/h23. */
export const hourCycleOf = (value: string | undefined): HourCycle | undefined =>
  value === 'h12' || value === 'h23' ? value : undefined;

/** A day's or an exception's hours in words: "Closed", "9 AM – 7 PM", "6 PM – 2 AM" (past midnight), or "By appointment". */
export function formatRange(rule: { status: string; opens?: string; closes?: string }, locale: string, hourCycle?: HourCycle): string {
  const t = strings(locale);
  if (rule.status == 'closed') return t.closed;
  return rule.opens && rule.closes
    ? `${formatClock(rule.opens, locale, hourCycle)} – ${formatClock(rule.closes, locale, hourCycle)}`
    : t.byAppointment;
}

/** A day's intervals as one list in the locale: "9 AM – 12 PM and 1 PM – 7 PM"; "Closed" for none. */
export const formatRanges = (rules: Rule[], locale: string, hourCycle?: HourCycle): string =>
  formatList(rules.length ? rules.map((r) => formatRange(r, locale, hourCycle)) : [strings(locale).closed], locale);

const DAY = 864e5;
/** English day names from Monday; 1970-01-01, day 0, was a Thursday (index 3). */
export const DAY_NAMES = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');

/** The weekday of a date (YYYY-MM-DD) in words in the locale, "Monday"; in plain English without Intl. */
export const dayName = (date: string, locale: string): string =>
  english(locale) ? DAY_NAMES[(Date.parse(date) / DAY + 3) % 7]! : formatDate(date, locale, { weekday: 'long' });
const formatters: Record<string, Intl.DateTimeFormat> = {};

/** A cached `Intl.DateTimeFormat` (throws on an invalid time zone). */
const dtf = (locale: string, options: Intl.DateTimeFormatOptions) =>
  (formatters[locale + JSON.stringify(options)] ??= Intl.DateTimeFormat(locale, options));

/** The part of Temporal used here (recent Chromium and Firefox; Chromium 156 here). */
interface TemporalApi {
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(timeZone: string): { offsetNanoseconds: number } } };
}
/**
 * Temporal, where the browser has one: it reads a zone's offsets without
 * starting ICU up, which the first Intl formatter on a page does (20–30 ms in
 * Chromium, four times that on a slow phone). Intl does it elsewhere.
 */
const Temporal = (globalThis as { Temporal?: TemporalApi }).Temporal;

/** The wall-clock time of an instant in a zone, as epoch milliseconds read as UTC (whole seconds). */
export const wall = (t: Date | number, timeZone: string, local = +t) =>
  Temporal
    ? ((local += Temporal.Instant.fromEpochMilliseconds(local).toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e6), local - (local % 1e3))
    : // Swedish writes "2026-03-08 03:00:00": ISO order, 24-hour.
      Date.parse(dtf('sv', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(t).replace(' ', 'T') + 'Z');

/** The clinic day (days since 1970-01-01) of an instant. */
const dayOf = (t: Date | number, timeZone: string) => Math.floor(wall(t, timeZone) / DAY);

/**
 * The instant of a wall-clock time (whole seconds): guessed with the zone's
 * offsets a day before and a day after. Both fit in the repeated hour of a
 * fall change: the first (before) wins. Neither fits in a spring gap: the
 * earlier offset (before) moves the time forward.
 */
function instant(local: number, timeZone: string): Date {
  const before = local - wall(local - DAY, timeZone) + local - DAY;
  const after = local - wall(local + DAY, timeZone) + local + DAY;
  return new Date(wall(after, timeZone) == local && wall(before, timeZone) != local ? after : before);
}

/** 'YYYY-MM-DD' of a clinic day. */
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
/** 'YYYY-MM-DD' of an instant in a zone. */
export const clinicDate = (t: Date, timeZone: string): string => iso(dayOf(t, timeZone));
/** Minutes since midnight of 'HH:MM'. */
const minutes = (hhmm: string) => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3);
/** A timed rule's interval in minutes from its day's midnight; `closes` before `opens` is the next day. */
const span = ({ opens, closes }: Rule): [number, number] => [minutes(opens!), minutes(closes!) + (closes! < opens! ? 1440 : 0)];

/**
 * The dates of an exception's occurrence that has not ended by a date (both
 * YYYY-MM-DD): a one-off as it is, a yearly one (MM-DD) in the year it falls.
 */
export function occurrence({ from, through = from }: { from: string; through?: string }, date: string): { from: string; through: string } {
  if (from[5]) return { from, through };
  for (let year = +date.slice(0, 4) - 1; ; year++) {
    const next = { from: `${year}-${from}`, through: `${year + +(through < from)}-${through}` };
    if (next.through >= date) return next;
  }
}

/** The rules in force on a clinic day: its one-off exceptions, else its yearly ones, else its weekly rules. */
function rulesOn({ exceptions, weekly }: Hours, d: number): Rule[] {
  const date = iso(d);
  const covers = ({ from, through }: { from: string; through: string }) => from <= date && date <= through;
  const covering = (yearly: boolean) => exceptions.filter((x) => !x.from[5] == yearly && covers(occurrence(x, date)));
  return [covering(false), covering(true)].find((x) => x.length) ?? weekly.filter((w) => w.days.includes(DAYS[(d + 3) % 7]!));
}

/** The state now, and the changes of state over the next 14 clinic days; `soon`: minutes of closing soon. */
export function statusAt(hours: Hours, now: Date, soon = 0): HoursStatus {
  const today = dayOf(now, hours.timeZone);
  // [start, end, state] by minute from today's midnight, from yesterday (its night may run past
  // midnight) on: intervals first, latest day first, then each whole day's state ('closed' unless
  // a rule without times gives one). The first span holding a minute gives its state.
  const spans: [number, number, HoursState][] = [];
  for (let i = -1; i < 15; i++) {
    const m = i * 1440;
    let state: HoursState = 'closed';
    for (const r of rulesOn(hours, today + i)) {
      if (r.opens) {
        const [a, b] = span(r);
        spans.unshift([m + a, m + b, r.status]);
      } else state = r.status;
    }
    spans.push([m, m + 1440, state]);
  }
  let state: BadgeState = 'closed';
  let last: HoursState | undefined;
  let until: Date | undefined;
  let nextOpen: Date | undefined;
  // Each boundary within the 15 days (none at the midnight after), in order.
  for (const m of [...new Set(spans.flatMap(([a, b]) => [a, b]))].sort((a, b) => a - b)) {
    if (m < 0 || m >= 21600) continue;
    const s = spans.find(([a, b]) => a <= m && m < b)![2];
    // Instants, not wall times, are compared: right in the repeated hour of a fall change too.
    const at = instant(today * DAY + m * 6e4, hours.timeZone);
    if (at <= now) state = last = s;
    else if (s != last) {
      until ??= at;
      if ((last = s) == 'open') nextOpen ??= at;
    }
  }
  const closes = state == 'open' ? until : undefined;
  // Closing soon from `soon` minutes before closing; until then, open ends when closing soon begins.
  const soonAt = closes && soon > 0 && new Date(+closes - soon * 6e4);
  if (soonAt) soonAt <= now ? (state = 'closing-soon') : (until = soonAt);
  return { state, until, closes, nextOpen };
}

/** What is malformed in the hours, in a few words, else undefined. */
export function hoursProblem({ timeZone, weekly, exceptions }: Hours): string | undefined {
  try {
    wall(0, timeZone);
  } catch {
    return `time zone "${timeZone}"`;
  }
  const rules: Rule[] = [...weekly, ...exceptions];
  // An open rule without times; one time without the other, or both equal; a one-off range
  // that ends before it starts; a range mixing one-off and yearly dates.
  const bad = rules.find(
    ({ from = '', through = from, status, opens, closes }) =>
      ((status == 'open' || opens || closes) && !(opens && closes && opens != closes)) ||
      through.length != from.length ||
      (from[5] && through < from),
  );
  if (bad) return 'rule ' + (bad.from ?? bad.days);
  // Overlapping intervals of a day (or of one exception's dates); a rule without times takes the
  // whole day. A night past midnight is checked on the day it starts.
  const days: Record<string, number[][]> = {};
  for (const r of rules)
    for (const key of r.days ?? [r.through ? r.from + '–' + r.through : r.from!]) (days[key] ??= []).push(r.opens ? span(r) : [0, 1440]);
  const overlap = Object.keys(days).find((key) => days[key]!.sort((a, b) => a[0]! - b[0]!).some((s, i, all) => i && s[0]! < all[i - 1]![1]!));
  return overlap && 'overlapping hours on ' + overlap;
}

/** Monday to Sunday of the clinic-local week containing `now`. */
export function weekSchedule(hours: Hours, now: Date): ScheduleDay[] {
  const today = dayOf(now, hours.timeZone);
  return DAYS.map((day, i) => {
    const d = today - ((today + 3) % 7) + i;
    const all = rulesOn(hours, d);
    // A rule without times under timed ones (a closed range around special hours) is not shown.
    const timed = all.filter((r) => r.opens);
    const rules = timed[0] ? timed : all;
    return { ...rules[0], date: iso(d), day, state: rules[0]?.status ?? 'closed', today: d == today, rules };
  });
}

/**
 * Exceptions not over yet (clinic-local) that start within `days`, by start
 * date; a yearly one as its coming occurrence, with YYYY-MM-DD dates.
 */
export function upcomingExceptions(hours: Hours, now: Date, days = 60): Hours['exceptions'] {
  const d = dayOf(now, hours.timeZone);
  const today = iso(d);
  return hours.exceptions
    .map((x) => ({ ...x, ...occurrence(x, today) }))
    .filter((x) => x.through >= today && x.from <= iso(d + days))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** A time in a zone: 12-hour without ":00" ("9 AM", "7:30 PM"), 24-hour with two digits ("09:00"). */
function format(t: Date | number, timeZone: string, locale: string, hourCycle?: HourCycle, extra?: Intl.DateTimeFormatOptions): string {
  // "2026-11-23T09:00:00.000Z": the wall time.
  const stamp = new Date(wall(t, timeZone)).toISOString();
  const hm = stamp.slice(11, 16);
  const h = +hm.slice(0, 2);
  const minutes = hm.slice(2) != ':00';
  // English as V8's Intl writes it: "9 AM", "7:30 PM" (a plain space before AM), "09:00", "Mon 9 AM".
  if (english(locale) && !extra?.month)
    return (
      (extra?.weekday ? dayName(stamp.slice(0, 10), locale).slice(0, 3) + ' ' : '') +
      (hourCycle == 'h23' ? hm : (h % 12 || 12) + (minutes ? hm.slice(2) : '') + (h < 12 ? ' AM' : ' PM'))
    );
  const options: Intl.DateTimeFormatOptions = { ...extra, timeZone, hourCycle, hour: 'numeric', minute: '2-digit' };
  if (!dtf(locale, options).resolvedOptions().hour12) options.hour = '2-digit';
  else if (!minutes) options.minute = undefined;
  return dtf(locale, options).format(t);
}

/** 'HH:MM' (or "24:00", midnight) as a clock time. */
export const formatClock = (hhmm: string, locale: string, hourCycle?: HourCycle): string =>
  format(minutes(hhmm) * 6e4, 'UTC', locale, hourCycle);

/** An instant's time in a zone, "7 PM", or "Mon 9 AM" with the weekday. */
export const formatInstant = (date: Date, timeZone: string, locale: string, hourCycle?: HourCycle, withWeekday?: boolean): string =>
  format(date, timeZone, locale, hourCycle, withWeekday ? { weekday: 'short' } : {});

/** The time a badge sentence names: the closing time when open or closing soon, the opening time when closed. */
export const namedTime = ({ state, closes, nextOpen }: HoursStatus): Date | undefined => (state == 'closed' ? nextOpen : closes);

/**
 * The badge sentence for a status, e.g. "Open now · closes 7 PM", "Closing soon · closes 7 PM"
 * or "Closed · opens tomorrow at 9 AM".
 */
export function describeStatus(hours: Hours, status: HoursStatus, now: Date, locale: string, hourCycle?: HourCycle): string {
  const tz = hours.timeZone;
  const t = strings(locale);
  const { state } = status;
  if (state == 'appointment') return t.appointment(dayName(clinicDate(now, tz), locale));
  const closed = state == 'closed';
  const next = namedTime(status);
  if (!next) return closed ? t.closed : t.open;
  // Closing: "7 PM" (today or tomorrow); opening: "today at 9 AM", "tomorrow at 9 AM"; later: "Mon 9 AM", "Dec 28, 9 AM".
  const n = dayOf(next, tz) - dayOf(now, tz);
  const time = format(next, tz, locale, hourCycle, n > 6 ? { month: 'short', day: 'numeric' } : n > 1 ? { weekday: 'short' } : {});
  return closed ? t.opens(n > 1 ? time : (n ? t.tomorrow : t.today)(time)) : (state == 'open' ? t.openUntil : t.closingSoon)(time);
}

/** The instant the clinic's next calendar day begins (for re-rendering "today"). */
export const nextMidnight = (now: Date, timeZone: string): Date => instant((dayOf(now, timeZone) + 1) * DAY, timeZone);

/** A zone's name in words in the locale, e.g. "Pacific Time" (the zone's id when Intl has none). */
export const zoneName = (timeZone: string, locale: string, now: Date): string =>
  (english(locale) && (PREFORMATTED.zones as Record<string, string> | undefined)?.[timeZone]) ||
  (dtf(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(now)
    .find((p) => p.type == 'timeZoneName')?.value ?? timeZone);

/** The visitor's own IANA zone, as the browser reports it. */
export const visitorZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
