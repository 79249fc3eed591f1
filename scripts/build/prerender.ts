/**
 * What a prerendered widget shows until its script runs, shared by everything that prerenders: the
 * snippets (scripts/build/snippets.mjs, through its SSR bundle), the configurator's prerendered output
 * (demo/configurator/snippet.ts) and the upgrade demo (demo/upgrade/preview.ts). Browser-safe: no Node.
 */
import { defaultContent } from '../../src/content/default-content.ts';
import type { Hours } from '../../src/content/schema.ts';
import { describeWeek, statusAt, statusWords } from '../../src/widgets/clinic-hours/hours.ts';

/**
 * Rules for a prerendered root only, by tag: they go into the root's own <style> (and the linked
 * stylesheet of the CSP variants); once the script runs, the root is cleared and they go with it.
 * - The comparison: controls that need the script are not offered. Its sort arrows, filter and
 *   "Show all" are invisible in the space kept for them, and so is the narrow layout's "Sort by" row.
 * - The hours badge holds the room of its longest live words (see `heldBadge`).
 */
export const UNTIL_UPGRADE: Record<string, string> = {
  'propel-treatment-comparison':
    '[part~=sort-button]::after,[part~=filter],[part~=show-all],thead tr::before{visibility:hidden}' +
    '@container (max-width:34em){thead{visibility:hidden}}',
  // One line, cut at the pill's width as the live words are (.words), so that the room never wraps.
  'propel-clinic-hours':
    '.held{display:inline-grid;white-space:pre;min-width:0;overflow:hidden}.held>*{grid-area:1/1}.room{visibility:hidden}',
};

/**
 * A prerendered root shows once its markup has been parsed to its end. Browsers (Chromium, Firefox
 * and WebKit alike) render a declarative shadow root while the parser streams into it, so a snippet
 * that the network or a pause of the parser cuts in two would first show part of a widget, which then
 * grows: the rest of its line, or its table's columns, move. (Measured on the bench's article at 390 px and 4× CPU: 0.006–0.011 of
 * layout shift in 3 of 12 loads, from the hours badge inside a sentence, before any script ran.) The
 * root is hidden until the marker after it, `PARSED`, has arrived; then the whole widget appears at
 * once, and what follows it on the page has not been parsed yet, so nothing moves. A browser without
 * `:has()` drops the rule and shows the root as it streams in, as before.
 */
export const PARSED = '<i class="parsed" hidden></i>';
const WHOLE = '.root:not(:has(~.parsed)){display:none}';

/** Each declarative shadow root in `markup` (nested ones too) with `PARSED` as its last child. */
export const markParsed = (markup: string): string => markup.replaceAll('</template>', `${PARSED}</template>`);

/** Every rule a prerendered root of `tag` carries for the time before its script runs. */
export const prerenderCss = (tag: string): string => WHOLE + (UNTIL_UPGRADE[tag] ?? '');

/**
 * A live root written out as a declarative shadow root, as a snippet holds it: `styles` (the element's
 * own, as it adopts them) and its prerender rules in one <style>, then `markup`, then `PARSED`. For the
 * demos that serialise a live element (scripts/build/snippets.mjs renders its roots with Lit's SSR).
 */
export const declaredRoot = (tag: string, styles: string, markup: string): string =>
  `<template shadowrootmode="open"><style>${(styles + prerenderCss(tag)).replace(/<\//g, '<\\/')}</style>${markup}${PARSED}</template>`;

/** A clock, the prerendered badge's state-neutral icon (the live states have a tick, an hourglass, a cross, a calendar). */
export const CLOCK = 'M10 6v4l2.5 2.5M10 3.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13';

/**
 * The clinic's regular opening hours in a few words, true whatever the day and time:
 * "Mon–Fri 9 AM – 7 PM". The prerendered hours badge shows it until the script makes it live
 * ("Open now · closes 7 PM").
 */
export function neutralHours(hours: Hours = defaultContent.clinic.hours, locale = defaultContent.lang): string {
  // Only the open hours, without notes: true on every day of the week.
  const weekly = hours.weekly.filter((rule) => rule.status === 'open' && rule.opens).map((rule) => ({ ...rule, note: undefined }));
  return describeWeek({ ...hours, weekly }, locale);
}

/**
 * The longest words the live badge can say: "Closed · opens tomorrow at 9 AM". Read every half hour
 * from a fixed day (so that every build says the same) over two weeks, or over a year when the hours
 * have dated exceptions (a holiday's words). Approximated by length in characters, which the badge's
 * font follows closely enough.
 */
export function longestHoursWords(hours: Hours = defaultContent.clinic.hours, locale = defaultContent.lang): string {
  let longest = '';
  const start = Date.UTC(2026, 0, 5);
  const days = hours.exceptions?.length ? 366 : 14;
  for (let at = start; at < start + days * 864e5; at += 18e5) {
    const now = new Date(at);
    const words = statusWords(hours, statusAt(hours, now, 60), now, locale).join(' · ');
    if (words.length > longest.length) longest = words;
  }
  return longest;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The prerendered badge: `icon` (the live badge's, its path made the clock), the regular hours and,
 * invisible and hidden from assistive technology, the longest live words in the same grid cell
 * (UNTIL_UPGRADE), so that the badge going live at once pushes nothing after it: it can only shrink.
 */
export function heldBadge(icon: string, hours: Hours = defaultContent.clinic.hours, locale = defaultContent.lang): string {
  const clock = icon.replace(/ d="[^"]*"/, ` d="${CLOCK}"`);
  const text = escapeHtml(neutralHours(hours, locale));
  const room = escapeHtml(longestHoursWords(hours, locale));
  return `<p part="badge" class="neutral">${clock}<span class="held"><span>${text}</span><span class="room" aria-hidden="true">${room}</span></span></p>`;
}
