import { html, nothing, svg, type PropertyValues } from 'lit';
import { define } from '../../core/define.js';
import { formatDate } from '../../core/format.js';
import { PropelElement } from '../../core/propel-element.js';
import { clinic } from '../../content/defaults/clinic.js';
import {
  dayName,
  describeStatus,
  formatRanges,
  formatRange,
  hourCycleOf,
  formatInstant,
  hoursProblem,
  namedTime,
  nextMidnight,
  statusAt,
  upcomingExceptions,
  visitorZone,
  weekSchedule,
  zoneName,
  type BadgeState,
  type HourCycle,
} from './hours.js';
import { clinicHoursStyles } from './clinic-hours.styles.js';
import { ensureJsonLd } from './structured-data.js';

/** `propel-hours-change`: the badge's new state, and when it ends (undefined: not within 14 days). */
export interface PropelHoursChangeDetail {
  state: BadgeState;
  until: Date | undefined;
}

/** One shape per state, so the state never rests on colour alone. */
const ICONS: Record<BadgeState | 'unknown', string> = {
  open: 'M5 10.5l3.5 3.5L15 7',
  // An hourglass.
  'closing-soon': 'M6 4h8M6 16h8M7 4l3 6 3-6M7 16l3-6 3 6',
  closed: 'M6 6l8 8m0-8l-8 8',
  appointment: 'M4 6h12v10H4zM4 9h12M7 4v3m6-3v3',
  unknown: 'M6 10h8',
};

/**
 * Whether the clinic is open now, computed in the clinic's own time zone
 * (from the content, `America/Los_Angeles`) whatever the visitor's zone, and
 * kept live: it re-renders itself exactly when the status changes, "Closing
 * soon" included, with one timer of its own while attached. Text placed inside the tag
 * (e.g. "Mon–Fri 9 AM–7 PM") shows until the script runs and without JavaScript.
 *
 * @summary Live "open now" badge, or the week's opening hours.
 * @tagname propel-clinic-hours
 *
 * @fires {CustomEvent<PropelHoursChangeDetail>} propel-hours-change - The live state changed (not on the first
 * render): `detail = { state, until }`, `state` being `open`, `closing-soon`, `closed` or `appointment` and `until`
 * the `Date` it ends (undefined when not within 14 days). Both variants fire it; not while the hours are unavailable.
 *
 * @csspart badge - The status pill ("Open now · closes 7 PM").
 * @csspart icon - The status shape inside the pill: a tick (open), an hourglass (closing soon), a cross (closed), a calendar (by appointment).
 * @csspart local - The visitor's local time, with `show-local`.
 * @csspart table - The week table (`variant="week"`).
 * @csspart today - The "Today" marker in the week table.
 * @csspart exceptions - The list of upcoming closures and special hours.
 * @csspart message - The notice shown instead of the hours when a provider with `fallback="error"` cannot provide them.
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
 * @cssprop [--propel-hours-soon-color=#b54708 / dark #fdb022] - Background of the "closing soon" icon.
 * @cssprop [--propel-hours-closed-color=#b42318] - Background of the "closed" icon.
 */
export class PropelClinicHours extends PropelElement {
  static override styles = [...PropelElement.styles, clinicHoursStyles];

  static override defaults = { clinic };

  static override properties = {
    variant: { reflect: true },
    hourCycle: { attribute: 'hour-cycle' },
    showLocal: { attribute: 'show-local', type: Boolean },
    structuredData: { attribute: 'structured-data', type: Boolean },
    closesSoon: { attribute: 'closes-soon', type: Number },
  };

  /**
   * `badge`: the live status. `week`: the week's hours as a table, today marked, with upcoming exceptions.
   * @default "badge"
   */
  declare variant: 'badge' | 'week' | undefined;

  /** `h12` or `h23`; defaults to the locale's convention. */
  declare hourCycle: 'h12' | 'h23' | undefined;

  /** Also shows the next change in the visitor's own time when their time zone differs from the clinic's. */
  declare showLocal: boolean;

  /**
   * Adds the clinic's schema.org `MedicalClinic` JSON-LD to the page (once per page, however many
   * elements ask), unless the hours are unavailable.
   */
  declare structuredData: boolean;

  /**
   * Minutes before closing from which an open clinic shows "Closing soon", with its own
   * icon: default 60; `0` turns it off. A malformed value warns once and uses 60.
   * @default 60
   */
  declare closesSoon: number | undefined;

  /** The live state: `open`, `closing-soon`, `closed` or `appointment`; undefined before the first render or when the hours are unavailable. */
  get state(): BadgeState | undefined {
    return this.#live?.state;
  }

  /** When the live state ends (undefined: not within 14 days, or no state). */
  get until(): Date | undefined {
    return this.#live?.until;
  }

  #timer?: ReturnType<typeof setTimeout>;
  #live?: PropelHoursChangeDetail;
  #told?: BadgeState;

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
    this.#wake(undefined);
  }

  /** Re-renders at `at`: at most one pending timer per element, none while detached. */
  #wake(at: Date | undefined): void {
    clearTimeout(this.#timer);
    // A delay above 2^31 − 1 ms would fire at once: capped, an early wake-up just schedules again.
    this.#timer = at && this.isConnected ? setTimeout(() => this.requestUpdate(), Math.min(+at - Date.now(), 2 ** 31 - 1)) : undefined;
  }

  #cycle(): HourCycle | undefined {
    const cycle = hourCycleOf(this.hourCycle);
    if (this.hourCycle && !cycle) this.ignore('hour-cycle', this.hourCycle, 'h12 or h23');
    return cycle;
  }

  #soon(): number {
    const minutes = this.closesSoon ?? 60;
    if (minutes >= 0 && minutes < Infinity) return minutes;
    this.ignore('closes-soon', this.getAttribute('closes-soon') ?? minutes, 'minutes, 0 or more');
    return 60;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const live = this.#live;
    if (live && this.#told && live.state != this.#told) {
      this.dispatchEvent(new CustomEvent<PropelHoursChangeDetail>('propel-hours-change', { bubbles: true, composed: true, detail: { ...live } }));
    }
    this.#told = live?.state;
  }

  protected override renderContent() {
    const { clinic } = this.data;
    const { hours } = clinic;
    const problem = hoursProblem(hours);
    this.#live = undefined;
    if (problem) {
      this.warn(`hours unavailable: ${problem}`);
      this.#wake(undefined);
      return this.#badge('unknown', this.t.unavailable);
    }
    // Not while the hours are unavailable: search engines get no malformed hours.
    if (this.structuredData) {
      try {
        ensureJsonLd(clinic);
      } catch (error) {
        // The badge still renders; only the page's structured data is missing.
        this.warn(`structured data not added: ${(error as Error).message}`);
      }
    }
    const now = new Date();
    const locale = this.locale;
    const cycle = this.#cycle();
    const status = statusAt(hours, now, this.#soon());
    this.#live = { state: status.state, until: status.until };
    const week = this.variant === 'week';
    if (this.variant && !week && this.variant !== 'badge') this.ignore('variant', this.variant, 'badge or week');
    const midnight = week ? nextMidnight(now, hours.timeZone) : undefined;
    this.#wake(midnight && (!status.until || midnight < status.until) ? midnight : status.until);
    if (!week) {
      const next = namedTime(status);
      // Only asked for show-local: reading the visitor's zone starts Intl up.
      const zone = this.showLocal && next && visitorZone();
      const local =
        zone && zone !== hours.timeZone
          ? html` <span part="local" class="local">(${this.t.yourTime(formatInstant(next, zone, locale, cycle, true))})</span>`
          : nothing;
      return this.#badge(status.state, describeStatus(hours, status, now, locale, cycle), local);
    }
    const t = this.t;
    const exceptions = upcomingExceptions(hours, now);
    const day = (iso: string) => formatDate(iso, locale, { weekday: 'short', month: 'short', day: 'numeric' });
    return html`<table part="table">
        <caption>
          ${t.openingHours}
          <span class="note">${t.timesIn(zoneName(hours.timeZone, locale, now))}</span>
        </caption>
        <tbody>
          ${weekSchedule(hours, now).map(
            (d) => html`<tr aria-current=${d.today ? 'date' : nothing}>
              <th scope="row">${dayName(d.date, locale)}${d.today ? html`<span class="vh">, </span><span part="today">${t.todayMarker}</span>` : nothing}</th>
              <td>${formatRanges(d.rules, locale, cycle)} ${d.note ? html`<span class="note">${d.note}</span>` : nothing}</td>
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

  #badge(state: BadgeState | 'unknown', text: string, extra: unknown = nothing) {
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
  interface HTMLElementEventMap {
    'propel-hours-change': CustomEvent<PropelHoursChangeDetail>;
  }
}
