/**
 * Runtime validation of content documents from outside the bundle (the
 * provider's `content` and `src`, the staff's editor), with the valibot
 * schema and the hours' own rules (./hours-check.ts). Never throws.
 */
import * as v from 'valibot';
import type { ProvidedEntries } from './fallback.js';
import { checkHours } from './hours-check.js';
import { schemaIssue, shown, type ContentIssue } from './issues.js';
import { ClinicFields, ContentSchema, type Clinic, type Content } from './schema.js';

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

/** The clinic, field by field: a broken address costs the address, not the hours. */
function validateClinic(input: unknown, content: Record<string, unknown>, issues: ContentIssue[]): void {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ path: 'clinic', message: `expected an object, got ${shown(input)}` });
    return;
  }
  const clinic: Record<string, unknown> = {};
  const fields = input as Record<string, unknown>;
  for (const key of Object.keys(ClinicFields) as (keyof Clinic)[]) {
    if (key === 'hours') {
      const checked = checkHours(fields.hours);
      issues.push(...checked.issues);
      if (checked.hours) clinic.hours = checked.hours;
      continue;
    }
    const result = v.safeParse(ClinicFields[key], fields[key]);
    if (result.success) {
      if (result.output !== undefined) clinic[key] = result.output;
    } else issues.push(...result.issues.map((issue) => schemaIssue(issue, `clinic.${key}`)));
  }
  content.clinic = clinic;
}

/**
 * Validates each top-level entry of a document on its own (the clinic
 * field by field), so one broken entry costs only that entry.
 */
export function validateContent(input: unknown): Validation {
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
    for (const key of Object.keys(ContentSchema.entries) as (keyof Content)[]) {
      if (key === 'clinic') {
        validateClinic(doc.clinic, content, issues);
        continue;
      }
      const result = v.safeParse(ContentSchema.entries[key], doc[key]);
      if (result.success) content[key] = result.output;
      else issues.push(...result.issues.map((issue) => schemaIssue(issue, key)));
    }
    return { content: content.version ? content : undefined, issues };
  } catch (error) {
    return { issues: [{ path: '(root)', message: `could not be read (${(error as Error).message})` }] };
  }
}
