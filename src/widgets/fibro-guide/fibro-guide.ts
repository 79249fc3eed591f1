import { css, html } from 'lit';
import { contentStyles } from '../../core/content-styles.js';
import { define } from '../../core/define.js';
import { formatDate } from '../../core/format.js';
import { heading } from '../../core/heading.js';
import { strings } from '../../core/i18n.js';
import { PropelElement } from '../../core/propel-element.js';
import '../diet-grid/diet-grid.js';
import { guideSections } from '../guide-section/sections.js';
import '../guide-section/guide-section.js';
import '../treatment-comparison/treatment-comparison.js';

const styles = css`
  .guide {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin-bottom: 0.375em;
    font-size: 1.625em;
  }
  [part=meta] {
    color: var(--_muted);
  }
  nav {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  nav ol {
    columns: 2 18em;
  }
  [part=disclaimer] {
    margin: 0;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_accent-soft);
  }
`;

/**
 * The whole fibromyalgia guide, composed from the other widgets in the
 * article's order, with its metadata (author, updated date), a table of
 * contents of in-page links, and a medical disclaimer. Headings form a clean
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
 * @csspart disclaimer - The medical disclaimer.
 * @csspart footer - The attribution: source link, updated date and disclaimer.
 *
 * @cssprop [--propel-font-family=inherit] - Font family; inherits the page's by default.
 * @cssprop [--propel-font-size=1rem] - Base font size.
 * @cssprop [--propel-color-primary=#0b6477] - Links and accents in every section.
 * @cssprop [--propel-color-surface=#ffffff] - Card backgrounds.
 * @cssprop [--propel-color-text=#14232b] - Body text.
 * @cssprop [--propel-color-text-muted=#4d5f69] - Metadata line.
 * @cssprop [--propel-color-border=#d6e0e4] - Card borders and the contents divider.
 * @cssprop [--propel-color-accent=#a34f00] - The disclaimer's bar.
 * @cssprop [--propel-color-accent-soft=#fdf1e4] - The disclaimer's background.
 * @cssprop [--propel-radius=0.75rem] - Corners.
 * @cssprop [--propel-space=1rem] - Spacing unit and the gap between cards.
 */
export class PropelFibroGuide extends PropelElement {
  static override styles = [...PropelElement.styles, contentStyles, styles];

  #jump(event: Event) {
    const target = (this.renderRoot as ShadowRoot).getElementById((event.target as HTMLAnchorElement).hash?.slice(1));
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView();
    }
  }

  override render() {
    const { article } = this.data;
    const t = strings(this.locale);
    const level = this.level(2)!;
    const sections = guideSections(this.data);
    const sub = level + 1;
    const theme = this.theme ?? 'light';
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
          ? html`<propel-treatment-comparison id=${id} tabindex="-1" heading-level=${sub} hide-attribution theme=${theme}></propel-treatment-comparison>`
          : id === 'diet'
            ? html`<propel-diet-grid id=${id} tabindex="-1" heading-level=${sub} hide-attribution theme=${theme}></propel-diet-grid>`
            : html`<propel-guide-section id=${id} tabindex="-1" section=${id} heading-level=${sub} hide-attribution theme=${theme}></propel-guide-section>`,
      )}
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
