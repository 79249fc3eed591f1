/**
 * Vite plugin: fills src/core/preformatted.ts, in the drop-in, with what Intl
 * says in English (`en`, which also serves `en-US`, the lang of a default
 * WordPress page): the embedded content's updated date, and the separator of
 * English "unit" lists (the comparison's examples), checked to be what Intl
 * gives for lists of every length, and the English name of the clinic's time
 * zone. The first Intl call on a page starts ICU up (20–30 ms in Chromium, as
 * measured by the benchmarks); with these, a partner blog's first render of the
 * comparison needs none. The smoke test checks them against Chromium's Intl.
 */
import type { Plugin } from 'vite';
import { defaultContent } from '../../src/content/default-content.ts';
import { formatDate, formatterKey } from '../../src/core/format.ts';
import type { Preformatted } from '../../src/core/preformatted.ts';
import { zoneName } from '../../src/widgets/clinic-hours/hours.ts';

export function preformatTable(): Preformatted {
  const { article, treatments } = defaultContent;
  const date = article.updated;
  const unit = new Intl.ListFormat('en', { type: 'unit' });
  const lists = [
    ...treatments.items.flatMap((t) => (t.examples ? [t.examples] : [])),
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => Array.from({ length: n }, (_, i) => `item ${i}`)),
  ];
  if (lists.some((items) => unit.format(items) !== items.join(', ')))
    throw new Error('English unit lists are no longer joined with ", ": update scripts/build/preformat.ts');
  const { timeZone } = defaultContent.clinic.hours;
  return {
    dates: { [formatterKey('date', 'en', { dateStyle: 'long' })]: { [date]: formatDate(date, 'en') } },
    lists: { [formatterKey('list', 'en', { type: 'unit' })]: ', ' },
    // The clinic's zone in English words ("Pacific Time"), for the week table's caption.
    zones: { [timeZone]: zoneName(timeZone, 'en', new Date()) },
  };
}

/** `hours`: whether the script shows the clinic's hours (a per-widget script without them needs no zone's name). */
export function preformat(hours = true): Plugin {
  const table = (): Preformatted => (hours ? preformatTable() : { ...preformatTable(), zones: {} });
  return {
    name: 'propel-preformat',
    apply: 'build',
    load(id) {
      if (!/\/src\/core\/preformatted\.ts$/.test(id)) return null;
      return `export const PREFORMATTED = ${JSON.stringify(table())};`;
    },
  };
}
