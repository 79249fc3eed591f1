/**
 * A problem in a content document, at its place. The provider's events and
 * warnings, the widgets' warnings and the staff's editor all show these same
 * issues: the check runs once, in `validateContent`.
 */
import * as v from 'valibot';

export interface ContentIssue {
  /** Dotted path of the place, e.g. `clinic.hours.weekly.0.closes`; `(root)` for the whole document. */
  path: string;
  /** What is wrong there, e.g. `expected an HH:MM time, got "25:00"`. */
  message: string;
}

/** One line: `clinic.hours.weekly.0.closes: expected an HH:MM time, got "25:00"`. */
export const issueText = ({ path, message }: ContentIssue): string => `${path}: ${message}`;

/** The first five issues on one line, and how many more. */
export function issuesText(issues: readonly ContentIssue[]): string {
  const more = issues.length - 5;
  return issues.slice(0, 5).map(issueText).join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/** valibot's types in words, for those the schema has (its objects say "an object" themselves: `plainObject`). */
const WORDS: Record<string, string> = {
  Array: 'an array',
  string: 'a string',
  boolean: 'a boolean',
};

/** valibot's `expected` in words: `("a" | "b")` is "one of a, b"; a missing key's `"key"` is "a value". */
function expectedWords({ kind, type, message, expected }: v.BaseIssue<unknown>): string {
  if (kind === 'validation' || type === 'custom' || !expected) return message;
  if (WORDS[expected]) return WORDS[expected];
  if (expected.startsWith('(')) return `one of ${expected.slice(1, -1).replace(/"/g, '').split(' | ').join(', ')}`;
  return expected.startsWith('"') ? 'a value' : expected;
}

/** A value as the message quotes it: JSON, at most 40 characters; "nothing" for a missing one. */
export const shown = (value: unknown): string => (value === undefined ? 'nothing' : (JSON.stringify(value) ?? typeof value).slice(0, 40));

/** A valibot issue at its place under `root`: `clinic.hours.weekly.0.opens`, `expected an HH:MM time, got "9am"`. */
export function schemaIssue(issue: v.BaseIssue<unknown>, root: string): ContentIssue {
  const inner = v.getDotPath(issue);
  const path = [root, inner].filter(Boolean).join('.');
  return { path: path || '(root)', message: `expected ${expectedWords(issue)}, got ${shown(issue.input)}` };
}
