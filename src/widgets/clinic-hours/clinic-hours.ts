import { html, nothing, type PropertyValues } from 'lit';
import { define } from '../../core/define.js';
import { PropelElement } from '../../core/propel-element.js';
import { HOURS_STRINGS, type HoursStrings } from './strings.js';
import { clinic } from '../../content/defaults/clinic.js';
import type { Hours } from '../../content/schema.js';
import { safeHref } from '../../core/url.js';
import {
  dayName,
  formatRanges,
  checkHourCycle,
  hourCycleOf,
  formatInstant,
  namedTime,
  nextMidnight,
  statusAt,
  statusWords,
  visitorZone,
  weekSchedule,
  zoneName,
  type BadgeState,
  type HourCycle,
  type HoursStatus,
} from './hours.js';
import { clinicHoursStyles } from './clinic-hours.styles.js';
import { comingUp, noticeStyles } from './notice.js';
import { ensureJsonLd, removeJsonLd } from './structured-data.js';

/** `propel-hours-change`: the badge's new state, and when it ends (undefined: not within 14 days). */
export interface PropelHoursChangeDetail {
  state: BadgeState;
  until: Date | undefined;
}

/** What the element shows, worked out before each render (the render itself stays pure). */
type View =
  /** A provider's document is on its way: its hours, not the embedded ones, will show. */
  | { kind: 'loading' }
  /**
   * No usable hours (the provider's warning and events name the problems): the reader gets the
   * link to the document's website, when it has a valid one.
   */
  | { kind: 'unavailable'; website?: string }
  | { kind: 'live'; hours: Hours; now: Date; status: HoursStatus };

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
 * @csspart notice - The "Coming up" callout above the week table: closures and special days in the next 60 days.
 * @csspart exceptions - The list inside the "Coming up" callout.
 * @csspart contact - In "Hours unavailable", the link to the clinic's website (the provided document's, when it has a valid one).
 *
 * @cssprop --propel-font-family
 * @cssprop --propel-font-size
 * @cssprop --propel-color-primary - The appointment icon and the "Today" marker.
 * @cssprop --propel-color-primary-soft - Today's row.
 * @cssprop --propel-color-surface - The pill's background and the icons' glyphs.
 * @cssprop --propel-color-text - Text.
 * @cssprop --propel-color-text-muted - Notes, local time, and the icon when hours are unavailable.
 * @cssprop --propel-color-accent - The "Coming up" callout's bar and icon.
 * @cssprop --propel-color-surface-alt - The "Coming up" callout's background.
 * @cssprop --propel-color-border - The pill's border and table rules.
 * @cssprop --propel-hours-open-color - Background of the "open" icon.
 * @cssprop --propel-hours-soon-color - Background of the "closing soon" icon.
 * @cssprop --propel-hours-closed-color - Background of the "closed" icon.
 */
export class PropelClinicHours extends PropelElement<HoursStrings> {
  static override styles = [...PropelElement.styles, noticeStyles, clinicHoursStyles];

  static override defaults = { clinic };

  static override strings = HOURS_STRINGS;

  /** A document without usable hours shows "Hours unavailable", in every `fallback` mode. */
  static override ownNotices = ['clinic'] as const;

  /** Goes live at once when prerendered, wherever it is (alone, in a card, in the guide): prerendered hours can be stale. */
  static override live = true;

  static override properties = {
    variant: { reflect: true },
    hourCycle: { attribute: 'hour-cycle' },
    showLocal: { attribute: 'show-local', type: Boolean },
    structuredData: { attribute: 'structured-data', type: Boolean },
    closesSoon: { attribute: 'closes-soon', type: Number },
    now: { attribute: false },
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

  /**
   * The instant to show the hours at, for previews (the staff's editor shows December 24 at 10:00
   * this way): a `Date` (property only). Unset, or an invalid `Date`, the live clock. A fixed instant
   * sets no timer.
   */
  declare now: Date | undefined;

  /** The live state: `open`, `closing-soon`, `closed` or `appointment`; undefined before the first render or when the hours are unavailable. */
  get state(): BadgeState | undefined {
    return this.#view?.kind == 'live' ? this.#view.status.state : undefined;
  }

  /** When the live state ends (undefined: not within 14 days, or no state). */
  get until(): Date | undefined {
    return this.#view?.kind == 'live' ? this.#view.status.until : undefined;
  }

  #timer?: ReturnType<typeof setTimeout>;
  #view?: View;
  #told?: BadgeState;

  constructor() {
    super();
    this.showLocal = false;
    this.structuredData = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnecting resumes: the update schedules the next change again.
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

  get #cycle(): HourCycle | undefined {
    return hourCycleOf(this.hourCycle);
  }

  get #soon(): number {
    const minutes = this.closesSoon ?? 60;
    return minutes >= 0 && minutes < Infinity ? minutes : 60;
  }

  get #week(): boolean {
    return this.variant === 'week';
  }

  /** What to show: the document's hours at `now`, or why there are none. */
  #read(): View {
    const { hours } = this.data.clinic;
    const provided = this.provided;
    if (hours) {
      const now = this.now && !Number.isNaN(+this.now) ? this.now : new Date();
      return { kind: 'live', hours, now, status: statusAt(hours, now, this.#soon) };
    }
    if (provided?.loading) return { kind: 'loading' };
    // The document's own website, never the embedded one.
    return { kind: 'unavailable', website: safeHref(provided?.content.clinic?.url) };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#view = this.#read();
  }

  /**
   * The effects of an update: warnings for attributes, the next wake-up, the page's JSON-LD and the
   * change event. Unusable hours are not warned about here: the provider's one warning names them.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#checkAttributes();
    const view = this.#view;
    if (view?.kind != 'live') {
      this.#wake(undefined);
      if (this.structuredData && view?.kind == 'unavailable') removeJsonLd();
      this.#told = undefined;
      return;
    }
    const { hours, now, status } = view;
    if (this.now) this.#wake(undefined);
    else {
      const midnight = this.#week ? nextMidnight(now, hours.timeZone) : undefined;
      this.#wake(midnight && (!status.until || midnight < status.until) ? midnight : status.until);
    }
    if (this.structuredData) {
      try {
        ensureJsonLd({ ...this.data.clinic, hours });
      } catch (error) {
        // The badge still shows; only the page's structured data is missing.
        this.warn(`structured data not added: ${(error as Error).message}`);
      }
    }
    if (this.#told && status.state != this.#told)
      this.emit<PropelHoursChangeDetail>('propel-hours-change', { state: status.state, until: status.until });
    this.#told = status.state;
  }

  /** One warning per attribute value the element cannot use. */
  #checkAttributes(): void {
    checkHourCycle(this.hourCycle, (attribute, value, expected) => this.ignore(attribute, value, expected));
    if (this.#soon != (this.closesSoon ?? 60))
      this.ignore('closes-soon', this.getAttribute('closes-soon') ?? String(this.closesSoon), 'minutes, 0 or more');
    if (this.variant && !this.#week && this.variant !== 'badge') this.ignore('variant', this.variant, 'badge or week');
  }

  protected override renderContent() {
    const view = this.#view ?? this.#read();
    const t = this.t;
    if (view.kind == 'loading') return this.#badge('unknown', [t.hoursLoading]);
    if (view.kind == 'unavailable') {
      const { website } = view;
      return this.#badge('unknown', [t.unavailable], website ? html` · <a part="contact" href=${website}>${t.clinicWebsite}</a>` : nothing);
    }
    const { hours, now, status } = view;
    const locale = this.locale;
    const cycle = this.#cycle;
    if (!this.#week) {
      const next = namedTime(status);
      // Only asked for show-local: reading the visitor's zone starts Intl up.
      const zone = this.showLocal && next && visitorZone();
      const local =
        zone && zone !== hours.timeZone
          ? html` <span part="local" class="local">(${t.yourTime(formatInstant(next, zone, locale, cycle, true))})</span>`
          : nothing;
      return this.#badge(status.state, statusWords(hours, status, now, locale, cycle), local, status.exception?.note);
    }
    return html`${comingUp(hours, now, 60, locale, cycle)}
      <table part="table">
        <caption>
          ${t.openingHours}
          <span class="note">${t.timesIn(zoneName(hours.timeZone, locale, now))}</span>
        </caption>
        <tbody>
          ${weekSchedule(hours, now).map(
            (d) =>
              html`<tr aria-current=${d.today ? 'date' : nothing}>
                <th scope="row">
                  ${dayName(d.date, locale)}${d.today ? html`<span class="vh">, </span><span part="today">${t.todayMarker}</span>` : nothing}
                </th>
                <td>${formatRanges(d.rules, locale, cycle)} ${d.note ? html`<span class="note">${d.note}</span>` : nothing}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }

  /**
   * The pill: an icon, then the words joined by " · ", then `extra` (the local time, or a link). A
   * badge is a polite live region, so a screen reader hears the state flip (open → closing soon →
   * closed) without focus moving; the week table is not one. The holiday's note (`reason`) is
   * shortened on screen when long; its whole text stays in the accessibility tree.
   */
  #badge(state: BadgeState | 'unknown', words: string[], extra: unknown = nothing, reason?: string) {
    return html`<p part="badge" class=${state} role=${this.#week ? nothing : 'status'}>
      <span part="icon"
        ><svg viewBox="0 0 20 20" width="1em" aria-hidden="true"><path d=${ICONS[state]} /></svg></span
      ><span class="words"
        >${words.map((word, i) => [i ? ' · ' : '', html`<span class=${word === reason ? 'reason' : ''}>${word}</span>`])}${extra}</span
      >
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
