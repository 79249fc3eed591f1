/**
 * Splits a comma-separated attribute value into trimmed, non-empty ids,
 * dropping duplicates while keeping the first occurrence's position.
 * `null`/`undefined` means "not set" and gives `undefined`.
 */
export function parseIdList(value: string | null | undefined): string[] | undefined {
  if (value == null) return undefined;
  return [...new Set(value.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean))];
}

/**
 * Formats an ISO calendar date (YYYY-MM-DD) in the given locale, by default
 * "October 1, 2024". The date is read as a calendar day, whatever the zone.
 */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(safeLocale(locale), { ...options, timeZone: 'UTC' }).format(date);
}

/** Joins items the way the locale writes a list: "a, b, and c" (conjunction) or "a, b, c" (unit). */
export function formatList(items: readonly string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(safeLocale(locale), { type }).format(items);
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
