import { html, nothing } from 'lit';
import { contentStyles } from '../../core/content-styles.js';
import { define } from '../../core/define.js';
import { heading } from '../../core/heading.js';
import { strings } from '../../core/i18n.js';
import { PropelElement } from '../../core/propel-element.js';
import { sectionIds, sectionView, type ViewItem, type ViewPart } from './sections.js';

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
 * @cssprop [--propel-font-family=inherit] - Font family; inherits the page's by default.
 * @cssprop [--propel-font-size=1rem] - Base font size.
 * @cssprop [--propel-color-primary=#0b6477] - Links, list markers, step numbers, citations.
 * @cssprop [--propel-color-primary-soft=#e3f1f3] - Step number badges.
 * @cssprop [--propel-color-surface=#ffffff] - Card background.
 * @cssprop [--propel-color-surface-alt=#f4f7f8] - Footer background.
 * @cssprop [--propel-color-text=#14232b] - Body text.
 * @cssprop [--propel-color-text-muted=#4d5f69] - Footer and attribution text.
 * @cssprop [--propel-color-border=#d6e0e4] - Card border.
 * @cssprop [--propel-color-accent=#a34f00] - The testimonial's quote bar.
 * @cssprop [--propel-radius=0.75rem] - Card corners.
 * @cssprop [--propel-space=1rem] - Spacing unit.
 * @cssprop [--propel-shadow=0 1px 2px rgb(20 35 43 / 0.06), 0 6px 20px rgb(20 35 43 / 0.06)] - Card shadow.
 */
export class PropelGuideSection extends PropelElement {
  static override styles = [...PropelElement.styles, contentStyles];

  static override properties = {
    section: {},
  };

  /** Which section to show (see the list above). Heading level defaults to 2; sub-headings are one level below. */
  declare section: string | undefined;

  override render() {
    const content = this.data;
    const view = sectionView(content, this.section ?? '');
    if (!view) {
      this.warn(`section="${this.section ?? ''}" is not in the content. Sections: ${sectionIds(content).join(', ')}.`);
      return html`<p part="message" class="message">${strings(this.locale).noSection}</p>`;
    }
    const level = this.level(2)!;
    return html`<div part="base" class="card">
      <div class="body">
        ${heading(level, view.heading, 'title')} ${view.parts.map((part) => this.#part(part, level + 1))}
      </div>
      ${this.renderAttribution()}
    </div>`;
  }

  #part(part: ViewPart, level: number) {
    return html`<div class="part">
      ${part.heading ? heading(level, part.heading, 'subtitle') : nothing} ${part.body?.map((p) => html`<p>${p}</p>`)}
      ${part.listHeading ? html`<p class="lead">${part.listHeading}</p>` : nothing}
      ${part.items ? (part.ordered ? html`<ol part="list" class="steps">${part.items.map(item)}</ol>` : html`<ul part="list">${part.items.map(item)}</ul>`) : nothing}
      ${part.quote
        ? html`<figure part="quote">
            <blockquote><p>${part.quote.text}</p></blockquote>
            <figcaption>${part.quote.by}</figcaption>
          </figure>`
        : nothing}
    </div>`;
  }
}

function item({ term, text, cite }: ViewItem) {
  return html`<li>${term ? html`<span class="term">${term}:</span> ` : nothing}${text}${cite ? html`<cite>${cite}</cite>` : nothing}</li>`;
}

define('propel-guide-section', PropelGuideSection);

declare global {
  interface HTMLElementTagNameMap {
    'propel-guide-section': PropelGuideSection;
  }
}
