/**
 * Intl's output in the commonest locale, written by the build
 * (scripts/build/preformat.ts replaces this module in the drop-in), so that a
 * first render in English starts no Intl formatter (the page's first starts
 * ICU up). Empty in the sources and in tests: everything is then formatted by
 * Intl at run time.
 */
export interface Preformatted {
  /** By formatter key (`formatterKey` in core/format.ts), then by YYYY-MM-DD: the date as Intl writes it. */
  dates: Record<string, Record<string, string>>;
  /** By formatter key: the separator of a list format that joins any list with one separator. */
  lists: Record<string, string>;
  /** By IANA zone: its name in English words, "Pacific Time". */
  zones: Record<string, string>;
}

export const PREFORMATTED: Preformatted = { dates: {}, lists: {}, zones: {} };
