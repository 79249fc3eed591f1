import { css, html } from 'lit';
import { contentStyles } from '../../core/content-styles.js';
import { define } from '../../core/define.js';
import { formatDate } from '../../core/format.js';
import { heading } from '../../core/heading.js';
import { PropelElement } from '../../core/propel-element.js';
import { GUIDE_STRINGS, type GuideStrings } from './strings.js';
import { article } from '../../content/defaults/article.js';
import { clinic } from '../../content/defaults/clinic.js';
import { diet } from '../../content/defaults/diet.js';
import { guide } from '../../content/defaults/guide.js';
import { treatments } from '../../content/defaults/treatments.js';
import '../diet-grid/diet-grid.js';
import { guideSections } from '../guide-section/sections.js';
import '../guide-section/guide-section.js';
import '../location-card/location-card.js';
import '../treatment-comparison/treatment-comparison.js';

const styles = css`
  .guide {
    display: grid;
    gap: var(--_space);
  }
  :first-child > .title {
    margin-bottom: 0.375em;
    font-size: 1.625em;
  }
  [part='meta'] {
    color: var(--_muted);
  }
  nav {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  nav ol {
    columns: 2 18em;
  }
  [part='disclaimer'] {
    margin: 0;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_accent-soft);
  }
  /* In-page links lead nowhere on paper. */
  @media print {
    nav a {
      text-decoration: none;
    }
  }
`;

/**
 * The whole fibromyalgia guide, composed from the other widgets in the
 * article's order, with its metadata (author, updated date), a table of
 * contents of in-page links, the clinic's `<propel-location-card>` (live hours,
 * address and directions, areas served), and a medical disclaimer. Headings form a clean
 * outline from `heading-level` (default 2): the guide's title at that level,
 * each section one below, sub-headings two below.
 *
 * @summary The complete fibromyalgia treatment guide with a table of contents.
 * @tagname propel-fibro-guide
 *
 * @csspart base - The column of cards.
 * @csspart title - The guide's title.
 * @csspart meta - The author and updated-date line.
 * @csspart toc - The table of contents (`<nav>`).
 * @csspart clinic - The clinic's `<propel-location-card>`: name, live hours, address, directions, week and areas served.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart footer - The attribution: source link and updated date.
 * @csspart message - The notice shown in place of the guide when its content cannot be shown (a provider with `fallback="error"`).
 *
 * @cssprop --propel-font-family
 * @cssprop --propel-font-size
 * @cssprop --propel-color-primary - Links and accents in every section, the clinic card's button.
 * @cssprop --propel-color-on-primary - The clinic card's button text.
 * @cssprop --propel-color-primary-soft - Category badges and step numbers in the sections.
 * @cssprop --propel-color-surface - Card backgrounds.
 * @cssprop --propel-color-surface-alt - The footer, the comparison's header row and the diet's cards.
 * @cssprop --propel-color-text
 * @cssprop --propel-color-text-muted - Metadata line.
 * @cssprop --propel-color-border - Card borders and the contents divider.
 * @cssprop --propel-color-accent - The disclaimer's bar.
 * @cssprop --propel-color-accent-soft - The disclaimer's background.
 * @cssprop --propel-radius
 * @cssprop --propel-space - Spacing unit and the gap between cards.
 * @cssprop --propel-shadow
 * @cssprop --propel-comparison-header-bg
 * @cssprop --propel-diet-card-bg - The diet's food-group cards.
 * @cssprop --propel-hours-open-color - The clinic card's badge when open.
 * @cssprop --propel-hours-soon-color - The clinic card's badge when closing soon.
 * @cssprop --propel-hours-closed-color - The clinic card's badge when closed.
 */
export class PropelFibroGuide extends PropelElement<GuideStrings> {
  static override styles = [...PropelElement.styles, contentStyles, styles];

  static override defaults = { article, ...guide, treatments, diet, clinic };

  static override strings = GUIDE_STRINGS;

  #jump(event: Event) {
    const target = (this.renderRoot as ShadowRoot).getElementById((event.target as HTMLAnchorElement).hash?.slice(1));
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView();
    }
  }

  protected override renderContent() {
    const { article } = this.data;
    // The clinic closes the guide as <propel-location-card>, the same card the clinic's pages show: live
    // hours written from the document's rules ("Hours unavailable" rather than the embedded hours),
    // what is coming up, the address and directions, the week, the areas served.
    const t = this.t;
    const level = this.level(2)!;
    const sections = guideSections(this.data);
    const sub = level + 1;
    // The effective theme, so a provider's reaches the composed widgets (and a bad one warns once, here).
    const theme = this.effectiveTheme;
    return html`<div part="base" class="guide">
      <div class="card body">
        ${heading(level, article.title, 'title')}
        <p part="meta">
          ${t.by} ${article.author} <span aria-hidden="true">·</span> ${t.updated}
          <time datetime=${article.updated}>${formatDate(article.updated, this.locale)}</time>
        </p>
        <p>${article.summary}</p>
        <nav part="toc" aria-label=${t.contents} @click=${this.#jump}>
          <p class="lead">${t.contents}</p>
          <ol>
            ${sections.map((s) => html`<li><a href="#${s.id}">${s.heading}</a></li>`)}
          </ol>
        </nav>
      </div>
      ${sections.map(({ id }) =>
        id === 'comparison'
          ? html`<propel-treatment-comparison
              id=${id}
              tabindex="-1"
              heading-level=${sub}
              hide-attribution
              theme=${theme}
            ></propel-treatment-comparison>`
          : id === 'diet'
            ? html`<propel-diet-grid id=${id} tabindex="-1" heading-level=${sub} hide-attribution theme=${theme}></propel-diet-grid>`
            : html`<propel-guide-section
                id=${id}
                tabindex="-1"
                section=${id}
                heading-level=${sub}
                hide-attribution
                theme=${theme}
              ></propel-guide-section>`,
      )}
      <propel-location-card part="clinic" heading-level=${sub} theme=${theme}></propel-location-card>
      <div class="card">
        <p part="disclaimer" class="body" role="note">${article.disclaimer}</p>
        ${this.renderAttribution(false)}
      </div>
    </div>`;
  }
}

define('propel-fibro-guide', PropelFibroGuide);

declare global {
  interface HTMLElementTagNameMap {
    'propel-fibro-guide': PropelFibroGuide;
  }
}
