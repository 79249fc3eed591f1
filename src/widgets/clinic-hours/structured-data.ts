/**
 * schema.org MedicalClinic JSON-LD for the clinic, placed once per page in
 * the light DOM (search engines do not read shadow roots).
 */
import type { ClinicView } from '../../content/fallback.js';
import type { Hours } from '../../content/schema.js';
import { DAYS, type Day } from '../../content/vocabulary.js';
import { addressLines } from '../../core/format.js';
import { clinicDate, DAY_NAMES, occurrence } from './hours.js';

/** "Monday" for 'mon'. */
const dayName = (d: Day) => DAY_NAMES[DAYS.indexOf(d)]!;

/**
 * The JSON-LD object. Only 'open' rules are opening hours, one
 * OpeningHoursSpecification per interval (schema.org reads `closes` before
 * `opens` as past midnight); appointment-only days go in the description.
 */
export function clinicJsonLd(clinic: ClinicView & { hours: Hours }, now = new Date()): Record<string, unknown> {
  const { address: a, hours } = clinic;
  const today = clinicDate(now, hours.timeZone);
  const spec = (extra: Record<string, unknown>) => ({ '@type': 'OpeningHoursSpecification', ...extra });
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: clinic.name,
    url: clinic.url,
    description: [clinic.tagline, ...hours.weekly.filter((w) => w.status != 'open').map((w) => w.note)].filter(Boolean).join('. '),
    // An address with a problem is left out, never replaced by the embedded one.
    address: a && {
      '@type': 'PostalAddress',
      streetAddress: addressLines(a)[0],
      addressLocality: a.locality,
      addressRegion: a.region,
      postalCode: a.postalCode,
      addressCountry: a.country,
    },
    areaServed: clinic.serviceAreas.map((name) => ({ '@type': 'Place', name })),
    openingHoursSpecification: hours.weekly
      .filter((w) => w.status == 'open')
      .map((w) => spec({ dayOfWeek: w.days.map(dayName), opens: w.opens, closes: w.closes })),
    // schema.org cannot say "every year": a yearly exception is given as its coming occurrence.
    specialOpeningHoursSpecification: hours.exceptions
      .filter((x) => x.status != 'appointment')
      .map((x) => {
        const { from, through } = occurrence(x, today);
        // schema.org marks a closed day as opening and closing at midnight.
        return spec({
          validFrom: from,
          validThrough: through,
          opens: x.status == 'open' ? x.opens : '00:00',
          closes: x.status == 'open' ? x.closes : '00:00',
        });
      }),
  };
}

const SELECTOR = 'script[data-propel-clinic]';

/** Removes the page's JSON-LD for the clinic (its hours became unavailable): search engines get no stale hours. */
export const removeJsonLd = (doc: Document = document): void => doc.querySelector(SELECTOR)?.remove();

/** Writes (or refreshes) the page's one JSON-LD script for the clinic. */
export function ensureJsonLd(clinic: ClinicView & { hours: Hours }, doc: Document = document): HTMLScriptElement {
  let script = doc.querySelector<HTMLScriptElement>(SELECTOR);
  if (!script) {
    script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.propelClinic = '';
    doc.head.append(script);
  }
  // "<" as \u003c: no "</script>" in a content string can end the element when the page is serialized.
  const json = JSON.stringify(clinicJsonLd(clinic)).replace(/</g, '\\u003c');
  // A text node, not `textContent =`: under Trusted Types a script's text setters need a policy
  // (and this script is data, never run), while its children do not.
  if (script.textContent !== json) script.replaceChildren(doc.createTextNode(json));
  return script;
}
