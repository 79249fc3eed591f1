import { html, nothing } from 'lit';
import type { Treatment, TreatmentCategory } from '../../content/schema.js';
import { define } from '../../core/define.js';
import { formatList } from '../../core/format.js';
import { PropelElement } from '../../core/propel-element.js';
import { attribution } from '../../content/defaults/attribution.js';
import { treatments } from '../../content/defaults/treatments.js';
import { categoriesOf, COLUMNS, filterByCategory, isColumn, sortRows, type Column, type Direction } from './rows.js';
import { COMPARISON_STRINGS, type ComparisonStrings } from './strings.js';
import { comparisonStyles } from './treatment-comparison.styles.js';

export interface PropelSortDetail {
  column: Column;
  direction: Direction;
}

export interface PropelFilterDetail {
  /** The selected category, or `''` for all. */
  category: TreatmentCategory | '';
  /** How many rows are shown after filtering. */
  count: number;
}

/**
 * The clinic's comparison of common fibromyalgia treatments as an accessible,
 * sortable table that turns into stacked cards in narrow containers.
 *
 * @summary Sortable, filterable comparison table of fibromyalgia treatments.
 * @tagname propel-treatment-comparison
 *
 * @fires {CustomEvent<PropelSortDetail>} propel-sort - A column header was activated. `detail`: `{ column: 'treatment' | 'benefits' | 'side-effects', direction: 'ascending' | 'descending' }`.
 * @fires {CustomEvent<PropelFilterDetail>} propel-filter - The category filter changed. `detail`: `{ category, count }`, where `category` is `''` for all.
 *
 * @csspart base - The outer card around everything.
 * @csspart filter - The category filter group (with `filterable`).
 * @csspart table - The `<table>`.
 * @csspart title - The visible title above the table (the table's caption text). A heading when `heading-level` is set.
 * @csspart header - The `<thead>` holding the column headers (a row of sort buttons in narrow containers).
 * @csspart sort-button - The button inside each column header.
 * @csspart row - Each body row (a card in narrow containers).
 * @csspart row-highlighted - The row named by `highlight`, in addition to `row`.
 * @csspart cell - Every body cell, including the row header.
 * @csspart row-header - The treatment-name cell of each row (`th scope="row"`).
 * @csspart badge - The category badge in each row header.
 * @csspart highlight-badge - The text badge that marks the highlighted row.
 * @csspart message - The notice shown when no treatment is left to show.
 * @csspart show-all - The "Show all" button below a table longer than `max-rows`.
 * @csspart footer - The attribution: source link, updated date and disclaimer.
 *
 * @cssprop --propel-font-family
 * @cssprop --propel-font-size
 * @cssprop --propel-color-primary - Links, sort buttons, focus ring and the selected filter.
 * @cssprop --propel-color-on-primary
 * @cssprop --propel-color-primary-soft - Category badges, a hovered sort button, and the sorted column's button in narrow containers.
 * @cssprop --propel-color-surface - Card background.
 * @cssprop --propel-color-surface-alt - Header and footer background.
 * @cssprop --propel-color-text
 * @cssprop --propel-color-text-muted - Secondary text (examples, footer).
 * @cssprop --propel-color-border - Borders and row separators.
 * @cssprop --propel-color-accent - The highlighted row's bar and badge.
 * @cssprop --propel-color-accent-soft - The highlighted row's background.
 * @cssprop --propel-radius - Corner radius of the card and the narrow-layout row cards.
 * @cssprop --propel-space - Base spacing unit; paddings and gaps scale from it.
 * @cssprop --propel-shadow
 * @cssprop --propel-comparison-header-bg - Background of the column header row.
 */
export class PropelTreatmentComparison extends PropelElement<ComparisonStrings> {
  static override styles = [...PropelElement.styles, comparisonStyles];

  static override defaults = { article: attribution, treatments };

  static override strings = COMPARISON_STRINGS;

  static override properties = {
    treatments: {},
    highlight: {},
    highlightLabel: { attribute: 'highlight-label' },
    filterable: { type: Boolean },
    category: {},
    sortColumn: { attribute: 'sort-column' },
    sortDirection: { attribute: 'sort-direction' },
    caption: {},
    maxRows: { attribute: 'max-rows', type: Number },
  };

  /** Comma-separated treatment ids that picks and orders the rows, e.g. `"exercise,ketamine-therapy"`. Unset shows all six in the article's order. */
  declare treatments: string | undefined;

  /** Id of one treatment to mark as featured: a coloured bar, a tinted row and a text badge. */
  declare highlight: string | undefined;

  /**
   * Text of the badge on the highlighted row (the interface's word for "Featured" in the widget's language when unset).
   * @default "Featured"
   */
  declare highlightLabel: string | undefined;

  /** Shows a category filter above the table. */
  declare filterable: boolean;

  /** The category filter in effect: `procedure`, `medication`, `lifestyle`, `alternative`, or empty for all. Updated when the reader filters. */
  declare category: '' | 'procedure' | 'medication' | 'lifestyle' | 'alternative';

  /** Column the rows are sorted by: `treatment`, `benefits` or `side-effects`. Unset keeps the chosen order. Updated when the reader sorts. */
  declare sortColumn: 'treatment' | 'benefits' | 'side-effects' | undefined;

  /** `ascending` (default) or `descending`. Updated when the reader sorts. */
  declare sortDirection: 'ascending' | 'descending';

  /**
   * Overrides the title and table caption taken from the content.
   * With `heading-level` the title is also a heading; without, the caption names the table.
   */
  declare caption: string | undefined;

  /**
   * How many rows show before a "Show all" button (the rest are rendered when the reader asks),
   * so that a long document stays fast to sort. `0` shows every row.
   * @default 50
   */
  declare maxRows: number;

  #expanded = false;

  #announcement = '';

  constructor() {
    super();
    this.filterable = false;
    this.category = '';
    this.sortDirection = 'ascending';
    this.maxRows = 50;
  }

  /** The row limit in effect (a malformed max-rows warns once and uses 50). */
  #limit(rows: number): number {
    let max = this.maxRows;
    if (!(max >= 0)) {
      this.ignore('max-rows', this.getAttribute('max-rows') ?? max, 'a number of rows, or 0 for all');
      max = 50;
    }
    return this.#expanded || !max ? rows : Math.min(rows, Math.trunc(max));
  }

  async #showAll(): Promise<void> {
    const count = this.#view().rows.length;
    // The rows shown until now: the first one that was hidden takes the focus.
    const from = this.#limit(count);
    this.#expanded = true;
    this.#announcement = this.t.showing(count);
    this.requestUpdate();
    await this.updateComplete;
    // Focus moves to the first row that was hidden, where the reader goes on.
    this.renderRoot.querySelectorAll<HTMLElement>('tbody th')[from]?.focus();
  }

  /** The rows as the reader sees them, with the bad input already reported. */
  #view(): { rows: Treatment[]; all: Treatment[]; categories: TreatmentCategory[]; column?: Column; direction: Direction } {
    const picked = this.pick('treatments', this.data.treatments.items, this.treatments);
    if (this.highlight && !picked.some((t) => t.id === this.highlight)) {
      this.ignore('highlight', this.highlight, 'a shown treatment');
    }
    const categories = categoriesOf(picked);
    let category = this.filterable ? this.category : '';
    if (category && !categories.includes(category)) {
      this.ignore('category', category, categories.join(', '));
      category = '';
    }
    const requested: string | undefined = this.sortColumn || undefined;
    const column = isColumn(requested) ? requested : undefined;
    if (requested && !column) {
      this.ignore('sort-column', requested, COLUMNS.join(', '));
    }
    let direction = this.sortDirection;
    if (direction !== 'ascending' && direction !== 'descending') {
      this.ignore('sort-direction', direction, 'ascending or descending');
      direction = 'ascending';
    }
    const filtered = filterByCategory(picked, category);
    const rows = column ? sortRows(filtered, column, direction, this.locale) : filtered;
    return { rows, all: picked, categories, column, direction };
  }

  #onSort(column: Column, current: Column | undefined, direction: Direction): void {
    const next: Direction = current === column && direction === 'ascending' ? 'descending' : 'ascending';
    const t = this.t;
    this.#announcement = t.sortedBy(t.columns[column], t.directions[next]);
    this.sortColumn = column;
    this.sortDirection = next;
    this.emit<PropelSortDetail>('propel-sort', { column, direction: next });
  }

  #onFilter(event: Event): void {
    const category = (event.target as HTMLInputElement).value as TreatmentCategory | '';
    this.category = category;
    const count = this.#view().rows.length;
    this.#announcement = this.t.showing(count);
    this.emit<PropelFilterDetail>('propel-filter', { category, count });
  }

  protected override renderContent() {
    const t = this.t;
    const { rows, all, categories, column, direction } = this.#view();
    const caption = this.caption || this.data.treatments.heading;
    const shown = this.#limit(rows.length);
    const locale = this.locale;
    return html`
      <div part="base" class="card">
        <div class="head">
          ${this.renderTitle(caption, this.level(), all.length > 0)}
          ${this.filterable && categories.length > 1 ? this.#renderFilter(categories) : nothing}
        </div>
        ${
          all.length
            ? html`<table part="table">
                <caption class="vh">
                  ${caption}. ${t.sortHint}
                </caption>
                <thead part="header">
                  <tr data-label=${t.sortBy}>
                    ${COLUMNS.map(
                      (col) =>
                        html`<th scope="col" class=${col} aria-sort=${col === column ? direction : nothing}>
                          <button part="sort-button" type="button" @click=${() => this.#onSort(col, column, direction)}>
                            ${t.columns[col]}
                          </button>
                        </th>`,
                    )}
                  </tr>
                </thead>
                <tbody>
                  ${rows.slice(0, shown).map((row) => this.#renderRow(row, t, locale))}
                </tbody>
              </table>`
            : this.renderMessage(t.noTreatments)
        }
        ${shown < rows.length ? html`<button part="show-all" class="more" type="button" @click=${this.#showAll}>${t.showAll(rows.length)}</button>` : nothing}
        <div class="vh" role="status">${this.#announcement}</div>
        ${this.renderAttribution()}
      </div>
    `;
  }

  #renderFilter(categories: TreatmentCategory[]) {
    const t = this.t;
    const options: Array<TreatmentCategory | ''> = ['', ...categories];
    const current = categories.includes(this.category as TreatmentCategory) ? this.category : '';
    return html`<fieldset part="filter" @change=${this.#onFilter}>
      <legend>${t.filterLegend}</legend>
      ${options.map(
        (value) =>
          html`<label class="chip">
            <input type="radio" name="category" .value=${value} .checked=${value === current} /><span
              >${value ? t.categories[value] : t.filterAll}</span
            >
          </label>`,
      )}
    </fieldset>`;
  }

  #renderRow(row: Treatment, t: ComparisonStrings, locale: string) {
    const highlighted = row.id === this.highlight;
    return html`<tr part=${highlighted ? 'row row-highlighted' : 'row'} class=${highlighted ? 'highlighted' : ''}>
      <th scope="row" part="cell row-header" tabindex="-1" aria-labelledby="n-${row.id}" aria-describedby="d-${row.id}">
        <span class="name" id="n-${row.id}">${row.name}</span>
        <span id="d-${row.id}">
          <span part="badge" class="badge">${t.categories[row.category]}</span>
          ${
            highlighted
              ? html`<span part="highlight-badge" class="badge featured"
                  ><svg viewBox="0 0 20 20" width="1em" aria-hidden="true">
                    <path d="M10 1l3 6 7 1-5 4 2 7-7-4-7 4 2-7-5-4 7-1z" /></svg
                  >${this.highlightLabel || t.featured}</span
                >`
              : nothing
          }
          ${row.examples?.length ? html`<span class="examples">${`${t.examples} ${formatList(row.examples, locale, 'unit')}`}</span>` : nothing}
        </span>
      </th>
      <td part="cell"><span class="label" aria-hidden="true">${t.columns.benefits}</span>${row.benefits}</td>
      <td part="cell"><span class="label" aria-hidden="true">${t.columns['side-effects']}</span>${row.sideEffects}</td>
    </tr>`;
  }
}

define('propel-treatment-comparison', PropelTreatmentComparison);

declare global {
  interface HTMLElementTagNameMap {
    'propel-treatment-comparison': PropelTreatmentComparison;
  }
  interface HTMLElementEventMap {
    'propel-sort': CustomEvent<PropelSortDetail>;
    'propel-filter': CustomEvent<PropelFilterDetail>;
  }
}
