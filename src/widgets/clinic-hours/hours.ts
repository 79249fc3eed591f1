/**
 * The opening-hours model: pure functions, no DOM. Everything is computed in
 * the clinic's IANA time zone with `Intl` alone, so the answer is the same
 * whatever zone the visitor's browser runs in, across DST changes and the
 * date line. Local-zone `Date` APIs (getHours, getDay, setHours…) are never used:
 * a clinic wall-clock time is held as "milliseconds since the epoch read as UTC".
 */
import type { Clinic, Day } from '../../content/schema.js';

export type Hours = Clinic['hours'];
export type HoursState = 'open' | 'closed' | 'appointment';
export type HourCycle = 'h12' | 'h23';
type Rule = Hours['weekly'][number] | Hours['exceptions'][number];

export interface HoursStatus {
  state: HoursState;
  /** When the current state ends (the next change); undefined if none within 14 days. */
  until?: Date;
  nextState?: HoursState;
  /** Start of the next 'open' segment after now; undefined if none within 14 days. */
  nextOpen?: Date;
  /** Note of the current day's rule or exception. */
  note?: string;
}

export interface ScheduleDay {
  date: string;
  day: Day;
  /** 'open' if the day has any open time, else 'appointment' if any, else 'closed'. */
  state: HoursState;
  /** The times of the day's rule or exception, when it has any. */
  opens?: string;
  closes?: string;
  note?: string;
  exception: boolean;
  today: boolean;
}

/** Every word the badge shows: the one seam for a translation. */
export const hoursText = {
  open: 'Open now',
  openUntil: (time: string) => `Open now · closes ${time}`,
  closed: 'Closed',
  opens: (when: string) => `Closed · opens ${when}`,
  today: (time: string) => `today at ${time}`,
  tomorrow: (time: string) => `tomorrow at ${time}`,
  appointment: (weekday: string) => `${weekday}: by appointment`,
  /** Shown instead of the hours when hoursProblem() finds one. */
  unavailable: 'Hours unavailable',
};

const DAY = 864e5;
const DAYS = 'mon tue wed thu fri sat sun'.split(' ') as Day[];
const formatters: Record<string, Intl.DateTimeFormat> = {};

/** The wall-clock time of an instant in a zone, as epoch milliseconds read as UTC (whole seconds). */
function wall(t: Date | number, timeZone: string): number {
  const p: Record<string, number> = {};
  const f = (formatters[timeZone] ??= new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }));
  for (const { type, value } of f.formatToParts(t)) p[type] = +value;
  return Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute, p.second);
}

/**
 * The instant of a wall-clock time (whole seconds): guessed with the zone's
 * offsets a day before and a day after. Both fit in the repeated hour of a
 * fall change: the first wins. Neither fits in a spring gap: the earlier
 * offset moves the time forward.
 */
function instant(local: number, timeZone: string): number {
  const [before, after] = [local - DAY, local + DAY].map((t) => local - wall(t, timeZone) + t) as [number, number];
  const fits = (t: number) => wall(t, timeZone) == local;
  return fits(after) && !(fits(before) && before < after) ? after : before;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const weekday = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7;
const minutes = (hhmm: string) => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3);

/** 'YYYY-MM-DD' of an instant in the zone. */
export const clinicDate = (now: Date, timeZone: string): string => iso(wall(now, timeZone));

/** The day of the week of a 'YYYY-MM-DD' date. */
export const dayOf = (date: string): Day => DAYS[weekday(Date.parse(date))]!;

/** The rule in force on a date: the first exception covering it, else the weekly rule. */
function ruleOn(hours: Hours, date: string): [Rule | undefined, boolean] {
  const x = hours.exceptions.find((e) => e.from <= date && date <= (e.through ?? e.from));
  return x ? [x, true] : [hours.weekly.find((w) => w.days.includes(dayOf(date))), false];
}

/** A day's changes as [minute, state], the first at minute 0. */
function segments(rule: Rule | undefined): Array<[number, HoursState]> {
  if (!rule?.opens || rule.status == 'closed') return [[0, rule?.status ?? 'closed']];
  const changes: Array<[number, HoursState]> = [
    [0, 'closed'],
    [minutes(rule.opens), rule.status],
    [minutes(rule.closes ?? '24:00'), 'closed'],
  ];
  return changes.filter(([m], i) => m < 1440 && m != changes[i + 1]?.[0]);
}

/** The state now, today's note, and the changes of state over the next 14 clinic days. */
export function statusAt(hours: Hours, now: Date): HoursStatus {
  const w = wall(now, hours.timeZone);
  const midnight = w - (w % DAY);
  const changes: Array<[Date, HoursState]> = [];
  let state: HoursState = 'closed';
  let last: HoursState = state;
  let note: string | undefined;
  for (let i = 0; i < 15; i++) {
    const [rule] = ruleOn(hours, iso(midnight + i * DAY));
    if (!i) note = rule?.note;
    for (const [m, s] of segments(rule)) {
      // Instants, not wall times, are compared: right in the repeated hour of a fall change too.
      const at = instant(midnight + i * DAY + m * 6e4, hours.timeZone);
      if (at <= +now) state = last = s;
      else if (s != last) changes.push([new Date(at), (last = s)]);
    }
  }
  return {
    state,
    until: changes[0]?.[0],
    nextState: changes[0]?.[1],
    nextOpen: changes.find((c) => c[1] == 'open')?.[0],
    note,
  };
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    wall(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/** One line describing malformed hours, else undefined. */
export function hoursProblem(hours: Hours): string | undefined {
  if (!isValidTimeZone(hours.timeZone)) return `time zone "${hours.timeZone}" is not valid`;
  const days = hours.weekly.flatMap((w) => w.days);
  const twice = days.find((d, i) => days.indexOf(d) < i);
  if (twice) return `${twice} is listed twice`;
  for (const r of [...hours.weekly, ...hours.exceptions]) {
    const name = 'from' in r ? r.from : r.days.join();
    // An open rule needs times; times, when given, must be in order.
    if ((r.status == 'open' || r.opens || r.closes) && !(r.opens! < r.closes!)) return `${name}: needs opens before closes`;
    if ('from' in r && (r.through ?? r.from) < r.from) return `${name}: through is before from`;
  }
  return undefined;
}

/** Monday to Sunday of the clinic-local week containing `now`. */
export function weekSchedule(hours: Hours, now: Date): ScheduleDay[] {
  const w = wall(now, hours.timeZone);
  const today = iso(w);
  const monday = w - (w % DAY) - weekday(w) * DAY;
  return DAYS.map((day, i) => {
    const date = iso(monday + i * DAY);
    const [rule, exception] = ruleOn(hours, date);
    const states = segments(rule).map((s) => s[1]);
    const state = (['open', 'appointment'] as const).find((s) => states.includes(s)) ?? 'closed';
    return { date, day, state, opens: rule?.opens, closes: rule?.closes, note: rule?.note, exception, today: date == today };
  });
}

/** Exceptions not over yet (clinic-local) that start within `days`, by start date. */
export function upcomingExceptions(hours: Hours, now: Date, days = 60): Hours['exceptions'] {
  const w = wall(now, hours.timeZone);
  const today = iso(w);
  const last = iso(w + days * DAY);
  return hours.exceptions.filter((e) => (e.through ?? e.from) >= today && e.from <= last).sort((a, b) => a.from.localeCompare(b.from));
}

/** A time in a zone: 12-hour without ":00" ("9 AM", "7:30 PM"), 24-hour with two digits ("09:00"). */
function format(t: Date | number, timeZone: string, locale: string, hourCycle?: HourCycle, extra?: Intl.DateTimeFormatOptions): string {
  const options: Intl.DateTimeFormatOptions = { ...extra, hour: 'numeric', minute: '2-digit', hourCycle, timeZone };
  if (!new Intl.DateTimeFormat(locale, options).resolvedOptions().hourCycle?.startsWith('h1')) options.hour = '2-digit';
  else if (wall(t, timeZone) % 36e5 == 0) delete options.minute;
  return new Intl.DateTimeFormat(locale, options).format(t);
}

/** 'HH:MM' (or "24:00", midnight) as a clock time. */
export const formatClock = (hhmm: string, locale: string, hourCycle?: HourCycle): string =>
  format(minutes(hhmm) * 6e4, 'UTC', locale, hourCycle);

/** An instant's time in a zone, "7 PM", or "Mon 9 AM" with the weekday. */
export const formatInstant = (date: Date, timeZone: string, locale: string, hourCycle?: HourCycle, withWeekday = false): string =>
  format(date, timeZone, locale, hourCycle, withWeekday ? { weekday: 'short' } : {});

/** The badge sentence for a status, e.g. "Open now · closes 7 PM" or "Closed · opens tomorrow at 9 AM". */
export function describeStatus(hours: Hours, status: HoursStatus, now: Date, locale: string, hourCycle?: HourCycle): string {
  const tz = hours.timeZone;
  const t = hoursText;
  const day = (d: Date) => Math.floor(wall(d, tz) / DAY);
  /** "7 PM" (closing today or tomorrow), "today at 9 AM", "tomorrow at 9 AM", "Mon 9 AM", "Dec 28, 9 AM". */
  const when = (d: Date, opening?: boolean) => {
    const n = day(d) - day(now);
    const time = format(d, tz, locale, hourCycle);
    if (n < 2 && !opening) return time;
    if (n < 2) return n ? t.tomorrow(time) : t.today(time);
    return format(d, tz, locale, hourCycle, n < 7 ? { weekday: 'short' } : { month: 'short', day: 'numeric' });
  };
  if (status.state == 'appointment') return t.appointment(new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: tz }).format(now));
  if (status.state == 'open') return status.until ? t.openUntil(when(status.until)) : t.open;
  return status.nextOpen ? t.opens(when(status.nextOpen, true)) : t.closed;
}

/** The instant the clinic's next calendar day begins (for re-rendering "today"). */
export function nextMidnight(now: Date, timeZone: string): Date {
  const w = wall(now, timeZone);
  return new Date(instant(w - (w % DAY) + DAY, timeZone));
}

/** The visitor's own IANA zone, as the browser reports it. */
export const visitorZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;
