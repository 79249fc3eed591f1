/**
 * The hours form's edits, as pure functions on the parsed document: each
 * edit changes one field of a copy and leaves everything else as written
 * (a value the form cannot show, such as "9am", stays until it is edited).
 */
import { DAYS, type Day } from '../../src/content/schema.js';

export type Row = Record<string, unknown>;
export type ListName = 'weekly' | 'exceptions';

/** What the form reads from a document: the hours object and its two lists, or why it cannot. */
export type HoursView = { hours: Row; weekly: unknown[]; exceptions: unknown[] } | { reason: string };

export const isRow = (value: unknown): value is Row => !!value && typeof value === 'object' && !Array.isArray(value);

/** The document's `clinic.hours`, when the form can edit it. */
export function readHours(doc: unknown): HoursView {
  const clinic = isRow(doc) ? doc.clinic : undefined;
  const hours = isRow(clinic) ? clinic.hours : undefined;
  if (!isRow(hours)) return { reason: 'The document has no clinic.hours object; add one in the JSON to use this form.' };
  const { weekly, exceptions } = hours;
  if (!Array.isArray(weekly) || !Array.isArray(exceptions)) {
    return { reason: 'clinic.hours.weekly and clinic.hours.exceptions must both be lists ([ … ]) to use this form; fix them in the JSON.' };
  }
  return { hours, weekly, exceptions };
}

/** A copy of the document with `edit` applied to its `clinic.hours` (which must be readable, see readHours). */
export function editHours(doc: unknown, edit: (hours: Row & { weekly: unknown[]; exceptions: unknown[] }) => void): unknown {
  const copy = structuredClone(doc) as { clinic: { hours: Row & { weekly: unknown[]; exceptions: unknown[] } } };
  edit(copy.clinic.hours);
  return copy;
}

/** Field order in the JSON, as the schema lists them; unknown keys keep their place after these. */
const ORDER: Record<ListName, string[]> = {
  weekly: ['days', 'status', 'opens', 'closes', 'note'],
  exceptions: ['from', 'through', 'status', 'opens', 'closes', 'note'],
};

/** The row with its fields in the schema's order. */
export function ordered(row: Row, list: ListName): Row {
  const out: Row = {};
  for (const key of ORDER[list]) if (key in row) out[key] = row[key];
  for (const key of Object.keys(row)) if (!(key in out)) out[key] = row[key];
  return out;
}

/** Sets an optional field; an empty value removes it (the schema refuses empty strings). */
export function setOptional(row: Row, key: string, value: string): void {
  if (value === '') delete row[key];
  else row[key] = value;
}

/** Adds or removes a day, keeping the days in week order (unknown entries stay at the end). */
export function setDay(row: Row, day: Day, on: boolean): void {
  const days: unknown[] = Array.isArray(row.days) ? row.days : [];
  const set = new Set(days);
  if (on) set.add(day);
  else set.delete(day);
  row.days = [...DAYS.filter((d) => set.has(d)), ...days.filter((d) => !DAYS.includes(d as Day) && set.has(d))];
}

/** Sets the status; a closed day has no times, so they go. */
export function setStatus(row: Row, status: string): void {
  row.status = status;
  if (status === 'closed') {
    delete row.opens;
    delete row.closes;
  }
}

const FULL_DATE = /^(\d{4})-(\d{2}-\d{2})$/;
const MONTH_DAY = /^\d{2}-\d{2}$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Whether an exception repeats every year (its dates are MM-DD). */
export const isYearly = (row: Row): boolean => typeof row.from === 'string' && MONTH_DAY.test(row.from);

/** A year that has the month and day (29 February needs a leap year). */
function yearWith(monthDay: string, year: number): number {
  for (let y = year; y < year + 8; y++) if (new Date(`${y}-${monthDay}T00:00Z`).getUTCDate() === +monthDay.slice(3)) return y;
  return year;
}

/**
 * A stored date as an `<input type=date>` value: YYYY-MM-DD as is, MM-DD in
 * `year` (the input needs a year; the form says it repeats), else empty.
 */
export function dateForInput(value: unknown, year: number): string {
  if (typeof value !== 'string') return '';
  if (FULL_DATE.test(value)) return value;
  if (MONTH_DAY.test(value) && +value.slice(0, 2) >= 1 && +value.slice(0, 2) <= 12) return `${yearWith(value, year)}-${value}`;
  return '';
}

/** A date input's value as stored: MM-DD for a yearly exception, else YYYY-MM-DD. */
export const dateFromInput = (value: string, yearly: boolean): string => (yearly && FULL_DATE.test(value) ? value.slice(5) : value);

/** A stored time as an `<input type=time>` value; '' when the input cannot show it ("9am", "24:00"). */
export const timeForInput = (value: unknown): string => (typeof value === 'string' && TIME.test(value) ? value : '');

/**
 * Makes an exception yearly (2026-12-25 becomes 12-25) or one-off (12-25
 * becomes its next date from `today`, a YYYY-MM-DD).
 */
export function setYearly(row: Row, yearly: boolean, today: string): void {
  const year = +today.slice(0, 4);
  let shift = 0;
  for (const key of ['from', 'through']) {
    const value = row[key];
    if (typeof value !== 'string') continue;
    if (yearly) {
      const match = FULL_DATE.exec(value);
      if (match) row[key] = match[2];
    } else if (MONTH_DAY.test(value)) {
      // The next occurrence; "through" stays in the same year as "from" or the one after (12-24 to 01-02).
      if (key === 'from') shift = `${year}-${value}` < today ? 1 : 0;
      else if (typeof row.from === 'string' && FULL_DATE.test(row.from) && `${row.from.slice(0, 4)}-${value}` < row.from) shift += 1;
      row[key] = `${yearWith(value, year + shift)}-${value}`;
    }
  }
}

/** A new weekly rule: open, nine to five, no days yet (the form asks for them). */
export const newRule = (): Row => ({ days: [], status: 'open', opens: '09:00', closes: '17:00' });

/** A new exception: closed on `today` (YYYY-MM-DD). */
export const newException = (today: string): Row => ({ from: today, status: 'closed' });

/** Today in the browser's zone as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
