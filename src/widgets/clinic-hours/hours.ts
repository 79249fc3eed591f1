/**
 * The opening-hours model: pure functions, no DOM. Everything is computed in
 * the clinic's IANA time zone with `Intl` alone, so the answer is the same
 * whatever zone the visitor's browser runs in, across DST changes and the
 * date line. Local-zone `Date` APIs (getHours, getDay, setHours…) are never used:
 * a clinic wall-clock time is held as "milliseconds since the epoch read as UTC",
 * a clinic day as its number since 1970-01-01.
 */
import type { Clinic, Day } from '../../content/schema.js';
import { strings } from '../../core/i18n.js';

export type Hours = Clinic['hours'];
export type HoursState = 'open' | 'closed' | 'appointment';
export type HourCycle = 'h12' | 'h23';

/** A weekly rule or an exception, read alike. */
interface Rule {
  days?: Day[];
  from?: string;
  through?: string;
  status: HoursState;
  opens?: string;
  closes?: string;
  note?: string;
}

export interface HoursStatus {
  state: HoursState;
  /** When the current state ends (the next change); undefined if none within 14 days. */
  until?: Date;
  /** Start of the next 'open' segment after now; undefined if none within 14 days. */
  nextOpen?: Date;
}

/** A day of the week: its rule or exception (times, note…), with its date and state. */
export interface ScheduleDay extends Partial<Rule> {
  date: string;
  day: Day;
  /** The status of the day's rule or exception; 'closed' when there is none. */
  state: HoursState;
  today: boolean;
}

/** The attribute value as an hour cycle, or undefined when it is not h12/h23. */
export const hourCycleOf = (value: string | undefined): HourCycle | undefined =>
  value === 'h12' || value === 'h23' ? value : undefined;

/** A day's or an exception's hours in words: "Closed", "9 AM – 7 PM", or "By appointment". */
export function formatRange(rule: { status: string; opens?: string; closes?: string }, locale: string, hourCycle?: HourCycle): string {
  const t = strings(locale);
  if (rule.status == 'closed') return t.closed;
  return rule.opens && rule.closes
    ? `${formatClock(rule.opens, locale, hourCycle)} – ${formatClock(rule.closes, locale, hourCycle)}`
    : t.byAppointment;
}

const DAY = 864e5;
/** Day names from Monday; 1970-01-01, day 0, was a Thursday (index 3). */
const DAYS = 'mon tue wed thu fri sat sun'.split(' ') as Day[];
const formatters: Record<string, Intl.DateTimeFormat> = {};

/** A cached `Intl.DateTimeFormat` (throws on an invalid time zone). */
const dtf = (locale: string, options: Intl.DateTimeFormatOptions) =>
  (formatters[locale + JSON.stringify(options)] ??= Intl.DateTimeFormat(locale, options));

/** The wall-clock time of an instant in a zone, as epoch milliseconds read as UTC (whole seconds). */
const wall = (t: Date | number, timeZone: string) =>
  // Swedish writes "2026-03-08 03:00:00": ISO order, 24-hour.
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
/** Minutes since midnight of 'HH:MM'; a missing time is the end of the day. */
const minutes = (hhmm = '24:00') => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3);

/** A clinic day with the rule in force: the first exception covering it, else the weekly rule. */
function dayOn(hours: Hours, d: number, today?: number): ScheduleDay {
  const date = iso(d);
  const day = DAYS[(d + 3) % 7]!;
  const rule: Rule | undefined =
    hours.exceptions.find((e) => e.from <= date && date <= (e.through ?? e.from)) ?? hours.weekly.find((w) => w.days.includes(day));
  return { ...rule, date, day, state: rule?.status ?? 'closed', today: d == today };
}

/** The state now, and the changes of state over the next 14 clinic days. */
export function statusAt(hours: Hours, now: Date): HoursStatus {
  const today = dayOf(now, hours.timeZone);
  // The state that begins at a minute of the 15 days, by minute from today's midnight (a sparse
  // array, read in order); a day's midnight overwrites a close at "24:00" the day before.
  const changes: HoursState[] = [];
  for (let i = 0; i < 15; i++) {
    const { state, opens, closes } = dayOn(hours, today + i);
    const m = i * 1440;
    changes[m] = state;
    if (opens) {
      changes[m] = 'closed';
      changes[m + minutes(opens)] = state;
      changes[m + minutes(closes)] = 'closed';
    }
  }
  changes.length = 21600; // 15 days: no close at the midnight after
  let state: HoursState = 'closed';
  let last: HoursState;
  let until: Date | undefined;
  let nextOpen: Date | undefined;
  changes.forEach((s, m) => {
    // Instants, not wall times, are compared: right in the repeated hour of a fall change too.
    const at = instant(today * DAY + m * 6e4, hours.timeZone);
    if (at <= now) state = last = s;
    else if (s != last) {
      until ??= at;
      if ((last = s) == 'open') nextOpen ??= at;
    }
  });
  return { state, until, nextOpen };
}

/** What is malformed in the hours, in a few words, else undefined. */
export function hoursProblem({ timeZone, weekly, exceptions }: Hours): string | undefined {
  try {
    wall(0, timeZone);
  } catch {
    return `time zone "${timeZone}"`;
  }
  const days = weekly.flatMap((w) => w.days);
  const rules: Rule[] = [...weekly, ...exceptions];
  // A day in two weekly rules; an open rule without times; times, when given, or dates out of order.
  const bad = rules.find(
    (r) =>
      r.days?.some((d) => days.indexOf(d) != days.lastIndexOf(d)) ||
      ((r.status == 'open' || r.opens || r.closes) && !(r.opens! < r.closes!)) ||
      r.through! < r.from!,
  );
  return bad && 'rule ' + (bad.from ?? bad.days);
}

/** Monday to Sunday of the clinic-local week containing `now`. */
export function weekSchedule(hours: Hours, now: Date): ScheduleDay[] {
  const today = dayOf(now, hours.timeZone);
  return DAYS.map((_, i) => dayOn(hours, today - ((today + 3) % 7) + i, today));
}

/** Exceptions not over yet (clinic-local) that start within `days`, by start date. */
export function upcomingExceptions(hours: Hours, now: Date, days = 60): Hours['exceptions'] {
  const today = dayOf(now, hours.timeZone);
  return hours.exceptions
    .filter((e) => (e.through ?? e.from) >= iso(today) && e.from <= iso(today + days))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** A time in a zone: 12-hour without ":00" ("9 AM", "7:30 PM"), 24-hour with two digits ("09:00"). */
function format(t: Date | number, timeZone: string, locale: string, hourCycle?: HourCycle, extra?: Intl.DateTimeFormatOptions): string {
  const options: Intl.DateTimeFormatOptions = { ...extra, timeZone, hourCycle, hour: 'numeric', minute: '2-digit' };
  if (!dtf(locale, options).resolvedOptions().hour12) options.hour = '2-digit';
  else if (wall(t, timeZone) % 36e5 == 0) options.minute = undefined;
  return dtf(locale, options).format(t);
}

/** 'HH:MM' (or "24:00", midnight) as a clock time. */
export const formatClock = (hhmm: string, locale: string, hourCycle?: HourCycle): string =>
  format(minutes(hhmm) * 6e4, 'UTC', locale, hourCycle);

/** An instant's time in a zone, "7 PM", or "Mon 9 AM" with the weekday. */
export const formatInstant = (date: Date, timeZone: string, locale: string, hourCycle?: HourCycle, withWeekday?: boolean): string =>
  format(date, timeZone, locale, hourCycle, withWeekday ? { weekday: 'short' } : {});

/** The badge sentence for a status, e.g. "Open now · closes 7 PM" or "Closed · opens tomorrow at 9 AM". */
export function describeStatus(hours: Hours, { state, until, nextOpen }: HoursStatus, now: Date, locale: string, hourCycle?: HourCycle): string {
  const tz = hours.timeZone;
  const t = strings(locale);
  if (state == 'appointment') return t.appointment(dtf(locale, { weekday: 'long', timeZone: tz }).format(now));
  const open = state == 'open';
  const next = open ? until : nextOpen;
  if (!next) return t[state];
  // Closing: "7 PM" (today or tomorrow); opening: "today at 9 AM", "tomorrow at 9 AM"; later: "Mon 9 AM", "Dec 28, 9 AM".
  const n = dayOf(next, tz) - dayOf(now, tz);
  const time = format(next, tz, locale, hourCycle, n > 6 ? { month: 'short', day: 'numeric' } : n > 1 ? { weekday: 'short' } : {});
  return open ? t.openUntil(time) : t.opens(n > 1 ? time : (n ? t.tomorrow : t.today)(time));
}

/** The instant the clinic's next calendar day begins (for re-rendering "today"). */
export const nextMidnight = (now: Date, timeZone: string): Date => instant((dayOf(now, timeZone) + 1) * DAY, timeZone);

/** The visitor's own IANA zone, as the browser reports it. */
export const visitorZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
