/**
 * The opening-hours model: pure functions, no DOM. Everything is computed in
 * the clinic's IANA time zone (with Temporal where the browser has it, else
 * with `Intl`), so the answer is the same
 * whatever zone the visitor's browser runs in, across DST changes and the
 * date line. Local-zone `Date` APIs (getHours, getDay, setHours…) are never used:
 * a clinic wall-clock time is held as "milliseconds since the epoch read as UTC",
 * a clinic day as its number since 1970-01-01.
 */
import { clockMinutes, DAY_NAMES, span } from '../../content/hours-check.js';
import type { Clinic } from '../../content/schema.js';
import { DAYS, type Day } from '../../content/vocabulary.js';
import { english, formatDate, formatList } from '../../core/format.js';
import { strings } from '../../core/i18n.js';
import { HOURS_STRINGS } from './strings.js';
import { PREFORMATTED } from '../../core/preformatted.js';
import { intl } from '../../core/intl.js';
import { wall } from '../../core/zone.js';

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
  /** The holiday or special day that gives the hours now, when one does (its `note` says why). */
  exception?: Rule;
}

/** A day of the clinic's week: its first interval's rule or exception (times, note, `status`; none when closed all day), its date and every interval. */
export interface ScheduleDay extends Partial<Rule> {
  /** YYYY-MM-DD. */
  date: string;
  today: boolean;
  /** The rules or exceptions that give the day's hours, one per interval (a rule without times stands alone). */
  rules: Rule[];
}

/** The attribute value as an hour cycle, or undefined when it is not h12/h23. */
export const hourCycleOf = (value: string | undefined): HourCycle | undefined => (value === 'h12' || value === 'h23' ? value : undefined);

/** The one check of an `hour-cycle` attribute: a malformed value goes to `ignore` (which warns once) and is not used. */
export function checkHourCycle(value: string | undefined, ignore: (attribute: string, value: string, expected: string) => void): void {
  if (value && !hourCycleOf(value)) ignore('hour-cycle', value, 'h12 or h23');
}

/** A day's or an exception's hours in words: "Closed", "9 AM – 7 PM", "6 PM – 2 AM" (past midnight), or "By appointment". */
export function formatRange(rule: { status: string; opens?: string; closes?: string }, locale: string, hourCycle?: HourCycle): string {
  const t = strings(HOURS_STRINGS, locale);
  if (rule.status == 'closed') return t.closed;
  return rule.opens && rule.closes
    ? `${formatClock(rule.opens, locale, hourCycle)} – ${formatClock(rule.closes, locale, hourCycle)}`
    : t.byAppointment;
}

/** A day's intervals as one list in the locale: "9 AM – 12 PM and 1 PM – 7 PM"; "Closed" for none. */
export const formatRanges = (rules: Rule[], locale: string, hourCycle?: HourCycle): string =>
  formatList(rules.length ? rules.map((r) => formatRange(r, locale, hourCycle)) : [strings(HOURS_STRINGS, locale).closed], locale);

const DAY = 864e5;
/** English day names from Monday; 1970-01-01, day 0, was a Thursday (index 3). */
export { DAY_NAMES };

/** The weekday of a date (YYYY-MM-DD) in words in the locale, "Monday" or, `short`, "Mon"; in plain English without Intl. */
export function dayName(date: string, locale: string, style: 'long' | 'short' = 'long'): string {
  if (!english(locale)) return formatDate(date, locale, { weekday: style });
  const name = DAY_NAMES[(Date.parse(date) / DAY + 3) % 7]!;
  return style == 'long' ? name : name.slice(0, 3);
}
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

/** How far ahead the hours are read: today and the 14 clinic days after it, in minutes. */
const HORIZON = 15 * 1440;

/** A stretch of minutes from today's midnight with its state, and the exception that gives it, if one does. */
type Span = { start: number; end: number; state: HoursState; exception?: Rule };

/** The state now, and the changes of state over the next 14 clinic days; `soon`: minutes of closing soon. */
export function statusAt(hours: Hours, now: Date, soon = 0): HoursStatus {
  const today = dayOf(now, hours.timeZone);
  // Spans by minute from today's midnight, from yesterday (its night may run past midnight) on:
  // intervals first, latest day first, then each whole day's state ('closed' unless a rule
  // without times gives one). The first span holding a minute gives its state.
  const spans: Span[] = [];
  for (let i = -1; i < 15; i++) {
    const m = i * 1440;
    const rules = rulesOn(hours, today + i);
    // Exceptions replace the whole day's rules: the first one names why the day differs.
    const exception = rules.find((r) => r.from);
    let state: HoursState = 'closed';
    for (const r of rules) {
      if (r.opens) {
        const [a, b] = span(r);
        spans.unshift({ start: m + a, end: m + b, state: r.status, exception: r.from ? r : undefined });
      } else state = r.status;
    }
    spans.push({ start: m, end: m + 1440, state, exception });
  }
  let state: BadgeState = 'closed';
  let exception: Rule | undefined;
  let last: HoursState | undefined;
  let until: Date | undefined;
  let nextOpen: Date | undefined;
  const boundaries = [...new Set(spans.flatMap(({ start, end }) => [start, end]))].sort((a, b) => a - b);
  // Each boundary within the 15 days (none at the midnight after), in order.
  for (const m of boundaries.filter((b) => b >= 0 && b < HORIZON)) {
    const holding = spans.find(({ start, end }) => start <= m && m < end)!;
    // Instants, not wall times, are compared: right in the repeated hour of a fall change too.
    const at = instant(today * DAY + m * 6e4, hours.timeZone);
    if (at <= now) {
      state = last = holding.state;
      exception = holding.exception;
    } else if (holding.state != last) {
      until ??= at;
      if ((last = holding.state) == 'open') nextOpen ??= at;
    }
    // The next change and the next opening are known: the rest of the two weeks changes neither.
    if (nextOpen) break;
  }
  const closes = state == 'open' ? until : undefined;
  // Closing soon from `soon` minutes before closing; until then, open ends when closing soon begins.
  const soonAt = closes && soon > 0 && new Date(+closes - soon * 6e4);
  if (soonAt && soonAt <= now) state = 'closing-soon';
  else if (soonAt) until = soonAt;
  return { state, until, closes, nextOpen, exception };
}

/** Monday to Sunday of the clinic-local week containing `now`. */
export function weekSchedule(hours: Hours, now: Date): ScheduleDay[] {
  const today = dayOf(now, hours.timeZone);
  return DAYS.map((_, i) => {
    const d = today - ((today + 3) % 7) + i;
    const all = rulesOn(hours, d);
    // A rule without times under timed ones (a closed range around special hours) is not shown.
    const timed = all.filter((r) => r.opens);
    const rules = timed[0] ? timed : all;
    return { ...rules[0], date: iso(d), today: d == today, rules };
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
  const withMinutes = hm.slice(2) != ':00';
  // English as V8's Intl writes it: "9 AM", "7:30 PM" (a plain space before AM), "09:00", "Mon 9 AM".
  if (english(locale) && !extra?.month)
    return (
      (extra?.weekday ? dayName(stamp.slice(0, 10), locale, 'short') + ' ' : '') +
      (hourCycle == 'h23' ? hm : (h % 12 || 12) + (withMinutes ? hm.slice(2) : '') + (h < 12 ? ' AM' : ' PM'))
    );
  const options: Intl.DateTimeFormatOptions = { ...extra, timeZone, hourCycle, hour: 'numeric', minute: '2-digit' };
  if (!intl(Intl.DateTimeFormat, locale, options).resolvedOptions().hour12) options.hour = '2-digit';
  else if (!withMinutes) options.minute = undefined;
  return intl(Intl.DateTimeFormat, locale, options).format(t);
}

/** 'HH:MM' (or "24:00", midnight) as a clock time. */
export const formatClock = (hhmm: string, locale: string, hourCycle?: HourCycle): string =>
  format(clockMinutes(hhmm) * 6e4, 'UTC', locale, hourCycle);

/** An instant's time in a zone, "7 PM", or "Mon 9 AM" with the weekday. */
export const formatInstant = (date: Date, timeZone: string, locale: string, hourCycle?: HourCycle, withWeekday?: boolean): string =>
  format(date, timeZone, locale, hourCycle, withWeekday ? { weekday: 'short' } : {});

/** The time a badge sentence names: the closing time when open or closing soon, the opening time when closed. */
export const namedTime = ({ state, closes, nextOpen }: HoursStatus): Date | undefined => (state == 'closed' ? nextOpen : closes);

/**
 * The badge's words for a status, in order: the state, the note of the
 * holiday or special day that gives today's hours (when it has one), and
 * the next change. ["Open now", "closes 7 PM"], ["Closed today",
 * "Christmas Eve", "opens Fri 9 AM"], ["Saturday: by appointment"].
 */
export function statusWords(hours: Hours, status: HoursStatus, now: Date, locale: string, hourCycle?: HourCycle): string[] {
  const tz = hours.timeZone;
  const t = strings(HOURS_STRINGS, locale);
  const { state, exception } = status;
  const note = exception?.note;
  if (state == 'appointment')
    return note ? [t.appointment(dayName(clinicDate(now, tz), locale)), note] : [t.appointment(dayName(clinicDate(now, tz), locale))];
  const next = namedTime(status);
  let when: string | undefined;
  if (next) {
    // Closing: "7 PM" (today or tomorrow); opening: "today at 9 AM", "tomorrow at 9 AM"; later: "Mon 9 AM", "Dec 28, 9 AM".
    const days = dayOf(next, tz) - dayOf(now, tz);
    // Beside a holiday's note, opening tomorrow is "opens Fri 9 AM": shorter, so that the badge keeps one line.
    const weekday = days > 1 || (days == 1 && state == 'closed' && note);
    const time = format(next, tz, locale, hourCycle, days > 6 ? { month: 'short', day: 'numeric' } : weekday ? { weekday: 'short' } : {});
    if (state == 'closed') when = t.opensAt(weekday ? time : days ? t.tomorrow(time) : t.today(time));
    else when = state == 'open' ? t.closesAt(time) : t.soonAt(time);
  }
  // An exception that closes the whole day (no interval of its own): "Closed today".
  const lead =
    state == 'open' ? t.open : state == 'closing-soon' ? t.closingSoon : exception && !exception.opens ? t.closedToday : t.closed;
  return [lead, note, when].filter((w) => w != null);
}

/** The badge's words as one sentence: "Open now · closes 7 PM", "Closed today · Christmas Eve · opens Fri 9 AM". */
export const describeStatus = (hours: Hours, status: HoursStatus, now: Date, locale: string, hourCycle?: HourCycle): string =>
  statusWords(hours, status, now, locale, hourCycle).join(' · ');

/**
 * The weekly hours in words, written from the rules (the document holds no
 * other copy): "Mon–Fri 9 AM – 7 PM; Sat by appointment (Some Saturdays by
 * appointment only)". Days with the same hours are named together, a run
 * of three or more as a range. "Closed" when no day opens.
 */
export function describeWeek(hours: Hours, locale: string, hourCycle?: HourCycle): string {
  const byWords = new Map<string, number[]>();
  DAYS.forEach((day, i) => {
    const rules = hours.weekly.filter((r) => r.days.includes(day));
    if (!rules.length) return;
    const timed = rules.filter((r) => r.opens);
    const ranges = formatRanges(timed.length ? timed : rules, locale, hourCycle);
    const notes = [...new Set(rules.map((r) => r.note).filter((note) => note != null))];
    // Mid-sentence: "by appointment", not "By appointment".
    const text = ranges[0]!.toLocaleLowerCase(locale) + ranges.slice(1) + (notes.length ? ` (${notes.join('; ')})` : '');
    byWords.set(text, [...(byWords.get(text) ?? []), i]);
  });
  const parts = [...byWords].map(([text, days]) => {
    // Runs of consecutive days: Mon, Tue, Wed → "Mon–Wed".
    const runs: number[][] = [];
    for (const d of days) {
      const run = runs.at(-1);
      if (run && d == run.at(-1)! + 1) run.push(d);
      else runs.push([d]);
    }
    // Day 4, 1970-01-05, was a Monday.
    const short = (i: number) => dayName(iso(4 + i), locale, 'short');
    const named = runs.map((run) => (run.length > 2 ? `${short(run[0]!)}–${short(run.at(-1)!)}` : run.map(short).join(', ')));
    return `${named.join(', ')} ${text}`;
  });
  return parts.length ? parts.join('; ') : strings(HOURS_STRINGS, locale).closed;
}

/** The instant the clinic's next calendar day begins (for re-rendering "today"). */
export const nextMidnight = (now: Date, timeZone: string): Date => instant((dayOf(now, timeZone) + 1) * DAY, timeZone);

/** A zone's name in words in the locale, e.g. "Pacific Time" (the zone's id when Intl has none). */
export const zoneName = (timeZone: string, locale: string, now: Date): string =>
  (english(locale) && PREFORMATTED.zones[timeZone]) ||
  (intl(Intl.DateTimeFormat, locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(now)
    .find((p) => p.type == 'timeZoneName')?.value ??
    timeZone);

/** The visitor's own IANA zone, as the browser reports it. */
export const visitorZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
