/**
 * The week grid's model: the weekly rules of a document seen day by day, as
 * Google Business Profile's hours editor shows them, and compiled back into
 * the fewest rules. Pure functions; the grid (./week-grid.ts) renders them.
 *
 * A day holds its intervals ("slots"): each is what one weekly rule gives
 * that day. No slot: closed. A slot without times: the whole day (by
 * appointment). A slot that closes before it opens runs past midnight.
 */
import { DAYS, type Day } from '../../src/content/schema.js';

export type SlotStatus = 'open' | 'appointment';

/** One interval of one day. */
export interface Slot {
  status: SlotStatus;
  opens?: string;
  closes?: string;
  note?: string;
}

/** A weekly rule, as the document holds it. */
export interface WeeklyRule extends Slot {
  days: Day[];
}

export type Week = Record<Day, Slot[]>;

/** What a day is: no interval, only open ones, only by-appointment ones, or both kinds. */
export type DayState = 'closed' | 'open' | 'appointment' | 'mixed';

/** Monday to Friday: where "Copy to weekdays" copies a day. */
export const WEEKDAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** A new interval, when a day opens: nine to five. */
const DEFAULT_HOURS = { opens: '09:00', closes: '17:00' } as const;

/** Minutes since midnight of an 'HH:MM' time. */
const minutes = (hhmm: string): number => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3, 5);
/** 'HH:MM' of minutes since midnight, on the clock (1500 is 01:00). */
const clock = (total: number): string => {
  const m = ((total % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** A slot with its fields in the schema's order and no empty ones. */
function slot(status: SlotStatus, opens?: string, closes?: string, note?: string): Slot {
  return { status, ...(opens ? { opens } : {}), ...(closes ? { closes } : {}), ...(note ? { note } : {}) };
}

/** Slots of a day in time order: the whole-day one first, then by opening time. */
const byTime = (a: Slot, b: Slot): number => (a.opens ?? '').localeCompare(b.opens ?? '') || (a.closes ?? '').localeCompare(b.closes ?? '');

export const emptyWeek = (): Week => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });

/** Reads any list of weekly rules into the grid: each rule's interval on each of its days. */
export function readWeek(weekly: readonly WeeklyRule[]): Week {
  const week = emptyWeek();
  for (const rule of weekly) {
    for (const day of new Set(rule.days)) week[day].push(slot(rule.status, rule.opens, rule.closes, rule.note));
  }
  for (const day of DAYS) week[day].sort(byTime);
  return week;
}

/**
 * The fewest weekly rules that give the week: one rule per distinct
 * interval (status, times and note), naming every day that has it. Rules
 * come in the order of their first day, then of their times.
 */
export function compileWeek(week: Week): WeeklyRule[] {
  const rules = new Map<string, WeeklyRule>();
  for (const day of DAYS) {
    for (const s of [...week[day]].sort(byTime)) {
      const key = JSON.stringify([s.status, s.opens ?? '', s.closes ?? '', s.note ?? '']);
      let rule = rules.get(key);
      if (!rule) rules.set(key, (rule = { days: [], ...slot(s.status, s.opens, s.closes, s.note) }));
      if (!rule.days.includes(day)) rule.days.push(day);
    }
  }
  return [...rules.values()];
}

/** The state a day's select shows. */
export function dayState(slots: readonly Slot[]): DayState {
  if (!slots.length) return 'closed';
  const statuses = new Set(slots.map((s) => s.status));
  return statuses.size > 1 ? 'mixed' : slots[0]!.status;
}

/** Whether an interval runs past midnight into the next day (22:00–02:00). */
export const overnight = (s: Slot): boolean => !!s.opens && !!s.closes && minutes(s.closes) < minutes(s.opens);

/** The day's note: the first interval's (the grid edits one note per day). */
export const dayNote = (slots: readonly Slot[]): string => slots.find((s) => s.note)?.note ?? '';

/** Whether the day's intervals carry different notes (then typing one note replaces them all). */
export const notesDiffer = (slots: readonly Slot[]): boolean => new Set(slots.map((s) => s.note ?? '')).size > 1;

/**
 * Sets a day's state. Closed empties it; Open or By appointment from closed
 * gives nine to five open, or the whole day by appointment; between Open and
 * By appointment the intervals keep their times.
 */
export function setDayState(week: Week, day: Day, state: Exclude<DayState, 'mixed'>): void {
  const slots = week[day];
  const note = dayNote(slots) || undefined;
  if (state === 'closed') week[day] = [];
  else if (!slots.length)
    week[day] = [
      state === 'open' ? slot('open', DEFAULT_HOURS.opens, DEFAULT_HOURS.closes, note) : slot('appointment', undefined, undefined, note),
    ];
  else {
    week[day] = slots.map((s) =>
      state === 'open' && !s.opens && !s.closes ? slot('open', DEFAULT_HOURS.opens, DEFAULT_HOURS.closes, s.note) : { ...s, status: state },
    );
  }
}

/**
 * "Add hours": another interval on the day. A day with one long interval
 * is split around its middle with an hour's break (09:00–17:00 becomes
 * 09:00–12:00 and 13:00–17:00); otherwise two hours are added an hour after
 * the last interval. A day by appointment at any time gets times; a closed
 * day opens.
 */
export function addHours(week: Week, day: Day): void {
  const slots = week[day];
  const last = slots.at(-1);
  if (!last) return setDayState(week, day, 'open');
  if (!last.opens && !last.closes) {
    week[day] = [{ ...last, ...DEFAULT_HOURS }];
    return;
  }
  const start = minutes(last.opens ?? DEFAULT_HOURS.opens);
  const end = last.closes ? minutes(last.closes) : start;
  const breakEnd = Math.floor((start + end) / 2 / 60) * 60;
  const breakStart = breakEnd - 60;
  if (slots.length === 1 && end > start && breakStart > start && breakEnd < end) {
    week[day] = [...slots.slice(0, -1), { ...last, closes: clock(breakStart) }, { ...last, opens: clock(breakEnd) }];
  } else {
    week[day] = [...slots, slot(last.status, clock(end + 60), clock(end + 180), last.note)];
  }
}

/** Removes one interval; the last one gone, the day is closed. */
export function removeSlot(week: Week, day: Day, index: number): void {
  week[day] = week[day].filter((_, i) => i !== index);
}

/** Sets one time of an interval; an empty value removes it (the checks then ask for it). */
export function setTime(week: Week, day: Day, index: number, key: 'opens' | 'closes', value: string): void {
  const s = week[day][index];
  if (!s) return;
  week[day][index] = slot(s.status, key === 'opens' ? value : s.opens, key === 'closes' ? value : s.closes, s.note);
}

/** Sets the note of every interval of the day ('' removes it). */
export function setDayNote(week: Week, day: Day, note: string): void {
  week[day] = week[day].map((s) => slot(s.status, s.opens, s.closes, note || undefined));
}

/** "Copy to weekdays": Monday to Friday get this day's intervals. */
export function copyToWeekdays(week: Week, day: Day): void {
  for (const weekday of WEEKDAYS) week[weekday] = week[day].map((s) => ({ ...s }));
}

/** Every (day, interval) the rules give, sorted: two lists of rules give the same hours when these are equal. */
export function expand(weekly: readonly WeeklyRule[]): string[] {
  const week = readWeek(weekly);
  return DAYS.flatMap((day) => week[day].map((s) => `${day} ${s.status} ${s.opens ?? ''}-${s.closes ?? ''} ${s.note ?? ''}`.trim())).sort();
}
