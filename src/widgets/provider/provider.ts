import { css, html, LitElement, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { page, providePage, sharedContext, type ProvidedContent, type Shared } from '../../content/context.js';
import { load, type LoadFailure } from '../../content/loader.js';
import type { ProvidedEntries } from '../../content/fallback.js';
import { validateProvided } from '../../content/provided.js';
import { issuesText, type ContentIssue } from '../../content/issues.js';
import type { Content } from '../../content/schema.js';
import { define } from '../../core/define.js';
import { emit } from '../../core/emit.js';
import { VERSION } from '../../core/version.js';
import { warnOnce } from '../../core/warn.js';

export interface PropelContentLoadedDetail {
  /** The document's URL, as given in `src`; undefined for the `content` property. */
  url: string | undefined;
  /**
   * The document's problems, each `{ path, message }` (e.g. `clinic.hours.weekly.0.closes`,
   * `expected an HH:MM time, got "25:00"`); empty when the document is whole. Entries with a
   * problem are left out: prose falls back, hours and address never do (see the README).
   */
  issues: ContentIssue[];
}

export interface PropelContentErrorDetail {
  /** The document's URL, as given in `src`; undefined for the `content` property. */
  url: string | undefined;
  /** `network`, `status` (HTTP error), `parse` (not JSON, or too large), `shape` (not a content document) or `timeout`. */
  reason: LoadFailure;
  /** What went wrong, each `{ path, message }`: the HTTP status, the parser's message, or each problem at its place. */
  issues: ContentIssue[];
}

const DEFAULT_TIMEOUT = 10_000;

/** A document's usable entries and its problems. */
type Provided = { content: ProvidedEntries; issues: ContentIssue[] };

/**
 * Shares one content document, one locale and one theme with every Propel
 * widget inside it, through `@lit/context`. Widgets outside any provider use
 * the content embedded in the script, so a provider is only needed to change
 * one of them.
 *
 * The document comes from the `content` property or is fetched from `src`
 * (`content` wins when both are set). It is validated entry by entry, the
 * clinic field by field: a broken entry (say `treatments`) is left out with
 * one warning and the widgets use the embedded default for it, or show a
 * message with `fallback="error"`. The clinic's hours and address never
 * fall back: once a provider has a document, the hours shown are that
 * document's, or "Hours unavailable" (while `src` loads, when it fails, or
 * when its hours have a problem). While `src` loads, prose shows the
 * embedded default.
 *
 * @summary Provides content, locale and theme to the Propel widgets it contains.
 * @tagname propel-provider
 *
 * @slot - Any markup, including Propel widgets that should use this content, locale and theme.
 *
 * @fires {CustomEvent<PropelContentLoadedDetail>} propel-content-loaded - A document is in use: the `src` document arrived, or
 * the `content` property was set. `detail`: `{ url, issues }`; `issues` lists each problem as `{ path, message }` (its entry is left out).
 * @fires {CustomEvent<PropelContentErrorDetail>} propel-content-error - The `src` document could not be used at all (the hours
 * show "Hours unavailable"). `detail`: `{ url, reason, issues }`.
 */
export class PropelProvider extends LitElement {
  static propelVersion = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    content: { attribute: false },
    src: {},
    timeout: { type: Number },
    fallback: {},
    locale: {},
    theme: {},
    global: { type: Boolean },
  };

  /**
   * A content document, in the shape of `dist/propel-content.json`.
   * Validated on assignment (a per-widget script fetches its checks first); invalid entries are
   * left out with a warning.
   */
  declare content: Content | undefined;

  /**
   * URL of a content document to fetch (CORS, no credentials, no referrer).
   * Providers with the same `src` share one request; a failed URL is not
   * retried until the page reloads.
   */
  declare src: string | undefined;

  /**
   * Milliseconds to wait for `src` before giving up.
   * @default 10000
   */
  declare timeout: number | undefined;

  /**
   * What widgets show when the document cannot provide their content:
   * `default` (the content embedded in the script) or `error` (a short,
   * accessible message).
   * @default "default"
   */
  declare fallback: 'default' | 'error' | undefined;

  /** BCP 47 locale for the widgets' interface and dates, e.g. `es` or `en-GB`. Defaults to the closest `lang`. */
  declare locale: string | undefined;

  /** Colour scheme for every widget inside that sets none: `light`, `dark` or `auto`. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /**
   * Also provides to every widget on the page that no other provider contains, wherever it is:
   * for sites that place each widget on its own, such as Wix Custom Elements. One per page.
   * @default false
   */
  declare global: boolean;

  #shared = new ContextProvider(this, { context: sharedContext });
  /** The loaded `src` document's usable entries and problems. */
  #remote?: Provided;
  #loading = false;
  #release?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or re-attached: load again if the request was abandoned on the way out.
    if (this.hasUpdated && this.src && !this.#release && !this.#remote) {
      this.#load();
      this.requestUpdate();
    }
    // Re-attached: a page-wide provider takes the page again.
    if (this.hasUpdated && this.global) this.#provide();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#release?.();
    this.#release = undefined;
    if (page.owner === this) providePage(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.#load();
    this.#provide();
  }

  /** One warning per message and `owner` (the provider, or a shared request's result: one warning however many providers share it). */
  #warn(message: string, owner: object = this): void {
    warnOnce(owner, `<propel-provider>: ${message}`);
  }

  #validated?: [input: unknown, valid: Provided];

  /** What the widgets get: the `content` property's usable entries, else the loaded document's. */
  #provide(): void {
    let document = this.#remote ?? { content: {}, issues: [] };
    let checking = this.#loading;
    if (this.content != null) {
      if (this.#validated?.[0] !== this.content) {
        // A per-widget script may have to fetch its checks first: undefined, and an update once it can.
        const checked = validateProvided(this.content, () => this.requestUpdate());
        if (checked) this.#validated = [this.content, this.#take(undefined, checked.content, checked.issues, 'shape')];
      }
      checking = this.#validated?.[0] !== this.content;
      if (!checking) document = this.#validated![1];
    }
    const fallback = this.fallback ?? 'default';
    if (fallback !== 'default' && fallback !== 'error') this.#warn(`fallback="${String(fallback)}" ignored; expected default or error.`);
    // A provider with no document (only a locale or a theme) provides none: its widgets keep the
    // embedded content, hours included. The never-fall-back rule starts once there is a document.
    const content: ProvidedContent | undefined =
      this.content == null && !this.src
        ? undefined
        : { ...document, fallback: fallback === 'error' ? 'error' : 'default', loading: checking };
    const shared: Shared = { content, locale: this.locale || undefined, theme: this.theme || undefined };
    this.#shared.setValue(shared, true);
    if (this.global) providePage(this, shared);
    else if (page.owner === this) providePage(undefined);
  }

  #load(): void {
    this.#release?.();
    this.#release = undefined;
    this.#remote = undefined;
    const url = this.src;
    this.#loading = !!url;
    if (!url) return;
    const valid = this.timeout! > 0;
    if (this.timeout != null && !valid)
      this.#warn(`timeout="${this.getAttribute('timeout') ?? this.timeout}" ignored; expected milliseconds above 0.`);
    const timeout = valid ? this.timeout! : DEFAULT_TIMEOUT;
    const request = load(url, timeout);
    this.#release = request.release;
    request.result.then(
      (result) => {
        if (this.#release !== request.release) return; // src changed or the provider left meanwhile
        this.#release = undefined;
        this.#loading = false;
        // The shared result owns the warning: one however many providers share the request.
        this.#remote = result.ok
          ? this.#take(url, result.content, result.issues, undefined, result)
          : this.#take(url, undefined, result.issues, result.reason, result);
        this.requestUpdate();
      },
      () => undefined,
    );
  }

  /**
   * Takes a validated document (`url` undefined: the `content` property): one warning for its problems,
   * and the event that says so, fired once the widgets have it. No usable content: `reason` says why.
   */
  #take(
    url: string | undefined,
    content: ProvidedEntries | undefined,
    issues: ContentIssue[],
    reason?: LoadFailure,
    owner: object = this,
  ): Provided {
    const name = url ?? 'the content property';
    if (!content) this.#warn(`could not use ${name} (${reason ?? 'shape'}): ${issuesText(issues)}`, owner);
    else if (issues.length) this.#warn(`${name} has problems, left out: ${issuesText(issues)}`, owner);
    this.#announce = content ? ['propel-content-loaded', { url, issues }] : ['propel-content-error', { url, reason: reason!, issues }];
    return { content: content ?? {}, issues };
  }

  /** The event that says which document the widgets now have. */
  #announce?: ['propel-content-loaded', PropelContentLoadedDetail] | ['propel-content-error', PropelContentErrorDetail];

  protected override updated(): void {
    const announce = this.#announce;
    this.#announce = undefined;
    if (announce) emit(this, announce[0], announce[1]);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

define('propel-provider', PropelProvider);

declare global {
  interface HTMLElementTagNameMap {
    'propel-provider': PropelProvider;
  }
  interface HTMLElementEventMap {
    'propel-content-loaded': CustomEvent<PropelContentLoadedDetail>;
    'propel-content-error': CustomEvent<PropelContentErrorDetail>;
  }
}
