import { css, html, LitElement, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { contentContext, localeContext } from '../../content/context.js';
import { validateContent, type Content } from '../../content/schema.js';
import { define } from '../../core/define.js';
import { VERSION } from '../../core/version.js';
import { warnOnce } from '../../core/warn.js';

/**
 * Shares one content document and one locale with every Propel widget inside
 * it, through `@lit/context`. Widgets outside any provider use the content
 * embedded in the script, so a provider is only needed to change either.
 *
 * Content set through the `content` property is validated against the
 * content schema; invalid content is rejected with one console warning and
 * the widgets keep the content they had (the embedded default at first).
 *
 * @summary Provides content and locale to the Propel widgets it contains.
 * @tagname propel-provider
 *
 * @slot - Any markup, including Propel widgets that should use this content and locale.
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
    locale: {},
  };

  /**
   * A content document, in the same shape as `dist/propel-content.json`.
   * Validated on assignment; an invalid document is ignored with a warning.
   */
  declare content: Content | undefined;

  /** BCP 47 locale for dates and times in the widgets, e.g. `en-GB`. Defaults to the closest `lang`. */
  declare locale: string | undefined;

  #content = new ContextProvider(this, { context: contentContext });
  #locale = new ContextProvider(this, { context: localeContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content')) this.#apply(this.content, 'the content property');
    if (changed.has('locale')) this.#locale.setValue(this.locale || undefined);
  }

  /**
   * Validates a candidate document and, when valid, provides it. The seam for
   * remote content: a later `src` attribute fetches JSON and calls this too.
   */
  #apply(input: unknown, origin: string): void {
    if (input == null) {
      this.#content.setValue(undefined);
      return;
    }
    const result = validateContent(input);
    if (result.ok) {
      this.#content.setValue(result.content);
    } else {
      warnOnce(this, `<propel-provider>: ${origin} is not a valid content document, keeping the previous content. ${result.errors.join('; ')}`);
    }
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
}
