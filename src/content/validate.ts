/**
 * Runtime validation of content documents from outside the bundle (the
 * provider's `content` and `src`), with the valibot schema. Never throws.
 */
import * as v from 'valibot';
import { ContentSchema, type Content } from './schema.js';

export interface Validation {
  /**
   * The document's valid top-level entries (all of them when there are no
   * issues); widgets use the embedded default for any entry left out.
   * Undefined when nothing in the document can be used: not an object, or
   * another `version`.
   */
  content?: Partial<Content>;
  /** Every problem, as `path.to.field: expected …, got …`. */
  issues: string[];
}

const WORDS: Record<string, string> = { Object: 'an object', Array: 'an array', string: 'a string', boolean: 'a boolean' };

/** valibot's `expected` in words: `("a" | "b")` is "one of a, b", `"key"` (a missing key) is "a value". */
function expected({ kind, type, message, expected: e }: v.BaseIssue<unknown>): string {
  if (kind === 'validation' || type === 'custom' || !e) return message;
  return WORDS[e] ?? (e[0] === '(' ? `one of ${e.slice(1, -1).replace(/"/g, '').split(' | ').join(', ')}` : e[0] === '"' ? 'a value' : e);
}

/**
 * JSON.stringify's replacer, called with the holder as `this`: returns the value before any
 * `toJSON` ran, which a page may have patched (Prototype.js turns every array into a string).
 */
function own(this: Record<string, unknown>, key: string): unknown {
  return this[key];
}

const shown = (value: unknown): string => (value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value)).slice(0, 40));

/** One readable line per problem: `clinic.hours.weekly.0.opens: expected an HH:MM time, got "9am"`. */
export function describeIssue(issue: v.BaseIssue<unknown>, root = ''): string {
  const path = [root, ...(issue.path ?? []).map((step) => step.key)].filter((key) => key !== '').join('.');
  return `${path || '(root)'}: expected ${expected(issue)}, got ${shown(issue.input)}`;
}

/**
 * Validates each top-level entry of a document on its own, so one broken
 * entry costs only that entry: the rest of the document is still used.
 */
export function validateContent(input: unknown): Validation {
  try {
    if (!input || typeof input !== 'object' || Array.isArray(input)) return { issues: [describeIssue({ kind: 'schema', expected: 'Object', input } as v.BaseIssue<unknown>)] };
    // A copy made of null-prototype objects: valibot reads keys with `in`, and a page
    // that polluted Object.prototype must not inject content into missing keys.
    const doc = JSON.parse(JSON.stringify(input, own), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value,
    ) as Record<string, unknown>;
    const content: Record<string, unknown> = {};
    const issues: string[] = [];
    for (const key of Object.keys(ContentSchema.entries)) {
      const result = v.safeParse(ContentSchema.entries[key as keyof Content], doc[key]);
      if (result.success) content[key] = result.output;
      else issues.push(...result.issues.map((issue) => describeIssue(issue, key)));
    }
    return { content: content.version ? (content as Partial<Content>) : undefined, issues };
  } catch (error) {
    return { issues: [`(root): could not be read (${(error as Error).message})`] };
  }
}
