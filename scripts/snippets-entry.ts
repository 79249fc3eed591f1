/**
 * Entry of the snippet generator's SSR bundle (scripts/snippets.vite.config.ts): importing it
 * defines every element, exactly as the drop-in does, and gives scripts/snippets.mjs what it
 * needs to name files and URLs. Load a DOM shim first (@lit-labs/ssr/lib/install-global-dom-shim.js).
 */
import { defaultContent } from '../src/content/default-content.ts';
import { formatRange } from '../src/widgets/clinic-hours/hours.ts';

// Re-exported rather than imported for its side effects: src/index.ts is not in package.json's
// `sideEffects`, so a bare import would be dropped with every element it defines.
export * from '../src/index.ts';
export { guideSections } from '../src/widgets/guide-section/sections.ts';
export { cdnBase } from './json-schema.ts';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * The clinic's regular opening hours in a few words, true whatever the day and time:
 * "Mon–Fri 9 AM – 7 PM". The prerendered hours badge shows it until the script makes it live
 * ("Open now · closes 7 PM"). Falls back to the content's own summary.
 */
export function neutralHours(hours = defaultContent.clinic.hours, locale = defaultContent.lang): string {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const dayName = (id: string) => weekday.format(Date.UTC(2024, 0, 1 + DAYS.indexOf(id)));
  const parts = hours.weekly
    .filter((rule) => rule.status === 'open' && rule.opens && rule.closes)
    .map((rule) => {
      const days = DAYS.filter((d) => (rule.days as string[]).includes(d));
      // Runs of consecutive days: mon,tue,wed → "Mon–Wed".
      const runs: string[][] = [];
      for (const d of days) {
        const run = runs.at(-1);
        if (run && DAYS.indexOf(d) === DAYS.indexOf(run.at(-1)!) + 1) run.push(d);
        else runs.push([d]);
      }
      const named = runs.map((r) => (r.length > 2 ? `${dayName(r[0]!)}–${dayName(r.at(-1)!)}` : r.map(dayName).join(', ')));
      return `${named.join(', ')} ${formatRange(rule, locale)}`;
    });
  return parts.length ? parts.join('; ') : hours.summary;
}
