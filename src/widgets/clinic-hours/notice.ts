/**
 * The "Coming up" notice: closures and special days ahead, above the week
 * table (the next 60 days) and on the location card (the next 7), so that a
 * patient planning a visit sees them before the regular hours.
 */
import { css, html, nothing } from 'lit';
import type { Hours } from '../../content/schema.js';
import { formatDate } from '../../core/format.js';
import { strings } from '../../core/i18n.js';
import { HOURS_STRINGS } from './strings.js';
import { formatRange, upcomingExceptions, type HourCycle } from './hours.js';

/** How far ahead the location card announces closures and special days; the week view looks 60 days ahead. */
export const ANNOUNCE_DAYS = 7;

/** An exception in words: "Thu, Dec 24: Closed (Christmas Eve)", "Dec 24 – Dec 26: 10 AM – 2 PM". */
export function describeException(x: Hours['exceptions'][number], locale: string, hourCycle?: HourCycle): string {
  const day = (iso: string) => formatDate(iso, locale, { weekday: 'short', month: 'short', day: 'numeric' });
  const dates = x.through && x.through !== x.from ? `${day(x.from)} – ${day(x.through)}` : day(x.from);
  return `${dates}: ${formatRange(x, locale, hourCycle)}${x.note ? ` (${x.note})` : ''}`;
}

/** The notice (part `notice`, its list part `exceptions`) for the exceptions that start within `days` of `now`; nothing when there are none. */
export function comingUp(hours: Hours, now: Date, days: number, locale: string, hourCycle?: HourCycle) {
  const ahead = upcomingExceptions(hours, now, days);
  if (!ahead.length) return nothing;
  return html`<div part="notice" class="notice">
    <b>${strings(HOURS_STRINGS, locale).comingUp}</b>
    <ul part="exceptions">
      ${ahead.map((x) => html`<li>${describeException(x, locale, hourCycle)}</li>`)}
    </ul>
  </div>`;
}

/** A tinted callout with an accent bar; its bold "Coming up:" says what it is, not the colour. */
export const noticeStyles = css`
  .notice {
    margin: 0.75em 0;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }
  .notice ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
`;
