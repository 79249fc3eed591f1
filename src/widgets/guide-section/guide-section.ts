import { css, html } from 'lit';
import { contentStyles } from '../../core/content-styles.js';
import { define } from '../../core/define.js';
import { heading } from '../../core/heading.js';
import { PropelElement } from '../../core/propel-element.js';
import { SECTION_STRINGS, type SectionStrings } from './strings.js';
import { article } from '../../content/defaults/article.js';
import { guide } from '../../content/defaults/guide.js';
import { guideSections, type ViewItem } from './sections.js';

const styles = css`
  ol {
    padding-inline-start: 2.5em;
    list-style: none;
  }
  ol > li::before {
    content: counter(list-item);
    float: inline-start;
    margin-inline-start: -2.5em;
    width: 1.5em;
    line-height: 1.5em;
    border-radius: 50%;
    background: var(--_primary-soft);
    color: var(--_primary);
    font-weight: 700;
    text-align: center;
  }
  cite {
    display: block;
    font-size: 0.875em;
    font-style: normal;
    color: var(--_primary);
  }
  blockquote {
    padding: 0 1em;
    border-inline-start: 4px solid var(--_accent);
    font-size: 1.125em;
    font-style: italic;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  figcaption::before {
    content: '— ';
  }
`;

/**
 * One section of the clinic's fibromyalgia guide, chosen with `section`.
 * Regular sections: `understanding`, `ketamine` (what it is, how it helps,
 * the treatment process, its benefits), `lifestyle` (exercise, diet,
 * stress management), `medications`, `alternative-therapies`,
 * `mental-health`, `sleep`, `outlook`. Others: `key-takeaways`,
 * `testimonial`, `facts` (with their named sources), `self-care`,
 * `conclusion`.
 *
 * @summary A section of the fibromyalgia guide, e.g. `section="sleep"`.
 * @tagname propel-guide-section
 *
 * @csspart base - The card around the section.
 * @csspart title - The section heading.
 * @csspart subtitle - Each sub-heading (e.g. "Treatment Process").
 * @csspart list - Each list of items; ordered lists of steps are numbered badges.
 * @csspart quote - The testimonial's `<figure>`.
 * @csspart message - The notice shown when the section is not in the content.
 * @csspart footer - The attribution: source link, updated date and disclaimer.
 *
 * @cssprop --propel-font-family
 * @cssprop --propel-font-size
 * @cssprop --propel-color-primary - Links, list markers, step numbers, citations.
 * @cssprop --propel-color-primary-soft - Step number badges.
 * @cssprop --propel-color-surface - Card background.
 * @cssprop --propel-color-surface-alt - Footer background.
 * @cssprop --propel-color-text
 * @cssprop --propel-color-text-muted - Footer and attribution text.
 * @cssprop --propel-color-border - Card border.
 * @cssprop --propel-color-accent - The testimonial's quote bar.
 * @cssprop --propel-radius - Card corners.
 * @cssprop --propel-space
 * @cssprop --propel-shadow
 */
export class PropelGuideSection extends PropelElement<SectionStrings> {
  static override styles = [...PropelElement.styles, contentStyles, styles];

  // The entries it renders, and no others: under fallback="error", a document whose diet is broken
  // still shows its sleep section.
  static override defaults = { article, ...guide };

  static override strings = SECTION_STRINGS;

  static override properties = {
    section: {},
  };

  /** Which section to show (see the list above). Heading level defaults to 2; sub-headings are one level below. */
  declare section: string | undefined;

  protected override renderContent() {
    const sections = guideSections(this.data).filter((s) => s.subsections);
    const view = sections.find((s) => s.id === this.section);
    if (!view) {
      this.ignore('section', this.section ?? '', sections.map((s) => s.id).join(', '));
      return this.renderMessage(this.t.noSection);
    }
    const level = this.level(2)!;
    return html`<div part="base" class="card">
      <div class="body">
        ${heading(level, view.heading, 'title')}
        ${view.subsections!.map(({ heading: sub, body, list, quote }) => [
          sub && heading(level + 1, sub, 'subtitle'),
          body?.map((p) => html`<p>${p}</p>`),
          list?.heading && html`<p class="lead">${list.heading}</p>`,
          list &&
            (list.ordered
              ? html`<ol part="list">
                  ${list.items.map(item)}
                </ol>`
              : html`<ul part="list">
                  ${list.items.map(item)}
                </ul>`),
          quote &&
            html`<figure part="quote">
              <blockquote>${quote.quote}</blockquote>
              <figcaption>${quote.attribution}</figcaption>
            </figure>`,
        ])}
      </div>
      ${this.renderAttribution()}
    </div>`;
  }
}

function item({ term, text, source }: ViewItem) {
  return html`<li>${term && html`<b>${term}:</b> `}${text}${source && html`<cite>${source}</cite>`}</li>`;
}

define('propel-guide-section', PropelGuideSection);

declare global {
  interface HTMLElementTagNameMap {
    'propel-guide-section': PropelGuideSection;
  }
}
