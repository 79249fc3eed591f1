/**
 * The clinic entry's check, field by field: a broken address costs the address, not the hours.
 * The hours have checks of their own (./hours-check.ts). Registered by ./defaults/clinic.ts, so
 * only a script that shows the clinic carries it.
 */
import * as v from 'valibot';
import type { EntryCheck } from './entries.js';
import { checkHours } from './hours-check.js';
import { schemaIssue, shown } from './issues.js';
import { ClinicFields, type Clinic } from './schema.js';

export const checkClinic: EntryCheck = (input, path, issues) => {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ path, message: `expected an object, got ${shown(input)}` });
    return;
  }
  const clinic: Record<string, unknown> = {};
  const fields = input as Record<string, unknown>;
  for (const key of Object.keys(ClinicFields) as (keyof Clinic)[]) {
    if (key === 'hours') {
      const checked = checkHours(fields.hours, `${path}.hours`);
      issues.push(...checked.issues);
      if (checked.hours) clinic.hours = checked.hours;
      continue;
    }
    const result = v.safeParse(ClinicFields[key], fields[key]);
    if (result.success) {
      if (result.output !== undefined) clinic[key] = result.output;
    } else issues.push(...result.issues.map((issue) => schemaIssue(issue, `${path}.${key}`)));
  }
  return clinic;
};
