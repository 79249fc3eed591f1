import { css, html, nothing, svg } from 'lit';
import { define } from '../../core/define.js';
import { formatDate } from '../../core/format.js';
import { PropelElement } from '../../core/propel-element.js';
import { clinic } from '../../content/defaults.js';
import { schedule } from '../../core/scheduler.js';
import {
  describeStatus,
  formatRange,
  hourCycleOf,
  formatInstant,
  hoursProblem,
  nextMidnight,
  statusAt,
  upcomingExceptions,
  visitorZone,
  weekSchedule,
  type HourCycle,
  type HoursState,
} from './hours.js';
import { ensureJsonLd } from './structured-data.js';

/** One shape per state, so the state never rests on colour alone. */
const ICONS: Record<HoursState | 'unknown', string> = {
  open: 'M5 10.5l3.5 3.5L15 7',
  closed: 'M6 6l8 8m0-8l-8 8',
  appointment: 'M4 6h12v10H4zM4 9h12M7 4v3m6-3v3',
  unknown: 'M6 10h8',
};

const styles = css`
  :host {
    display: inline-block;
    /* An inline badge sizes to its text: no inline-size containment. */
    container-type: normal;
  }
  :host([variant='week']) {
    display: block;
  }
  [part='badge'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    padding: 0.3em 0.875em 0.3em 0.375em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  [part='icon'] {
    display: grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    background: var(--_muted);
    color: var(--_surface);
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
  }
  .open [part='icon'] {
    background: var(--propel-hours-open-color, light-dark(#15803d, #4ade80));
  }
  .closed [part='icon'] {
    background: var(--propel-hours-closed-color, light-dark(#b42318, #f97066));
  }
  .appointment [part='icon'] {
    background: var(--_primary);
  }
  .note,
  .local {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .note {
    display: block;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
  }
  th,
  td {
    padding: 0.4em 0.5em;
    border-top: 1px solid var(--_border);
    text-align: start;
    font-weight: inherit;
  }
  td {
    text-align: end;
    /* Very narrow containers (a sidebar inside a card) wrap rather than overflow. */
    overflow-wrap: anywhere;
  }
  [aria-current] {
    background: var(--_primary-soft);
    font-weight: 650;
  }
  [part='today'] {
    margin-inline-start: 0.5em;
    color: var(--_primary);
    font-size: 0.8125em;
  }
`;

/**
 * Whether the clinic is open now, computed in the clinic's own time zone
 * (from the content, `America/Los_Angeles`) whatever the visitor's zone, and
 * kept live: it re-renders itself exactly when the status changes. Every
 * instance shares one timer. Text placed inside the tag (e.g.
 * "Mon–Fri 9 AM–7 PM") shows until the script runs and without JavaScript.
 *
 * @summary Live "open now" badge, or the week's opening hours.
 * @tagname propel-clinic-hours
 *
 * @csspart badge - The status pill ("Open now · closes 7 PM").
 * @csspart icon - The status shape inside the pill: a tick (open), a cross (closed), a calendar (by appointment).
 * @csspart local - The visitor's local time, with `show-local`.
 * @csspart table - The week table (`variant="week"`).
 * @csspart today - The "Today" marker in the week table.
 * @csspart exceptions - The list of upcoming closures and special hours.
 *
 * @cssprop [--propel-font-family=inherit] - Font family; inherits the page's by default.
 * @cssprop [--propel-font-size=medium] - Base font size: the visitor's default text size, whatever the page's root font size.
 * @cssprop [--propel-color-primary=#0b6477 / dark #6fd0de] - The appointment icon and the "Today" marker.
 * @cssprop [--propel-color-primary-soft=color-mix(primary 12%, surface)] - Today's row.
 * @cssprop [--propel-color-surface=#ffffff / dark #141c21] - The pill's background and the icons' glyphs.
 * @cssprop [--propel-color-text=#14232b / dark #e8eef1] - Text.
 * @cssprop [--propel-color-text-muted=color-mix(text 75%, surface)] - Notes, local time, and the icon when hours are unavailable.
 * @cssprop [--propel-color-border=color-mix(text 16%, surface)] - The pill's border and table rules.
 * @cssprop [--propel-hours-open-color=#15803d] - Background of the "open" icon.
 * @cssprop [--propel-hours-closed-color=#b42318] - Background of the "closed" icon.
 */
export class PropelClinicHours extends PropelElement {
  static override styles = [...PropelElement.styles, styles];

  static override defaults = { clinic };

  static override properties = {
    variant: { reflect: true },
    hourCycle: { attribute: 'hour-cycle' },
    showLocal: { attribute: 'show-local', type: Boolean },
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /** `badge` (default): the live status. `week`: the week's hours as a table, today marked, with upcoming exceptions. */
  declare variant: 'badge' | 'week' | undefined;

  /** `h12` or `h23`; defaults to the locale's convention. */
  declare hourCycle: HourCycle | undefined;

  /** Also shows the next change in the visitor's own time when their time zone differs from the clinic's. */
  declare showLocal: boolean;

  /** Adds the clinic's schema.org `MedicalClinic` JSON-LD to the page (once per page, however many elements ask). */
  declare structuredData: boolean;

  #cancel?: () => void;

  constructor() {
    super();
    this.showLocal = false;
    this.structuredData = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnecting resumes: the render schedules the next change again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancel?.();
    this.#cancel = undefined;
  }

  /** Re-renders at `at`, through the shared scheduler; one pending registration per element. */
  #wake(at: Date | undefined): void {
    this.#cancel?.();
    this.#cancel = at && this.isConnected ? schedule(at, () => this.requestUpdate()) : undefined;
  }

  #cycle(): HourCycle | undefined {
    const cycle = hourCycleOf(this.hourCycle);
    if (this.hourCycle && !cycle) this.ignore('hour-cycle', this.hourCycle, 'h12 or h23');
    return cycle;
  }

  protected override renderContent() {
    const { clinic } = this.data;
    const { hours } = clinic;
    const problem = hoursProblem(hours);
    if (this.structuredData) ensureJsonLd(clinic);
    if (problem) {
      this.warn(`hours unavailable: ${problem}`);
      this.#wake(undefined);
      return this.#badge('unknown', this.t.unavailable);
    }
    const now = new Date();
    const locale = this.locale;
    const cycle = this.#cycle();
    const status = statusAt(hours, now);
    const week = this.variant === 'week';
    if (this.variant && !week && this.variant !== 'badge') this.ignore('variant', this.variant, 'badge or week');
    const midnight = week ? nextMidnight(now, hours.timeZone) : undefined;
    this.#wake(midnight && (!status.until || midnight < status.until) ? midnight : status.until);
    if (!week) {
      // The time the sentence names: the closing time when open, the opening time when closed.
      const next = status.state === 'open' ? status.until : status.state === 'closed' ? status.nextOpen : undefined;
      const zone = visitorZone();
      const local =
        this.showLocal && next && zone !== hours.timeZone
          ? html` <span part="local" class="local">(${this.t.yourTime(formatInstant(next, zone, locale, cycle, true))})</span>`
          : nothing;
      return this.#badge(status.state, describeStatus(hours, status, now, locale, cycle), local);
    }
    const t = this.t;
    const exceptions = upcomingExceptions(hours, now);
    const day = (iso: string) => formatDate(iso, locale, { weekday: 'short', month: 'short', day: 'numeric' });
    const zoneName =
      new Intl.DateTimeFormat(locale, { timeZone: hours.timeZone, timeZoneName: 'longGeneric' })
        .formatToParts(now)
        .find((p) => p.type === 'timeZoneName')?.value ?? hours.timeZone;
    return html`<table part="table">
        <caption>
          ${t.openingHours}
          <span class="note">${t.timesIn(zoneName)}</span>
        </caption>
        <tbody>
          ${weekSchedule(hours, now).map(
            (d) => html`<tr aria-current=${d.today ? 'date' : nothing}>
              <th scope="row">${formatDate(d.date, locale, { weekday: 'long' })}${d.today ? html`<span class="vh">, </span><span part="today">${t.todayMarker}</span>` : nothing}</th>
              <td>
                ${formatRange({ ...d, status: d.state }, locale, cycle)} ${d.note ? html`<span class="note">${d.note}</span>` : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${exceptions.length
        ? html`<ul part="exceptions">
            ${exceptions.map(
              (x) =>
                html`<li>${day(x.from)}${x.through && x.through !== x.from ? ` – ${day(x.through)}` : ''}: ${formatRange(x, locale, cycle)}${x.note ? ` (${x.note})` : ''}</li>`,
            )}
          </ul>`
        : nothing}`;
  }

  #badge(state: HoursState | 'unknown', text: string, extra: unknown = nothing) {
    return html`<p part="badge" class=${state}>
      <span part="icon">${svg`<svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true"><path d=${ICONS[state]} /></svg>`}</span><span>${text}${extra}</span>
    </p>`;
  }
}

define('propel-clinic-hours', PropelClinicHours);

declare global {
  interface HTMLElementTagNameMap {
    'propel-clinic-hours': PropelClinicHours;
  }
}
