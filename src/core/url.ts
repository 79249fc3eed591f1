const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the URL as a string when it is absolute and uses http(s), mailto or
 * tel; anything else (javascript:, data:, relative junk) gives undefined so the
 * caller renders plain text instead of a link.
 */
export function safeHref(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
