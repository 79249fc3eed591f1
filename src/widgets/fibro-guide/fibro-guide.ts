import { css, html } from 'lit';
import type { Content } from '../../content/schema.js';
import { contentStyles } from '../../core/content-styles.js';
import { define } from '../../core/define.js';
import { formatDate } from '../../core/format.js';
import { heading } from '../../core/heading.js';
import { strings } from '../../core/i18n.js';
import { PropelElement } from '../../core/propel-element.js';
import '../diet-grid/diet-grid.js';
import '../guide-section/guide-section.js';
import '../treatment-comparison/treatment-comparison.js';

interface Entry {
  id: string;
  heading: string;
}

/** The article's order: takeaways, its sections (the testimonial after ketamine), the tables, facts, tips, conclusion. */
export function guideEntries(content: Content): Entry[] {
  const entries: Entry[] = [{ id: 'key-takeaways', heading: content.keyTakeaways.heading }];
  for (const { id, heading } of content.sections) {
    entries.push({ id, heading });
    if (id === 'ketamine') entries.push({ id: 'testimonial', heading: content.testimonial.heading });
  }
  entries.push(
    { id: 'comparison', heading: content.treatments.heading },
    { id: 'facts', heading: content.facts.heading },
    { id: 'diet', heading: content.diet.heading },
    { id: 'self-care', heading: content.selfCare.heading },
    { id: 'conclusion', heading: content.article.conclusion.heading },
  );
  return entries;
}

const styles = css`
  .guide {
    display: grid;
    gap: var(--_space);
  }
  .intro .title {
    margin-bottom: 0.375em;
    font-size: 1.625em;
    line-height: 1.2;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .summary {
    font-size: 1.125em;
  }
  nav {
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  nav ol {
    margin: 0;
  }
  nav li + li {
    margin-top: 0.25em;
  }
  @container (min-width: 40rem) {
    nav ol {
      columns: 2;
      column-gap: calc(var(--_space) * 2);
    }
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .note {
    margin: 0;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_accent-soft);
    border-radius: calc(var(--_radius) * 0.5);
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

  #jump(event: MouseEvent) {
    const link = (event.target as Element).closest('a');
    const target = link && this.renderRoot.querySelector<HTMLElement>(link.hash);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
  }

  override render() {
    const content = this.data;
    const { article } = content;
    const t = strings(this.locale);
    const level = this.level(2)!;
    const entries = guideEntries(content);
    const theme = this.theme ?? 'light';
    const sub = level + 1;
    const child = ({ id }: Entry) =>
      id === 'comparison'
        ? html`<propel-treatment-comparison id=${id} tabindex="-1" heading-level=${sub} hide-attribution theme=${theme}></propel-treatment-comparison>`
        : id === 'diet'
          ? html`<propel-diet-grid id=${id} tabindex="-1" heading-level=${sub} hide-attribution theme=${theme}></propel-diet-grid>`
          : html`<propel-guide-section id=${id} tabindex="-1" section=${id} heading-level=${sub} hide-attribution theme=${theme}></propel-guide-section>`;
    return html`<div part="base" class="guide">
      <div class="card body intro">
        ${heading(level, article.title, 'title')}
        <p part="meta" class="meta">
          ${t.by} ${article.author} <span aria-hidden="true">·</span> ${t.updated}
          <time datetime=${article.updated}>${formatDate(article.updated, this.locale)}</time>
        </p>
        <p class="summary">${article.summary}</p>
        <nav part="toc" aria-label=${t.contents} @click=${this.#jump}>
          <p class="lead">${t.contents}</p>
          <ol>
            ${entries.map((e) => html`<li><a href=${`#${e.id}`}>${e.heading}</a></li>`)}
          </ol>
        </nav>
      </div>
      ${entries.map(child)}
      <div class="card">
        <div class="body"><p part="disclaimer" class="note" role="note">${article.disclaimer}</p></div>
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
