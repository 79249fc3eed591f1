/**
 * Vite plugin: fills src/core/preformatted.ts, in the drop-in, with what Intl
 * says of the embedded content's date and example lists in English (`en`, and
 * `en-US`, the lang of a default WordPress page). The first Intl call on a page
 * starts ICU up (15–25 ms in Chromium); with these, a partner blog's first
 * render of the comparison needs none. The strings come from core/format.ts's
 * own functions (run here, in Node, with an empty table); the smoke test
 * checks them against Chromium's Intl.
 */
import type { Plugin } from 'vite';
import { defaultContent } from '../src/content/default-content.ts';
import { formatDate, formatList, preformatKey } from '../src/core/format.ts';

const LOCALES = ['en', 'en-US'];

export function preformatTable(): Record<string, string> {
  const table: Record<string, string> = {};
  const { article, treatments } = defaultContent;
  for (const locale of LOCALES) {
    table[preformatKey('date', locale, { dateStyle: 'long' }, article.updated)] = formatDate(article.updated, locale);
    for (const { examples } of treatments.items) {
      if (examples?.length) table[preformatKey('list', locale, { type: 'unit' }, examples)] = formatList(examples, locale, 'unit');
    }
  }
  return table;
}

export function preformat(): Plugin {
  return {
    name: 'propel-preformat',
    apply: 'build',
    load(id) {
      if (!/\/src\/core\/preformatted\.ts$/.test(id)) return null;
      return `export const PREFORMATTED = ${JSON.stringify(preformatTable())};`;
    },
  };
}
