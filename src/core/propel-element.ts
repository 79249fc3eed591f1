import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { page, sharedContext, type ProvidedContent, type Shared } from '../content/context.js';
import { contentFor, missingEntries, type ContentView, type Defaults } from '../content/fallback.js';
import type { Content } from '../content/schema.js';
import { emit } from './emit.js';
import { clearPrerendered, forgetRender } from './lit-internals.js';
import { closestLang, formatDate, parseIdList, safeLocale } from './format.js';
import { pick } from './pick.js';
import { COMMON, strings, type CommonStrings, type Translations } from './i18n.js';
import { heading } from './heading.js';
import { baseStyles } from './styles.js';
import { printStyles } from './print-styles.js';
import { safeHref } from './url.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/**
 * Base class of every Propel widget: the shared styles and tokens, the
 * `theme` attribute, content and locale from the closest `<propel-provider>`
 * (or the embedded default content when there is none), one-time warnings,
 * and containment: a widget that fails to render shows a message and warns
 * once, and never stops the others.
 */
export class PropelElement<Strings extends CommonStrings = CommonStrings> extends LitElement {
  /** Read by the define guard to tell a second copy of this version from a conflict. */
  static propelVersion = VERSION;

  static override styles = [baseStyles, printStyles];

  /**
   * The widget's own interface strings, in English and Spanish (its `strings.ts`): `t` in the
   * widget's locale. The strings every widget shows (its messages, its footer) are `COMMON`.
   */
  static strings: Translations<CommonStrings> = COMMON;

  /**
   * The embedded default of every content entry the widget renders. A
   * provider's document replaces them entry by entry.
   */
  static defaults: Defaults = {};

  /**
   * Entries whose absence the widget shows with a notice of its own (the hours badge's "Hours
   * unavailable") rather than the `fallback="error"` message.
   */
  static ownNotices: readonly (keyof Content)[] = [];

  /**
   * Whether a prerendered widget of this class renders at once instead of when it matters (see
   * `scheduleUpdate`): true where what was prerendered can be stale, as the hours' "Open now" is.
   * Unset (false) elsewhere.
   */
  static live?: boolean;

  static override properties: PropertyDeclarations = {
    theme: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    hideAttribution: { attribute: 'hide-attribution', type: Boolean },
  };

  /**
   * Colour scheme: `light`, `dark`, or `auto` to follow the visitor's
   * `prefers-color-scheme`. Unset, it follows the closest
   * `<propel-provider theme>`, else `light`.
   */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /**
   * Makes the widget's title a heading of this level (1–6) so it fits the
   * host page's outline. Widgets document their default.
   */
  declare headingLevel: number | undefined;

  /**
   * Hides the footer with the source, the updated date and the disclaimer.
   * `<propel-fibro-guide>` sets it on the widgets it composes and shows the
   * footer once.
   * @default false
   */
  declare hideAttribution: boolean;

  #provider = new ContextConsumer(this, { context: sharedContext, subscribe: true });
  #merged?: [source: ProvidedContent | undefined, data: ContentView];
  /** Whether the element arrived with a shadow root: a prerendered snippet's, declared in the HTML. */
  #prerendered = !!this.shadowRoot;

  override connectedCallback(): void {
    super.connectedCallback();
    page.widgets.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    page.widgets.delete(this);
  }

  get #class(): typeof PropelElement {
    return this.constructor as typeof PropelElement;
  }

  /** What the closest provider shares, else what a page-wide provider does. */
  get #shared(): Shared {
    return this.#provider.value ?? page.value;
  }

  /** The closest provider's document, else a page-wide provider's; undefined when there is none. */
  protected get provided(): ProvidedContent | undefined {
    return this.#shared.content;
  }

  /** The content in effect: the provider's usable entries over the embedded defaults, by the rule in content/fallback.ts. */
  protected get data(): ContentView {
    const provided = this.provided;
    if (this.#merged?.[0] !== provided || !this.#merged) {
      this.#merged = [provided, contentFor(this.#class.defaults, provided)];
    }
    return this.#merged[1];
  }

  /** The provider's locale (the closest, else a page-wide one), else the closest `[lang]`, else the content's language. */
  protected get locale(): string {
    return safeLocale(this.#shared.locale ?? page.value.locale ?? closestLang(this) ?? this.data.lang);
  }

  /** The widget's own interface strings (`static strings`, typed by the class's `Strings`) in its locale. */
  protected get t(): Strings {
    return strings(this.#class.strings, this.locale) as Strings;
  }

  /** The theme in effect: the widget's own, else the provider's, else light (a bad value warns once). */
  protected get effectiveTheme(): Theme {
    for (const [value, origin] of [
      [this.theme, 'theme'],
      [this.#shared.theme ?? page.value.theme, '<propel-provider> theme'],
    ] as const) {
      if (value == null) continue;
      if (THEMES.includes(value)) return value as Theme;
      this.ignore(origin, value, 'light, dark or auto');
    }
    return 'light';
  }

  /** Dispatches a `propel-<verb>` event: a bubbling, composed `CustomEvent` with a typed `detail`. */
  protected emit<T>(type: `propel-${string}`, detail: T): void {
    emit(this, type, detail);
  }

  /**
   * One console warning per distinct message for this element. Asked for while rendering, it is
   * held until the update is done (`updated`), so that `render()` stays free of effects.
   */
  protected warn(message: string): void {
    if (this.#warnings) this.#warnings.push(message);
    else warnOnce(this, `<${this.localName}>: ${message}`);
  }

  /** The warnings asked for during the current update; undefined outside one. */
  #warnings?: string[];

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const warnings = this.#warnings ?? [];
    this.#warnings = undefined;
    for (const message of warnings) this.warn(message);
  }

  /** Warns once that an attribute's value is ignored, naming what is expected. */
  protected ignore(attribute: string, value: string | number | readonly string[], expected: string): void {
    this.warn(`${attribute}="${String(value)}" ignored; expected ${expected}.`);
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
      this.ignore(attribute, unknown, `ids among ${all.map((i) => i.id).join(',')}`);
    }
    return items;
  }

  /** A short notice in place of content (part `message`). */
  protected renderMessage(text: string): TemplateResult {
    return html`<p part="message" class="message" role="status">${text}</p>`;
  }

  /** The footer every widget carries: source link, updated date, not-medical-advice note. */
  protected renderAttribution(withDisclaimer = true) {
    if (this.hideAttribution) return nothing;
    const t = this.t;
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

  /** The widget's own template; `render()` wraps it with the theme and error containment. */
  protected renderContent(): unknown {
    return nothing;
  }

  /** First renders waiting for their task, oldest first. */
  static #firstRenders: Array<() => void> = [];
  /** The one port that gives each of them its task (made on first use). */
  static #taskPort: MessagePort | undefined;

  /**
   * The first render of each widget on the page gets a task of its own, so
   * that a page with many widgets upgrades in short tasks rather than one
   * long one. A widget that another widget renders (the guide's sections, the
   * card's hours) renders in its parent's task, so nothing shows half-built.
   *
   * A prerendered widget is already laid out and readable, so its first render
   * waits until it matters (`upgraded()`): the page loads without it, and the
   * widget upgrades when the reader gets near it, touches it, or the page is idle.
   * An empty tag, and a widget whose prerendered state can be stale (`live`),
   * render at once.
   *
   * One queue and one channel for every widget: the messages of one port
   * arrive in the order they were posted, so first renders (and the events
   * they dispatch) come in the order the widgets were connected, document
   * order for a parsed page, in every engine. (A channel per widget did not:
   * WebKit delivers messages of different channels out of posting order.)
   * A message rather than a timer, so a test's fake clock does not hold it.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      const host = (this.getRootNode() as ShadowRoot).host;
      const nested = host instanceof PropelElement;
      if (this.#prerendered && !this.#class.live) {
        // Prerendered inside another prerendered widget: that one's first render replaces this one.
        if (nested) return;
        await upgraded(this);
      }
      if (this.#prerendered || !nested)
        await new Promise<void>((resolve) => {
          if (!PropelElement.#taskPort) {
            const { port1, port2 } = new MessageChannel();
            port1.onmessage = () => PropelElement.#firstRenders.shift()?.();
            PropelElement.#taskPort = port2;
          }
          PropelElement.#firstRenders.push(resolve);
          PropelElement.#taskPort.postMessage(0);
        });
    }
    await super.scheduleUpdate();
  }

  /** Wraps the widget's template; when it throws, `update` renders again with the message in its place. */
  protected override render(): unknown {
    const provided = this.provided;
    const missing =
      provided?.fallback == 'error' &&
      !provided.loading &&
      missingEntries(this.#class.defaults, provided).some((key) => !this.#class.ownNotices.includes(key));
    const body = this.#failed
      ? this.renderMessage(this.t.renderError)
      : missing
        ? this.renderMessage(this.t.contentError)
        : this.renderContent();
    return html`<div class="root ${this.effectiveTheme}">${body}</div>`;
  }

  #failed = false;

  /**
   * A prerendered widget keeps its declarative shadow root, and the `<style>` in it, until its first
   * render (update() adopts the class's styles then). Adopting them parses the widget's style sheet
   * and restyles the prerendered tree, and it would happen in the task that runs the script:
   * customElements.define() upgrades every widget already on the page at once.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.shadowRoot ?? super.createRenderRoot();
  }

  protected override update(changed: PropertyValues): void {
    // A prerendered snippet's declarative shadow root is reused: cleared here, in the task that
    // renders it fresh (no hydration), so the box keeps its size when the content is the same.
    // What the reader had focused in the prerendered root (the upgrade may be their Tab or click
    // on it) is focused again in the fresh render: the element at the same place in the tree.
    const elements = () => this.renderRoot.querySelectorAll<HTMLElement>('.root *');
    const focused = this.hasUpdated ? -1 : [...elements()].indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    if (!this.hasUpdated) {
      if (this.#prerendered) super.createRenderRoot(); // adopts its styles, which createRenderRoot() left to now
      clearPrerendered(this.renderRoot, this.renderOptions);
    }
    this.#warnings = [];
    try {
      super.update(changed);
      if (focused >= 0) elements()[focused]?.focus();
    } catch (error) {
      // The template failed (rendering it, or committing it): start over with the message in its place.
      this.warn(`could not render: ${(error as Error)?.message ?? error}`);
      this.#failed = true;
      forgetRender(this.renderRoot);
      try {
        super.update(changed);
      } catch {
        // Even the message failed; the warning above still says why.
      } finally {
        this.#failed = false;
      }
    }
  }
}

/**
 * Resolves when a prerendered widget should upgrade, whichever comes first: the main thread is
 * idle, the widget comes within a viewport's height of the viewport, or the reader's pointer or
 * focus reaches it (each listener fires at most once; a second call to `go` does nothing).
 */
function upgraded(el: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      near.disconnect();
      resolve();
    };
    // One target: its first entry says whether it came near (a later one in the same batch can only say it left again).
    const near = new IntersectionObserver(([entry]) => entry!.isIntersecting && go(), { rootMargin: '100%' });
    near.observe(el);
    // A pointer (mouse, pen or touch) is over the widget before it presses, and focus is in it
    // before a key reaches it: these two come first.
    for (const type of ['pointerover', 'focusin']) el.addEventListener(type, go, { once: true });
    // Safari has no requestIdleCallback: half a second stands in for "idle".
    if ('requestIdleCallback' in window) requestIdleCallback(go);
    else setTimeout(go, 500);
  });
}
