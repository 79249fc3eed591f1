/**
 * The clinic entry's check, field by field: a broken address costs the address, not the hours.
 * The hours have checks of their own (./hours-check.ts). Only a script that shows the clinic
 * carries it (./provided.ts).
 */
import { checkValue, type EntryCheck } from './entries.js';
import { checkHours } from './hours-check.js';
import type { ContentIssue } from './issues.js';
import { ClinicFields, plainObject } from './schema.js';

/** The fields' checks: their schemas, and the hours' own. */
const FIELDS: [string, EntryCheck][] = Object.entries({ ...ClinicFields, hours: checkHours });

export const checkClinic = (input: unknown, path: string, issues: ContentIssue[]): unknown => {
  // Not an object: "expected an object, got …", and no field at all.
  if (checkValue(plainObject, input, path, issues) === undefined) return;
  const clinic: Record<string, unknown> = {};
  for (const [key, check] of FIELDS) {
    const value = checkValue(check, (input as Record<string, unknown>)[key], `${path}.${key}`, issues);
    if (value !== undefined) clinic[key] = value;
  }
  return clinic;
};
