/**
 * The one cache of Intl objects. Building one costs ICU work (the page's
 * first costs 20–30 ms in Chromium while ICU starts up), so each constructor,
 * locale and options is built once per page and shared by every widget.
 */
const made = new Map<string, unknown>();

/** The cached `new Ctor(locale, options)`, e.g. `intl(Intl.DateTimeFormat, 'es', { weekday: 'long' })` (throws as the constructor does). */
export function intl<T>(Ctor: new (locale: string, options: object) => T, locale: string, options: object): T {
  const key = `${Ctor.name} ${locale} ${JSON.stringify(options)}`;
  let object = made.get(key) as T | undefined;
  if (!object) made.set(key, (object = new Ctor(locale, options)));
  return object;
}
