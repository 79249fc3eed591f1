/**
 * Every problem of a content document's text, for the editor: JSON syntax,
 * the schema's issues (`validateContent`), fields the schema does not know
 * (ignored by the widgets, so usually a typo) and opening hours the
 * clinic-hours widgets cannot use (`hoursProblem`), each with its path.
 */
import * as v from 'valibot';
import { ContentSchema, HoursExceptionSchema, WeeklyRuleSchema, type Content } from '../../src/content/schema.js';
import { validateContent } from '../../src/content/validate.js';
import { hoursProblem, type Hours } from '../../src/widgets/clinic-hours/hours.js';
import { locate, syntaxProblem, type SyntaxProblem } from './json-text.js';

export type ProblemKind = 'syntax' | 'schema' | 'unknown' | 'hours';

export interface Problem {
  kind: ProblemKind;
  /** Dotted path of the place, e.g. `clinic.hours.weekly.0.opens`; `(root)` for the whole document. */
  path: string;
  /** What is wrong, after the path: `expected an HH:MM time, got "9am"`. */
  message: string;
  /** For a syntax error: where it is in the text. */
  syntax?: SyntaxProblem;
}

export interface Check {
  /** The parsed document; undefined when the text is not JSON. */
  doc?: unknown;
  /** The document's valid entries (what the widgets will use). */
  content?: Partial<Content>;
  problems: Problem[];
}

/** A path's steps: `clinic.hours.weekly.0` is clinic, hours, weekly, 0; `(root)` is none. */
export const steps = (path: string): string[] => (path === '(root)' ? [] : path.split('.'));

/** Checks a document's text. Never throws. */
export function check(text: string): Check {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const syntax = syntaxProblem(text) ?? { offset: text.length, ...endOf(text), message: (error as Error).message };
    return { problems: [{ kind: 'syntax', path: `line ${syntax.line}, column ${syntax.column}`, message: syntax.message, syntax }] };
  }
  const { content, issues } = validateContent(doc);
  const problems: Problem[] = issues.map((issue) => {
    const at = issue.indexOf(': ');
    return { kind: 'schema', path: issue.slice(0, at), message: issue.slice(at + 2) };
  });
  problems.push(...unknownFields(doc));
  problems.push(...hoursProblems(content?.clinic?.hours ?? usableHours(doc)));
  return { doc, content, problems: inTextOrder(text, problems) };
}

/** Problems in the order of their places in the text (reading order), then as found. */
function inTextOrder(text: string, problems: Problem[]): Problem[] {
  if (problems.length > 50) return problems; // a document that is wrong throughout: finding each place costs more than it helps
  const at = new Map(problems.map((p) => [p, locate(text, steps(p.path))?.start ?? 0]));
  return problems.sort((a, b) => at.get(a)! - at.get(b)!);
}

/**
 * When the clinic entry is invalid (say one time reads "9am"), its hours are
 * still checked: the rules that are valid on their own, with their own
 * indices, so every problem shows at once and not one after the other.
 */
function usableHours(doc: unknown): Hours & { indices?: { weekly: number[]; exceptions: number[] } } {
  const hours = isRecord(doc) && isRecord(doc.clinic) && isRecord(doc.clinic.hours) ? doc.clinic.hours : {};
  const keep = <T>(list: unknown, schema: v.GenericSchema<unknown, T>) => {
    const items: T[] = [];
    const indices: number[] = [];
    if (Array.isArray(list)) {
      list.forEach((item: unknown, i) => {
        const result = v.safeParse(schema, item);
        if (!result.success) return;
        items.push(result.output);
        indices.push(i);
      });
    }
    return [items, indices] as const;
  };
  const [weekly, weeklyIndices] = keep(hours.weekly, WeeklyRuleSchema);
  const [exceptions, exceptionIndices] = keep(hours.exceptions, HoursExceptionSchema);
  const timeZone = typeof hours.timeZone === 'string' && hours.timeZone ? hours.timeZone : 'UTC';
  return { timeZone, summary: '', weekly, exceptions, indices: { weekly: weeklyIndices, exceptions: exceptionIndices } };
}

const endOf = (text: string) => {
  const lines = text.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
};

// ——— Fields the schema does not know ———

/** Just what the walk needs of a valibot schema. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  /** A piped schema: its steps (the object schema may sit behind a guard). */
  pipe?: SchemaNode[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Keys the schema has no entry for: valibot drops them silently, so a misspelt "opnes" would just vanish. */
export function unknownFields(doc: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, schema: SchemaNode, path: string[]) => {
    if (schema.wrapped) return walk(value, schema.wrapped, path);
    const inner = !schema.entries && !schema.item && schema.pipe?.find((step) => step.entries || step.item);
    if (inner) return walk(value, inner, path);
    if (schema.type === 'object' && schema.entries && isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        const entry = schema.entries[key];
        if (entry) walk(child, entry, [...path, key]);
        else if (!(path.length === 0 && key === '$schema')) {
          const near = closest(key, Object.keys(schema.entries));
          problems.push({
            kind: 'unknown',
            path: [...path, key].join('.'),
            message: `not a field the widgets know, so it is ignored${near ? `; did you mean "${near}"?` : ''}`,
          });
        }
      }
    }
    if (schema.type === 'array' && schema.item && Array.isArray(value)) value.forEach((child, i) => walk(child, schema.item!, [...path, String(i)]));
  };
  walk(doc, ContentSchema as unknown as SchemaNode, []);
  return problems;
}

/** The known name within two edits of a misspelt one (case aside), if any. */
function closest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

// ——— Opening hours the widgets cannot use ———

/**
 * `hoursProblem` names the first malformed rule of the hours. To list every
 * one, and each at its own path, each rule is also checked alone; whatever
 * is left (rules that clash with one another) is reported for the list.
 */
export function hoursProblems(hours: Hours & { indices?: { weekly: number[]; exceptions: number[] } }): Problem[] {
  if (!hoursProblem(hours)) return [];
  const index = (list: 'weekly' | 'exceptions', i: number) => hours.indices?.[list][i] ?? i;
  const problems: Problem[] = [];
  let timeZone = hours.timeZone;
  if (hoursProblem({ ...hours, weekly: [], exceptions: [] })) {
    problems.push({
      kind: 'hours',
      path: 'clinic.hours.timeZone',
      message: `"${timeZone}" is not a time zone this browser knows; use a name from the list, such as America/Los_Angeles`,
    });
    timeZone = 'UTC';
  }
  const alone = (weekly: Hours['weekly'], exceptions: Hours['exceptions']) => hoursProblem({ ...hours, timeZone, weekly, exceptions });
  const fine: Hours = { ...hours, timeZone, weekly: [], exceptions: [] };
  hours.weekly.forEach((rule, i) => {
    const problem = alone([rule], []);
    if (problem) problems.push({ kind: 'hours', path: `clinic.hours.weekly.${index('weekly', i)}`, message: ruleHint(rule, problem) });
    else fine.weekly.push(rule);
  });
  hours.exceptions.forEach((exception, i) => {
    const problem = alone([], [exception]);
    if (problem) problems.push({ kind: 'hours', path: `clinic.hours.exceptions.${index('exceptions', i)}`, message: ruleHint(exception, problem) });
    else fine.exceptions.push(exception);
  });
  const together = hoursProblem(fine);
  if (together) {
    // Rules fine alone but not together: hours that overlap on a day (or on an exception's dates).
    const where = hoursProblem({ ...fine, exceptions: [] }) ? 'weekly' : hoursProblem({ ...fine, weekly: [] }) ? 'exceptions' : '';
    problems.push({
      kind: 'hours',
      path: where ? `clinic.hours.${where}` : 'clinic.hours',
      message: together.startsWith('overlapping')
        ? `${together}: rules for the same day must not overlap (a lunch break is two rules, such as 09:00–12:00 and 13:00–17:00)`
        : `these rules cannot be used together (${together})`,
    });
  }
  return problems;
}

/** Why the widgets refuse a rule, in the words a clinic would use, when it can be told; else hoursProblem's own words. */
function ruleHint(rule: { status: string; opens?: string; closes?: string; from?: string; through?: string }, problem: string): string {
  const tail = 'the opening-hours widgets show "Hours unavailable" until it is fixed';
  const { status, opens, closes, from, through } = rule;
  if ((status === 'open' || opens || closes) && !(opens && closes)) return `needs both an opening and a closing time; ${tail}`;
  if (opens && opens === closes) return `opens and closes at the same time; ${tail}`;
  if (from && through && from.length !== through.length) return `mixes a yearly date (MM-DD) with a one-off date (YYYY-MM-DD); ${tail}`;
  if (from?.length === 10 && through && through < from) return `ends before it starts; ${tail}`;
  return `cannot be used (${problem}); ${tail}`;
}
