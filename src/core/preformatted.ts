/**
 * Intl's output in the commonest locale, written by the build
 * (scripts/build/preformat.ts replaces this module in the drop-in), so a first render
 * in English needs no Intl start-up. Per formatter (see core/format.ts): the
 * strings it gives for the embedded content's dates, or, for a list format
 * that joins any list with one separator, that separator. Empty in the sources
 * and in tests: everything is then formatted by Intl at run time.
 */
export const PREFORMATTED: Record<string, string | Record<string, string>> = {};
