/**
 * Interface strings (not content: the content stays in its document's
 * language), in English and Spanish. Each widget keeps its own table beside
 * it (`src/widgets/<name>/strings.ts`, its `static strings`), so a per-widget
 * script carries only its own widget's words and the common ones below.
 * `strings(table, locale)` picks by the language subtag and falls back to English.
 */

/** A table of interface strings: the same keys in each language. */
export interface Translations<T> {
  en: T;
  es: T;
}

/** The strings of a table for a BCP 47 locale: Spanish for `es` and `es-*`, else English. */
export function strings<T>(table: Translations<T>, locale: string): T {
  return /^es\b/i.test(locale) ? table.es : table.en;
}

/** English and Spanish use the singular for exactly one and the plural for every other count: no Intl needed. */
export const one = (count: number): boolean => count === 1;

/** Spanish capitalizes a line's first word: "lunes" starts one as "Lunes". */
export const capitalized = (text: string): string => text[0]!.toUpperCase() + text.slice(1);

const en = {
  contentError: 'This information could not be loaded. Please try again later.',
  renderError: 'This information cannot be shown right now.',
  source: 'Source:',
  updated: 'Updated',
};

export type CommonStrings = typeof en;

/** The strings of every widget: its messages and its footer. */
export const COMMON: Translations<CommonStrings> = {
  en,
  es: {
    contentError: 'No se pudo cargar esta información. Inténtelo de nuevo más tarde.',
    renderError: 'Esta información no se puede mostrar en este momento.',
    source: 'Fuente:',
    updated: 'Actualizado',
  },
};
