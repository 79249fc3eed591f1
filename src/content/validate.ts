/**
 * Runtime validation of whole content documents (the provider's, in the whole drop-in and the ES
 * modules; the build's check of data/; the staff's editor): every entry, with the valibot schema
 * and the hours' own rules (./hours-check.ts). Never throws.
 */
import { checkClinic } from './clinic-check.js';
import { validateEntries, type EntryCheck, type Validation } from './entries.js';
import { ContentSchema, type Content } from './schema.js';

export type { Validation };

/** A check for every entry of the schema, in its order: each entry's schema, the clinic's own check (field by field). */
const EVERY_ENTRY = Object.entries({ ...ContentSchema.entries, clinic: checkClinic }) as [keyof Content, EntryCheck][];

/**
 * Validates each top-level entry of a document on its own (the clinic
 * field by field), so one broken entry costs only that entry.
 */
export const validateContent = (input: unknown): Validation => validateEntries(input, EVERY_ENTRY);
