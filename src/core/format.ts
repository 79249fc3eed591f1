import { intl } from './intl.js';
import { PREFORMATTED } from './preformatted.js';

/**
 * Splits a comma-separated attribute value into trimmed, non-empty ids,
 * dropping duplicates while keeping the first occurrence's position.
 * `null`/`undefined` means "not set" and gives `undefined`.
 */
export function parseIdList(value: string | null | undefined): string[] | undefined {
  if (value == null) return undefined;
  return [
    ...new Set(
      value
        .split(',')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * What the build's table holds for a formatter and value (scripts/build/preformat.ts
 * writes it with the same Intl): for a date, its string; for a list, the
 * separator that joins it. Undefined when it holds nothing, and Intl formats.
 * It spares the embedded content's first render in English the page's first
 * Intl formatter, which starts ICU up.
 */
function preformatted(kind: 'date' | 'list', locale: string, options: object, value: string | readonly string[]): string | undefined {
  // en-US formats exactly as en (CLDR's en is US English): one entry serves both.
  const key = formatterKey(kind, english(locale) ? 'en' : locale, options);
  if (typeof value == 'string') return PREFORMATTED.dates[key]?.[value];
  const separator = PREFORMATTED.lists[key];
  return separator === undefined ? undefined : value.join(separator);
}

/**
 * Whether a locale is plain English (`en`, `en-US`, which format alike): the
 * locale the build preformats, and which the hours write without Intl.
 */
export const english = (locale: string): boolean => /^en(-US)?$/.test(locale);

/** The formatter key of a table entry (scripts/build/preformat.ts writes the table with it). */
export const formatterKey = (kind: 'date' | 'list', locale: string, options: object): string =>
  `${kind} ${locale} ${JSON.stringify(options)}`;

/**
 * Formats an ISO calendar date (YYYY-MM-DD) in the given locale, by default
 * "October 1, 2024". The date is read as a calendar day, whatever the zone.
 */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const lang = safeLocale(locale);
  return preformatted('date', lang, options, iso) || intl(Intl.DateTimeFormat, lang, { ...options, timeZone: 'UTC' }).format(date);
}

/** Joins items the way the locale writes a list: "a, b, and c" (conjunction) or "a, b, c" (unit). */
export function formatList(items: readonly string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  const lang = safeLocale(locale);
  // One item is itself in every language: no Intl needed.
  if (!items[1]) return items.join('');
  return preformatted('list', lang, { type }, items) || intl(Intl.ListFormat, lang, { type }).format(items);
}

/** A postal address as its two lines: "1010 Hurley Way, Suite 140" and "Sacramento, CA 95825". */
export function addressLines(a: {
  street: string;
  unit?: string;
  locality: string;
  region: string;
  postalCode: string;
}): [street: string, city: string] {
  return [a.unit ? `${a.street}, ${a.unit}` : a.street, `${a.locality}, ${a.region} ${a.postalCode}`];
}

/** Returns the locale if Intl accepts it, else "en". */
export function safeLocale(locale: string | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The `lang` of the closest ancestor that has one, crossing shadow roots, else `<html lang>`. */
export function closestLang(node: Node | null): string | undefined {
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || undefined;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return undefined;
}
