/**
 * The clinic entry's check, field by field: a broken address costs the address, not the hours.
 * The hours have checks of their own (./hours-check.ts). Only a script that shows the clinic
 * carries it (./provided.ts).
 */
import { schemaCheck, type EntryCheck } from './entries.js';
import { checkHours } from './hours-check.js';
import { shown } from './issues.js';
import { ClinicFields } from './schema.js';

/** The hours: used only when they have no problem at all. */
const hoursCheck: EntryCheck = (value, path, issues) => {
  const checked = checkHours(value, path);
  issues.push(...checked.issues);
  return checked.hours;
};

export const checkClinic: EntryCheck = (input, path, issues) => {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ path, message: `expected an object, got ${shown(input)}` });
    return;
  }
  const clinic: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ClinicFields)) {
    const check = key === 'hours' ? hoursCheck : schemaCheck(schema);
    const value = check((input as Record<string, unknown>)[key], `${path}.${key}`, issues);
    if (value !== undefined) clinic[key] = value;
  }
  return clinic;
};
