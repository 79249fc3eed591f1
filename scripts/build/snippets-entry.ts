/**
 * Entry of the snippet generator's SSR bundle (scripts/build/snippets.vite.config.ts): importing it
 * defines every element, exactly as the drop-in does, and gives scripts/build/snippets.mjs what it
 * needs to name files and URLs. Load a DOM shim first (@lit-labs/ssr/lib/install-global-dom-shim.js).
 */
import { defaultContent } from '../../src/content/default-content.ts';
import { describeWeek } from '../../src/widgets/clinic-hours/hours.ts';

// Re-exported rather than imported for its side effects: src/index.ts is not in package.json's
// `sideEffects`, so a bare import would be dropped with every element it defines.
export * from '../../src/index.ts';
export { guideSections } from '../../src/widgets/guide-section/sections.ts';
export { cdnBase } from './json-schema.ts';
export { strings } from '../../src/core/i18n.ts';
export { COMPARISON_STRINGS } from '../../src/widgets/treatment-comparison/strings.ts';

/**
 * The clinic's regular opening hours in a few words, true whatever the day and time:
 * "Mon–Fri 9 AM – 7 PM". The prerendered hours badge shows it until the script makes it live
 * ("Open now · closes 7 PM").
 */
export function neutralHours(hours = defaultContent.clinic.hours, locale = defaultContent.lang): string {
  // Only the open hours, without notes: true on every day of the week.
  const weekly = hours.weekly.filter((rule) => rule.status === 'open' && rule.opens).map((rule) => ({ ...rule, note: undefined }));
  return describeWeek({ ...hours, weekly }, locale);
}
