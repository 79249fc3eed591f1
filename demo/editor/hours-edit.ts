/**
 * The hours form's edits, as pure functions on the parsed document: each
 * edit changes one field of a copy and leaves everything else as written
 * (a value the form cannot show, such as "9am", stays until it is edited).
 * The week grid's own model is ./week.ts.
 */
import * as v from 'valibot';
import { WeeklyRuleSchema } from '../../src/content/schema.js';
import type { WeeklyRule } from './week.js';

export type Row = Record<string, unknown>;

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

/**
 * The weekly rules, when every one is well-formed (the grid can show them);
 * undefined when one is not (say a time reads "9am"): the grid would lose it.
 */
export function readableRules(weekly: readonly unknown[]): WeeklyRule[] | undefined {
  const rules: WeeklyRule[] = [];
  for (const rule of weekly) {
    const result = v.safeParse(WeeklyRuleSchema, rule);
    if (!result.success) return undefined;
    rules.push(result.output);
  }
  return rules;
}

/** Field order of an exception in the JSON, as the schema lists them; unknown keys keep their place after these. */
const ORDER = ['from', 'through', 'status', 'opens', 'closes', 'note'];

/** The exception with its fields in the schema's order. */
export function ordered(row: Row): Row {
  const out: Row = {};
  for (const key of ORDER) if (key in row) out[key] = row[key];
  for (const key of Object.keys(row)) if (!(key in out)) out[key] = row[key];
  return out;
}

/** Sets an optional field; an empty value removes it (the schema refuses empty strings). */
export function setOptional(row: Row, key: string, value: string): void {
  if (value === '') delete row[key];
  else row[key] = value;
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

/** A new exception: closed on `today` (YYYY-MM-DD). */
export const newException = (today: string): Row => ({ from: today, status: 'closed' });

/** Today in the browser's zone as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Where an exception sorts in the list: its next date from `today` (a
 * yearly one's next occurrence), so the coming closures lead; past one-off
 * dates come first, and entries whose date cannot be read come last.
 */
export function dateKey(row: unknown, today: string): string {
  const from = isRow(row) ? row.from : undefined;
  if (typeof from !== 'string') return '~';
  if (FULL_DATE.test(from)) return from;
  if (MONTH_DAY.test(from)) {
    const year = +today.slice(0, 4);
    return `${year}-${from}` >= today ? `${year}-${from}` : `${year + 1}-${from}`;
  }
  return '~';
}

/** The exceptions' indices in the order the list shows them: by dateKey, then as written. */
export function sortedIndices(exceptions: readonly unknown[], today: string): number[] {
  const keys = exceptions.map((row) => dateKey(row, today));
  return keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
}

/**
 * A version 1 document as version 2: the version number, and the hours in
 * words (`clinic.hours.summary`) dropped, since the widgets now write them
 * from the rules. Returns whether it changed anything. Other documents stay
 * as they are.
 */
export function upgrade(doc: unknown): boolean {
  if (!isRow(doc) || doc.version !== 1) return false;
  doc.version = 2;
  const clinic = doc.clinic;
  if (isRow(clinic) && isRow(clinic.hours)) delete clinic.hours.summary;
  return true;
}
