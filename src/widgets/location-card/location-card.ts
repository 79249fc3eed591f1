import { css, html, nothing, type PropertyValues } from 'lit';
import { contentStyles } from '../../core/content-styles.js';
import { define } from '../../core/define.js';
import { addressLines } from '../../core/format.js';
import { heading } from '../../core/heading.js';
import { PropelElement } from '../../core/propel-element.js';
import { LOCATION_STRINGS, type LocationStrings } from './strings.js';
import { clinic } from '../../content/defaults/clinic.js';
import { safeHref } from '../../core/url.js';
import '../clinic-hours/clinic-hours.js';
import { checkHourCycle, hourCycleOf } from '../clinic-hours/hours.js';
import { ANNOUNCE_DAYS, comingUp, noticeStyles } from '../clinic-hours/notice.js';

const styles = css`
  .title {
    margin-bottom: 0.25em;
  }
  .tagline {
    color: var(--_muted);
  }
  address {
    margin: 0.75em 0;
    font-style: normal;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.25em;
  }
  .button {
    padding: 0.5em 1.125em;
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    text-decoration: none;
  }
  details {
    margin: 1em 0;
    padding: 0.625em 0.875em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  summary {
    cursor: pointer;
    font-weight: 700;
  }
  details propel-clinic-hours {
    margin-top: 0.75em;
  }
  .areas {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }
  .areas li {
    margin: 0;
    padding: 0.125em 0.75em;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.875em;
  }
  /* On paper: the booking link as text with its URL; a maps link is no use. */
  @media print {
    .button {
      padding: 0;
    }
    [part='directions'] {
      display: none;
    }
  }
`;

/**
 * The clinic's location: name, address with a directions link, the live
 * opening-hours badge with the week's hours on demand, the areas it serves
 * and a call to action, all from the content.
 *
 * @summary Clinic address, directions, live hours and service areas.
 * @tagname propel-location-card
 *
 * @csspart base - The card.
 * @csspart title - The clinic's name (a heading; level from `heading-level`, default 2).
 * @csspart notice - The "Coming up" callout under the hours: closures and special days within the next 7 days.
 * @csspart exceptions - The list inside the "Coming up" callout.
 * @csspart address - The postal address (left out when a provided document's address has a problem: never the embedded one).
 * @csspart directions - The link to directions in Google Maps.
 * @csspart cta - The call-to-action link (a button).
 * @csspart week - The `<details>` that reveals the week's hours.
 * @csspart subtitle - The "Areas we serve" heading.
 * @csspart areas - The list of service areas.
 * @csspart footer - The copyright line.
 * @csspart message - The notice shown in place of the card when its content cannot be shown (a provider with `fallback="error"`).
 *
 * @cssprop --propel-font-family
 * @cssprop --propel-font-size
 * @cssprop --propel-color-primary - Links and the call-to-action button.
 * @cssprop --propel-color-on-primary - The button's text.
 * @cssprop --propel-color-primary-soft - Today's row in the week's hours.
 * @cssprop --propel-color-surface - Card background.
 * @cssprop --propel-color-surface-alt - Service-area chips, footer, and the "Coming up" callout.
 * @cssprop --propel-color-accent - The "Coming up" callout's bar and icon.
 * @cssprop --propel-color-text - Text.
 * @cssprop --propel-color-text-muted - Tagline and footer.
 * @cssprop --propel-color-border - Borders.
 * @cssprop --propel-radius
 * @cssprop --propel-space
 * @cssprop --propel-shadow
 * @cssprop --propel-hours-open-color
 * @cssprop --propel-hours-soon-color
 * @cssprop --propel-hours-closed-color
 */
export class PropelLocationCard extends PropelElement<LocationStrings> {
  static override styles = [...PropelElement.styles, contentStyles, noticeStyles, styles];

  static override defaults = { clinic };

  static override strings = LOCATION_STRINGS;

  static override properties = {
    hourCycle: { attribute: 'hour-cycle' },
    structuredData: { attribute: 'structured-data', type: Boolean },
    now: { attribute: false },
  };

  /** `h12` or `h23` for the hours; defaults to the locale's convention. */
  declare hourCycle: 'h12' | 'h23' | undefined;

  /** Adds the clinic's schema.org `MedicalClinic` JSON-LD to the page (once per page). */
  declare structuredData: boolean;

  /**
   * The instant to show the hours at, for previews (a `Date`, property only, as on `<propel-clinic-hours>`); unset, the live clock.
   */
  declare now: Date | undefined;

  constructor() {
    super();
    this.structuredData = false;
  }

  /** Warnings for what the card cannot use: in `updated`, so the render stays pure. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { cta } = this.data.clinic;
    if (cta && !safeHref(cta.url)) this.ignore('cta url', cta.url, 'an http(s), mailto or tel URL');
    // Checked here, so a bad value warns once rather than once per inner badge.
    checkHourCycle(this.hourCycle, (attribute, value, expected) => this.ignore(attribute, value, expected));
  }

  protected override renderContent() {
    const { clinic } = this.data;
    const { address, cta, hours } = clinic;
    const t = this.t;
    const level = this.level(2)!;
    const ctaHref = safeHref(cta?.url);
    // The effective theme, so a provider's reaches the composed widgets (and a bad one warns once, here).
    const theme = this.effectiveTheme;
    const cycle = hourCycleOf(this.hourCycle);
    // Never the embedded address: a document's broken address is left out, with the directions built from it.
    const [street, city] = address ? addressLines(address) : [];
    const directions =
      address && `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(`${clinic.name}, ${street}, ${city}`)}`;
    const now = this.now ?? new Date();
    return html`<div part="base" class="card">
      <div class="body">
        ${heading(level, clinic.name, 'title')} ${clinic.tagline ? html`<p class="tagline">${clinic.tagline}</p>` : nothing}
        <propel-clinic-hours
          theme=${theme}
          hour-cycle=${cycle ?? nothing}
          .now=${this.now}
          ?structured-data=${this.structuredData}
        ></propel-clinic-hours>
        ${hours ? comingUp(hours, now, ANNOUNCE_DAYS, this.locale, cycle) : nothing}
        ${address ? html`<address part="address">${street}<br />${city}</address>` : nothing}
        <p class="actions">
          ${directions ? html`<a part="directions" href=${directions}>${t.getDirections}</a>` : nothing}
          ${cta && ctaHref ? html`<a part="cta" class="button" href=${ctaHref}>${cta.label}</a>` : nothing}
        </p>
        <details part="week">
          <summary>${t.weeklyHours}</summary>
          <propel-clinic-hours variant="week" theme=${theme} hour-cycle=${cycle ?? nothing} .now=${this.now}></propel-clinic-hours>
        </details>
        ${heading(level + 1, t.serviceAreas, 'subtitle')}
        <ul part="areas" class="areas">
          ${clinic.serviceAreas.map((area) => html`<li>${area}</li>`)}
        </ul>
      </div>
      ${clinic.copyright ? html`<div part="footer" class="footer"><p>${clinic.copyright}</p></div>` : nothing}
    </div>`;
  }
}

define('propel-location-card', PropelLocationCard);

declare global {
  interface HTMLElementTagNameMap {
    'propel-location-card': PropelLocationCard;
  }
}
