/**
 * A content document is checked entry by entry, each top-level entry by its own check, so that one
 * broken entry costs only that entry (the clinic field by field: ./clinic-check.ts). The whole
 * document's checks are in ./validate.ts; a per-widget script checks only the entries its widgets
 * render (./provided.ts).
 */
import * as v from 'valibot';
import type { ProvidedEntries } from './fallback.js';
import { schemaIssue, type ContentIssue } from './issues.js';
import type { Content } from './schema.js';

/**
 * How an entry (or one of the clinic's fields) is checked: its valibot schema, or a check of its
 * own (the clinic's, the hours') that adds the problems to `issues` and returns the usable value.
 */
export type EntryCheck = v.GenericSchema | ((value: unknown, path: string, issues: ContentIssue[]) => unknown);

/** Checks a value at `path`: adds its problems to `issues`, returns its usable value (undefined: none). */
export function checkValue(check: EntryCheck, value: unknown, path: string, issues: ContentIssue[]): unknown {
  if (typeof check == 'function') return check(value, path, issues);
  const result = v.safeParse(check, value);
  if (result.success) return result.output;
  issues.push(...result.issues.map((issue) => schemaIssue(issue, path)));
}

export interface Validation {
  /**
   * The document's usable entries: each valid top-level entry, and the
   * clinic's valid fields (hours only when they have no problem at all).
   * Undefined when nothing in the document can be used: not an object, or
   * a `version` this library does not read.
   */
  content?: ProvidedEntries;
  /** Every problem, each at its place. */
  issues: ContentIssue[];
}

/**
 * JSON.stringify's replacer, called with the holder as `this`: returns the value before any
 * `toJSON` ran, which a page may have patched (Prototype.js turns every array into a string).
 */
function own(this: Record<string, unknown>, key: string): unknown {
  return this[key];
}

/**
 * Checks the entries of a document that `checks` names, each on its own, in that order (the
 * order its problems are reported in); the document's other entries are ignored. Never throws.
 */
export function validateEntries(input: unknown, checks: readonly (readonly [keyof Content, EntryCheck])[]): Validation {
  try {
    if (!input || typeof input !== 'object' || Array.isArray(input)) {
      return {
        issues: [
          {
            path: '(root)',
            message: `expected a content document (a JSON object), got ${Array.isArray(input) ? 'an array' : (JSON.stringify(input) ?? 'nothing')}`,
          },
        ],
      };
    }
    // A copy made of null-prototype objects: valibot reads keys with `in`, and a page
    // that polluted Object.prototype must not inject content into missing keys.
    const doc = JSON.parse(JSON.stringify(input, own), (_key, value: unknown): unknown =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value,
    ) as Record<string, unknown>;
    const content: Record<string, unknown> = {};
    const issues: ContentIssue[] = [];
    for (const [key, check] of checks) {
      const value = checkValue(check, doc[key], key, issues);
      if (value !== undefined) content[key] = value;
    }
    return { content: content.version ? content : undefined, issues };
  } catch (error) {
    return { issues: [{ path: '(root)', message: `could not be read (${(error as Error).message})` }] };
  }
}
