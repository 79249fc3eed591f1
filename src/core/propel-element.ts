import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { contentContext, localeContext } from '../content/context.js';
import { defaultContent } from '../content/default-content.js';
import type { Content } from '../content/schema.js';
import { closestLang, formatDate, parseIdList, safeLocale } from './format.js';
import { pick } from './pick.js';
import { strings } from './i18n.js';
import { heading } from './heading.js';
import { baseStyles } from './styles.js';
import { safeHref } from './url.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/**
 * Base class of every Propel widget: the shared styles and tokens, the
 * `theme` attribute, content and locale from the closest `<propel-provider>`
 * (or the embedded default content when there is none), and one-time warnings.
 */
export class PropelElement extends LitElement {
  /** Read by the define guard to tell a second copy of this version from a conflict. */
  static propelVersion = VERSION;

  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    hideAttribution: { attribute: 'hide-attribution', type: Boolean },
  };

  /**
   * Colour scheme: `light` (default), `dark`, or `auto` to follow the
   * visitor's `prefers-color-scheme`.
   */
  declare theme: Theme | undefined;

  /**
   * Makes the widget's title a heading of this level (1–6) so it fits the
   * host page's outline. Widgets document their default.
   */
  declare headingLevel: number | undefined;

  /**
   * Hides the footer with the source, the updated date and the disclaimer.
   * `<propel-fibro-guide>` sets it on the widgets it composes and shows the
   * footer once.
   */
  declare hideAttribution: boolean;

  #content = new ContextConsumer(this, { context: contentContext, subscribe: true });
  #locale = new ContextConsumer(this, { context: localeContext, subscribe: true });

  /** The content in effect: the provider's, else the embedded default. */
  protected get data(): Content {
    return this.#content.value ?? defaultContent;
  }

  /** The provider's locale, else the closest `[lang]`, else the content's language. */
  protected get locale(): string {
    return safeLocale(this.#locale.value ?? closestLang(this) ?? this.data.lang);
  }

  /** One console warning per distinct message for this element. */
  protected warn(message: string): void {
    warnOnce(this, `<${this.localName}>: ${message}`);
  }

  /** Warns once that an attribute's value is ignored, naming what is expected. */
  protected ignore(attribute: string, value: unknown, expected: string): void {
    this.warn(`${attribute}="${value}" ignored; expected ${expected}.`);
  }

  /** The valid heading level in effect, else `fallback` (with one warning for a bad value). */
  protected level(fallback?: number): number | undefined {
    const level = this.headingLevel;
    if (level == null) return fallback;
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    this.ignore('heading-level', this.getAttribute('heading-level') ?? level, '1 to 6');
    return fallback;
  }

  /**
   * The widget's visible title: a heading at the given level; with no level,
   * plain text, or hidden from assistive technology when `namedElsewhere`
   * (e.g. a table caption says the same).
   */
  protected renderTitle(text: string, level: number | undefined, namedElsewhere = false) {
    return level
      ? heading(level, text, 'title')
      : html`<div part="title" class="title" aria-hidden=${namedElsewhere ? 'true' : nothing}>${text}</div>`;
  }

  /**
   * The items named by a comma-separated id attribute, in its order (all
   * items when unset); unknown ids are dropped with one warning.
   */
  protected pick<T extends { id: string }>(attribute: string, all: readonly T[], value: string | undefined): T[] {
    const { items, unknown } = pick(all, parseIdList(value));
    if (unknown.length) {
      this.ignore(attribute, unknown, `ids among ${all.map((i) => i.id)}`);
    }
    return items;
  }

  /** The footer every widget carries: source link, updated date, not-medical-advice note. */
  protected renderAttribution(withDisclaimer = true) {
    if (this.hideAttribution) return nothing;
    const t = strings(this.locale);
    const { publisher, updated, disclaimer } = this.data.article;
    const href = safeHref(publisher.url);
    if (!href) this.ignore('publisher url', publisher.url, 'an http(s), mailto or tel URL');
    return html`<div part="footer" class="footer">
      <p>
        ${t.source} ${href ? html`<a href=${href}>${publisher.name}</a>` : publisher.name}
        <span aria-hidden="true">·</span>
        ${t.updated} <time datetime=${updated}>${formatDate(updated, this.locale)}</time>
      </p>
      ${withDisclaimer ? html`<p>${disclaimer}</p>` : nothing}
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme') && this.theme != null && !THEMES.includes(this.theme)) {
      this.ignore('theme', this.theme, 'light, dark or auto');
    }
  }
}
