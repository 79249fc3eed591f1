/**
 * What makes opening hours unusable, found once for the whole document: the
 * schema's issues and the rules JSON Schema cannot state (a time zone the
 * browser knows, a date that exists, both times of an opening, a range that
 * ends after it starts, intervals that do not overlap). Every problem is
 * reported, each at its own path, so the staff's editor shows them all at
 * once; hours with any problem are not used at all (see ./fallback.ts).
 */
import * as v from 'valibot';
import { knownZone } from '../core/zone.js';
import { schemaIssue, shown, type ContentIssue } from './issues.js';
import { HoursExceptionSchema, HoursSchema, WeeklyRuleSchema, type Hours } from './schema.js';
import { DAYS } from './vocabulary.js';

/** Minutes since midnight of 'HH:MM' ("24:00" is 1440). */
export const clockMinutes = (hhmm: string): number => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3);

/** A timed rule's interval in minutes from its day's midnight; `closes` before `opens` runs into the next day. */
export function span({ opens, closes }: { opens?: string; closes?: string }): [number, number] {
  const start = clockMinutes(opens!);
  const end = clockMinutes(closes!);
  return [start, end < start ? end + 1440 : end];
}

const WEEK = 7 * 1440;

/** The days' names in English, for messages (widgets write them in the reader's language). */
export const DAY_NAMES = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');

/** Whether a `YYYY-MM-DD` or `MM-DD` (any year: February 29 is allowed) date exists. */
function realDate(date: string): boolean {
  const full = date.length === 10 ? date : `2000-${date}`;
  const parsed = new Date(`${full}T00:00:00Z`);
  return !Number.isNaN(+parsed) && parsed.toISOString().startsWith(full);
}

type Rule = { status: string; opens?: string; closes?: string; from?: string; through?: string };

/** Problems of one rule on its own (times and dates), each at its place under `at`. */
function ruleIssues(rule: Rule, at: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { status, opens, closes, from, through } = rule;
  if ((status === 'open' || opens || closes) && !(opens && closes)) {
    issues.push({ path: at, message: 'needs both an opening and a closing time' });
  } else if (opens && opens === closes) {
    issues.push({ path: `${at}.closes`, message: 'closes at the time it opens' });
  }
  for (const [key, date] of [
    ['from', from],
    ['through', through],
  ] as const) {
    if (date && !realDate(date)) issues.push({ path: `${at}.${key}`, message: `expected a date that exists, got ${shown(date)}` });
  }
  if (from && through && from.length !== through.length) {
    issues.push({ path: `${at}.through`, message: 'mixes a yearly date (MM-DD) and a one-off date' });
  } else if (from?.length === 10 && through && through < from) {
    issues.push({ path: `${at}.through`, message: 'ends before it starts' });
  }
  return issues;
}

/** A rule's interval: `at` names the rule (`weekly.1`), `where` its day or dates; intervals of one `group` must not overlap. */
type Interval = { at: string; index: number; where: string; group: string; start: number; end: number };

/**
 * Intervals that overlap, each pair reported once, at the later rule. Weekly
 * rules share one continuous week (a night past midnight meets the next
 * morning, Sunday night meets Monday); an exception's intervals meet those
 * with the same dates. A rule without times takes its whole day.
 */
function overlapIssues(intervals: Interval[], path: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  intervals.sort((a, b) => a.start - b.start);
  intervals.forEach((one, i) => {
    const other = intervals.slice(0, i).find((x) => x.group == one.group && x.end > one.start && x.index != one.index);
    if (!other) return;
    const [first, later] = other.index < one.index ? [other, one] : [one, other];
    const at = `${path}.${later.at}`;
    if (!issues.some((issue) => issue.path == at)) issues.push({ path: at, message: `overlaps ${first.at} on ${one.where}` });
  });
  return issues;
}

/**
 * Checks a document's hours (at `path`, e.g. `clinic.hours`): the schema,
 * then the rules that are well-formed on their own, so that every problem
 * shows at once, each at its own path (added to `issues`). Gives the hours
 * when they have no problem at all; else undefined: never use part of a week.
 * The check of the clinic's `hours` field (./clinic-check.ts).
 */
export function checkHours(input: unknown, path: string, issues: ContentIssue[]): Hours | undefined {
  const parsed = v.safeParse(HoursSchema, input);
  const before = issues.length;
  if (!parsed.success) issues.push(...parsed.issues.map((issue) => schemaIssue(issue, path)));
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const wellFormed = <T>(list: unknown, schema: v.GenericSchema<unknown, T>): [T, number][] =>
    (Array.isArray(list) ? list : []).flatMap((item: unknown, i) => {
      const result = v.safeParse(schema, item);
      return result.success ? [[result.output, i] as [T, number]] : [];
    });
  const weekly = wellFormed(raw.weekly, WeeklyRuleSchema);
  const exceptions = wellFormed(raw.exceptions, HoursExceptionSchema);
  const times = (rule: { opens?: string; closes?: string }): [number, number] => (rule.opens && rule.closes ? span(rule) : [0, 1440]);
  const { timeZone } = raw;
  if (typeof timeZone === 'string' && timeZone && !knownZone(timeZone)) {
    issues.push({ path: `${path}.timeZone`, message: `expected a time zone such as America/Los_Angeles, got ${shown(timeZone)}` });
  }
  for (const [rule, i] of weekly) issues.push(...ruleIssues(rule, `${path}.weekly.${i}`));
  for (const [rule, i] of exceptions) issues.push(...ruleIssues(rule, `${path}.exceptions.${i}`));
  // Overlaps only between rules with no problem of their own (`weekly.1` and `weekly.1.closes`, not `weekly.10`).
  const fine = (at: string) => !issues.some((x) => `${x.path}.`.startsWith(`${path}.${at}.`));
  const intervals: Interval[] = [];
  for (const [rule, index] of weekly) {
    const at = `weekly.${index}`;
    if (!fine(at)) continue;
    const [a, b] = times(rule);
    for (const day of new Set(rule.days)) {
      const d = DAYS.indexOf(day) * 1440;
      const where = DAY_NAMES[DAYS.indexOf(day)]!;
      intervals.push({ at, index, where, group: 'week', start: d + a, end: d + b });
      // Sunday night past midnight continues on Monday morning.
      if (d + b > WEEK) intervals.push({ at, index, where, group: 'week', start: 0, end: d + b - WEEK });
    }
  }
  for (const [rule, index] of exceptions) {
    const at = `exceptions.${index}`;
    const where = rule.through && rule.through != rule.from ? `${rule.from} to ${rule.through}` : rule.from;
    const [a, b] = times(rule);
    if (fine(at)) intervals.push({ at, index, where, group: where, start: a, end: b });
  }
  issues.push(...overlapIssues(intervals, path));
  return parsed.success && issues.length == before ? parsed.output : undefined;
}
