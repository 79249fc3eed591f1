import { css, html, nothing } from 'lit';
import { contentStyles } from '../../core/content-styles.js';
import { define } from '../../core/define.js';
import { addressLines } from '../../core/format.js';
import { heading } from '../../core/heading.js';
import { PropelElement } from '../../core/propel-element.js';
import { clinic } from '../../content/defaults/clinic.js';
import { safeHref } from '../../core/url.js';
import '../clinic-hours/clinic-hours.js';
import { hourCycleOf } from '../clinic-hours/hours.js';

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
    font-weight: 600;
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
    font-weight: 600;
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
 * @csspart address - The postal address.
 * @csspart directions - The link to directions in Google Maps.
 * @csspart cta - The call-to-action link (a button).
 * @csspart week - The `<details>` that reveals the week's hours.
 * @csspart subtitle - The "Areas we serve" heading.
 * @csspart areas - The list of service areas.
 * @csspart footer - The copyright line.
 * @csspart message - The notice shown in place of the card when its content cannot be shown (a provider with `fallback="error"`).
 *
 * @cssprop [--propel-font-family=inherit] - Font family; inherits the page's by default.
 * @cssprop [--propel-font-size=medium] - Base font size: the visitor's default text size, whatever the page's root font size.
 * @cssprop [--propel-color-primary=#0b6477 / dark #6fd0de] - Links and the call-to-action button.
 * @cssprop [--propel-color-on-primary=var(--propel-color-surface)] - The button's text.
 * @cssprop [--propel-color-primary-soft=color-mix(primary 12%, surface)] - Today's row in the week's hours.
 * @cssprop [--propel-color-surface=#ffffff / dark #141c21] - Card background.
 * @cssprop [--propel-color-surface-alt=color-mix(text 4%, surface)] - Service-area chips and footer.
 * @cssprop [--propel-color-text=#14232b / dark #e8eef1] - Text.
 * @cssprop [--propel-color-text-muted=color-mix(text 75%, surface)] - Tagline and footer.
 * @cssprop [--propel-color-border=color-mix(text 16%, surface)] - Borders.
 * @cssprop [--propel-radius=0.75em] - Corners.
 * @cssprop [--propel-space=1em] - Spacing unit.
 * @cssprop [--propel-shadow=a soft two-layer shadow] - Card shadow.
 * @cssprop [--propel-hours-open-color=#15803d] - The hours badge's "open" icon.
 * @cssprop [--propel-hours-soon-color=#b54708 / dark #fdb022] - The hours badge's "closing soon" icon.
 * @cssprop [--propel-hours-closed-color=#b42318] - The hours badge's "closed" icon.
 */
export class PropelLocationCard extends PropelElement {
  static override styles = [...PropelElement.styles, contentStyles, styles];

  static override defaults = { clinic };

  static override properties = {
    hourCycle: { attribute: 'hour-cycle' },
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /** `h12` or `h23` for the hours; defaults to the locale's convention. */
  declare hourCycle: 'h12' | 'h23' | undefined;

  /** Adds the clinic's schema.org `MedicalClinic` JSON-LD to the page (once per page). */
  declare structuredData: boolean;

  constructor() {
    super();
    this.structuredData = false;
  }

  protected override renderContent() {
    const { clinic } = this.data;
    const { address: a, cta } = clinic;
    const t = this.t;
    const level = this.level(2)!;
    const [street, city] = addressLines(a);
    const directions = `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(`${clinic.name}, ${street}, ${city}`)}`;
    const ctaHref = safeHref(cta?.url);
    if (cta && !ctaHref) this.ignore('cta url', cta.url, 'an http(s), mailto or tel URL');
    // The effective theme, so a provider's reaches the composed widgets (and a bad one warns once, here).
    const theme = this.effectiveTheme;
    // Checked here, so a bad value warns once rather than once per inner badge.
    const cycle = hourCycleOf(this.hourCycle);
    if (this.hourCycle && !cycle) this.ignore('hour-cycle', this.hourCycle, 'h12 or h23');
    return html`<div part="base" class="card">
      <div class="body">
        ${heading(level, clinic.name, 'title')} ${clinic.tagline ? html`<p class="tagline">${clinic.tagline}</p>` : nothing}
        <propel-clinic-hours theme=${theme} hour-cycle=${cycle ?? nothing} ?structured-data=${this.structuredData}></propel-clinic-hours>
        <address part="address">${street}<br />${city}</address>
        <p class="actions">
          <a part="directions" href=${directions}>${t.getDirections}</a>
          ${cta && ctaHref ? html`<a part="cta" class="button" href=${ctaHref}>${cta.label}</a>` : nothing}
        </p>
        <details part="week">
          <summary>${t.weeklyHours}</summary>
          <propel-clinic-hours variant="week" theme=${theme} hour-cycle=${cycle ?? nothing}></propel-clinic-hours>
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
