import { css, html } from 'lit';
import { contentStyles } from '../../core/content-styles.js';
import { define } from '../../core/define.js';
import { heading } from '../../core/heading.js';
import { PropelElement } from '../../core/propel-element.js';
import { DIET_STRINGS, type DietStrings } from './strings.js';
import { attribution } from '../../content/defaults/attribution.js';
import { diet } from '../../content/defaults/diet.js';

/** Stroke icons (12×12) per food group; unknown groups get the leaf. */
const ICONS: Record<string, string> = {
  'anti-inflammatory-foods': 'M2 10Q2 2 10 2q0 8-8 8l4-4',
  'lean-proteins': 'M1 6q3-4 7 0l3-2v4L8 6q-3 4-7 0',
  'whole-grains': 'M6 11V2m-2 1 2 2 2-2M4 5l2 2 2-2M4 7l2 2 2-2',
  'healthy-fats': 'M6 1 3 7a3 3 0 0 0 6 0z',
  hydration: 'M3 2h6l-1 9H4zm0 3h6',
};

const styles = css`
  [part='grid'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  [part='card'] {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--propel-diet-card-bg, var(--_surface-alt));
  }
  svg {
    display: block;
    width: 2.5em;
    height: 2.5em;
    border-radius: 50%;
    background: var(--_primary-soft);
    fill: none;
    stroke: var(--_primary);
    stroke-width: 0.875;
    stroke-linecap: round;
  }
  .name {
    margin-top: 0.5em;
  }
  li li {
    margin-top: 0.125em;
  }
  [part='benefits'] {
    padding-top: 0.625em;
    border-top: 1px solid var(--_border);
    font-size: 0.875em;
  }
`;

/**
 * The article's recommended diet for fibromyalgia as a grid of cards, one per
 * food group, each with its examples as a list and its benefits. One column
 * in a phone-width container, several side by side on a wide page.
 *
 * @summary Recommended diet for fibromyalgia as responsive cards.
 * @tagname propel-diet-grid
 *
 * @csspart base - The card around the grid.
 * @csspart title - The grid's heading.
 * @csspart grid - The `<ul>` of cards.
 * @csspart card - Each food-group card.
 * @csspart icon - Each card's icon badge.
 * @csspart name - Each food group's name (a heading one level below the title).
 * @csspart examples - Each card's list of example foods.
 * @csspart benefits - Each card's benefits line.
 * @csspart message - The notice shown when no group is left to show.
 * @csspart footer - The attribution: source link, updated date and disclaimer.
 *
 * @cssprop --propel-font-family
 * @cssprop --propel-font-size
 * @cssprop --propel-color-primary - Icons and list markers.
 * @cssprop --propel-color-primary-soft - Icon badges.
 * @cssprop --propel-color-surface - Outer card background.
 * @cssprop --propel-color-surface-alt - Food-group cards and footer.
 * @cssprop --propel-color-text
 * @cssprop --propel-color-text-muted - Footer text.
 * @cssprop --propel-color-border - Borders.
 * @cssprop --propel-radius
 * @cssprop --propel-space - Spacing unit and grid gap.
 * @cssprop --propel-shadow
 * @cssprop --propel-diet-card-bg - Background of each food-group card.
 */
export class PropelDietGrid extends PropelElement<DietStrings> {
  static override styles = [...PropelElement.styles, contentStyles, styles];

  static override defaults = { article: attribution, diet };

  static override strings = DIET_STRINGS;

  static override properties = {
    groups: {},
  };

  /**
   * Comma-separated food-group ids that pick and order the cards:
   * `anti-inflammatory-foods`, `lean-proteins`, `whole-grains`, `healthy-fats`, `hydration`.
   * Unset shows all five. Heading level defaults to 2.
   */
  declare groups: string | undefined;

  protected override renderContent() {
    const { heading: title, items } = this.data.diet;
    const groups = this.pick('groups', items, this.groups);
    const level = this.level(2)!;
    return html`<div part="base" class="card">
      <div class="body">
        ${heading(level, title, 'title')}
        ${
          groups.length
            ? html`<ul part="grid">
                ${groups.map(
                  (g) =>
                    html`<li part="card">
                      <svg part="icon" viewBox="-5 -5 22 22" aria-hidden="true">
                        <path d=${ICONS[g.id] ?? ICONS['anti-inflammatory-foods']} />
                      </svg>
                      ${heading(level + 1, g.name, 'name')}
                      <ul part="examples">
                        ${g.examples.map((e) => html`<li>${e}</li>`)}
                      </ul>
                      <p part="benefits">${g.benefits}</p>
                    </li>`,
                )}
              </ul>`
            : this.renderMessage(this.t.noGroups)
        }
      </div>
      ${this.renderAttribution()}
    </div>`;
  }
}

define('propel-diet-grid', PropelDietGrid);

declare global {
  interface HTMLElementTagNameMap {
    'propel-diet-grid': PropelDietGrid;
  }
}
