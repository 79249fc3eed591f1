/**
 * Pure row logic of the treatment comparison: filtering and sorting.
 * No DOM here; the element calls these and renders the result.
 */
import { intl } from '../../core/intl.js';
import type { Treatment } from '../../content/schema.js';
import { CATEGORIES, type TreatmentCategory } from '../../content/vocabulary.js';

export const COLUMNS = ['treatment', 'benefits', 'side-effects'] as const;
export type Column = (typeof COLUMNS)[number];
export type Direction = 'ascending' | 'descending';

/** The categories present in the rows, in the canonical order of `CATEGORIES`. */
export function categoriesOf(rows: readonly Treatment[]): TreatmentCategory[] {
  const present = new Set(rows.map((r) => r.category));
  return CATEGORIES.filter((c) => present.has(c));
}

/** Rows of one category; an empty category means all rows. */
export function filterByCategory(rows: readonly Treatment[], category: string): Treatment[] {
  return category ? rows.filter((r) => r.category === category) : [...rows];
}

const cellText: Record<Column, (t: Treatment) => string> = {
  treatment: (t) => t.name,
  benefits: (t) => t.benefits,
  'side-effects': (t) => t.sideEffects,
};

/**
 * A locale-aware sort by one column's text. Rows with equal text keep their
 * incoming order in both directions (`Array.prototype.sort` is stable).
 */
export function sortRows(rows: readonly Treatment[], column: Column, direction: Direction, locale: string): Treatment[] {
  const collator = intl(Intl.Collator, locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  const text = cellText[column];
  return [...rows].sort((a, b) => sign * collator.compare(text(a), text(b)));
}

export function isColumn(value: unknown): value is Column {
  return (COLUMNS as readonly unknown[]).includes(value);
}
