/**
 * Intl's output for the embedded content in the commonest locales, written
 * by the build (scripts/preformat.ts replaces this module in the drop-in), so
 * a first render in English needs no Intl start-up. Empty in the sources and
 * in tests: everything is then formatted by Intl at run time.
 */
export const PREFORMATTED: Record<string, string> = {};
