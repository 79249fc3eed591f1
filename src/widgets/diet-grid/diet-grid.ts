import { css, html, svg } from 'lit';
import type { DietGroup } from '../../content/schema.js';
import { contentStyles } from '../../core/content-styles.js';
import { define } from '../../core/define.js';
import { heading } from '../../core/heading.js';
import { strings } from '../../core/i18n.js';
import { PropelElement } from '../../core/propel-element.js';

/** Stroke icons (24×24) per food group; unknown groups get the leaf. */
const ICONS: Record<string, string> = {
  'anti-inflammatory-foods': 'M5 19C5 10 10 5 19 5c0 9-5 14-14 14zm0 0 8-8',
  'lean-proteins': 'M3 12c3-5 9-6 13-2l5-3v10l-5-3c-4 4-10 3-13-2zm5-1v.01',
  'whole-grains': 'M12 21V5m0 4-3-3m3 3 3-3m-3 8-3-3m3 3 3-3m-3 8-3-3m3 3 3-3',
  'healthy-fats': 'M12 3s6 7 6 11a6 6 0 0 1-12 0c0-4 6-11 6-11z',
  hydration: 'M6 3h12l-2 18H8L6 3zm1 6h10',
};

const styles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--propel-diet-card-bg, var(--_surface-alt));
  }
  .icon {
    display: grid;
    place-items: center;
    width: 2.5em;
    height: 2.5em;
    margin-bottom: 0.625em;
    border-radius: 50%;
    background: var(--_primary-soft);
    color: var(--_primary);
  }
  .icon svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .name {
    margin: 0 0 0.5em;
    font-size: 1.0625em;
    font-weight: 700;
  }
  .grid ul {
    margin-bottom: 0.75em;
  }
  .grid ul li {
    margin-top: 0.125em;
  }
  .grid ul li::first-letter {
    text-transform: uppercase;
  }
  .benefit {
    margin: 0;
    padding-top: 0.625em;
    border-top: 1px solid var(--_border);
    font-size: 0.9375em;
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
 * @cssprop [--propel-font-family=inherit] - Font family; inherits the page's by default.
 * @cssprop [--propel-font-size=1rem] - Base font size.
 * @cssprop [--propel-color-primary=#0b6477] - Icons and list markers.
 * @cssprop [--propel-color-primary-soft=#e3f1f3] - Icon badges.
 * @cssprop [--propel-color-surface=#ffffff] - Outer card background.
 * @cssprop [--propel-color-surface-alt=#f4f7f8] - Food-group cards and footer.
 * @cssprop [--propel-color-text=#14232b] - Body text.
 * @cssprop [--propel-color-text-muted=#4d5f69] - Footer text.
 * @cssprop [--propel-color-border=#d6e0e4] - Borders.
 * @cssprop [--propel-radius=0.75rem] - Corners.
 * @cssprop [--propel-space=1rem] - Spacing unit and grid gap.
 * @cssprop [--propel-shadow=0 1px 2px rgb(20 35 43 / 0.06), 0 6px 20px rgb(20 35 43 / 0.06)] - Card shadow.
 * @cssprop [--propel-diet-card-bg=var(--propel-color-surface-alt)] - Background of each food-group card.
 */
export class PropelDietGrid extends PropelElement {
  static override styles = [...PropelElement.styles, contentStyles, styles];

  static override properties = {
    groups: {},
  };

  /**
   * Comma-separated food-group ids that pick and order the cards:
   * `anti-inflammatory-foods`, `lean-proteins`, `whole-grains`, `healthy-fats`, `hydration`.
   * Unset shows all five. Heading level defaults to 2.
   */
  declare groups: string | undefined;

  override render() {
    const { heading: title, items } = this.data.diet;
    const groups = this.pick('groups', items, this.groups);
    const level = this.level(2)!;
    return html`<div part="base" class="card">
      <div class="body">
        ${heading(level, title, 'title')}
        ${groups.length
          ? html`<ul part="grid" class="grid">
              ${groups.map((g) => this.#card(g, level + 1))}
            </ul>`
          : html`<p part="message" class="message">${strings(this.locale).noGroups}</p>`}
      </div>
      ${this.renderAttribution()}
    </div>`;
  }

  #card(group: DietGroup, level: number) {
    return html`<li part="card">
      <span part="icon" class="icon"
        >${svg`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path d=${ICONS[group.id] ?? ICONS['anti-inflammatory-foods']!}/></svg>`}</span
      >
      ${heading(level, group.name, 'name')}
      <ul part="examples">
        ${group.examples.map((e) => html`<li>${e}</li>`)}
      </ul>
      <p part="benefits" class="benefit">${group.benefits}</p>
    </li>`;
  }
}

define('propel-diet-grid', PropelDietGrid);

declare global {
  interface HTMLElementTagNameMap {
    'propel-diet-grid': PropelDietGrid;
  }
}
