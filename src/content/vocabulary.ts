/**
 * The content's fixed vocabularies, apart from the schema (./schema.ts) so that code which only
 * needs a list of names (the comparison's filter, the hours model) does not bring valibot's
 * schema of the whole document into a per-widget script.
 */

/** Treatment categories, in the order the comparison filter offers them. */
export const CATEGORIES = ['procedure', 'medication', 'lifestyle', 'alternative'] as const;

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The document versions this library reads; it writes the last. */
export const VERSIONS = [1, 2] as const;

export type TreatmentCategory = (typeof CATEGORIES)[number];
export type Day = (typeof DAYS)[number];
