/**
 * <embed-configurator>: pick a widget, set its attributes and a few design
 * tokens, watch a live preview, and copy an embed snippet whose script tag is
 * pinned to this version on the public CDN with its Subresource Integrity hash.
 *
 * The form is generated from custom-elements.json: one control per attribute
 * of the chosen tag (a checkbox for `boolean`, a number field for `number`, a
 * select for a union of string literals, else a text field), with the
 * attribute's description as its help text. Light DOM, like <docs-page>.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import sri from '../../dist/propel-widgets.sri.json';
import '../../src/index.js';
import { copyMessage, copyText } from '../docs/copy.js';
import { EXAMPLES, exampleAttributes } from '../docs/examples.js';
import { highlight } from '../docs/highlight.js';
import { controlFor, element, embeddable, firstHex, ordered, typeOf, type Attribute, type ElementDoc } from '../docs/manifest.js';
import { inline } from '../docs/prose.js';
import { siteHeader } from '../docs/site-header.js';
import { AA, contrast, knownValues, PAIRS } from './choices.js';
import { CONFIGURATOR_CSS } from './layout.js';
import { prerenderedMarkup, safeCssValue, snippet, type AttributeValue, type Markup } from './snippet.js';

/** The per-widget drop-ins by tag, as the build recorded them (absent before scripts/build/widgets.mjs has run). */
const widgetScripts: Partial<Record<string, { url: string; integrity: string }>> =
  (sri as { widgets?: Record<string, { url: string; integrity: string }> }).widgets ?? {};

// The layout rules of the rework (the preview beside the controls at any width), adopted once.
const layout = new CSSStyleSheet();
layout.replaceSync(CONFIGURATOR_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, layout];

/** The tokens offered, and how each is edited: every colour a widget reads (the highlight's accent included), a radius, a font. */
export const TOKENS = [
  { name: '--propel-color-primary', input: 'color' },
  { name: '--propel-color-on-primary', input: 'color' },
  { name: '--propel-color-surface', input: 'color' },
  { name: '--propel-color-surface-alt', input: 'color' },
  { name: '--propel-color-text', input: 'color' },
  { name: '--propel-color-text-muted', input: 'color' },
  { name: '--propel-color-border', input: 'color' },
  { name: '--propel-color-accent', input: 'color' },
  { name: '--propel-color-accent-soft', input: 'color' },
  { name: '--propel-color-primary-soft', input: 'color' },
  { name: '--propel-radius', input: 'length' },
  { name: '--propel-font-family', input: 'font' },
] as const;

type TokenName = (typeof TOKENS)[number]['name'];

/** Which script the snippet loads: the whole library, or the widget's own drop-in. */
export type ScriptChoice = 'widget' | 'library';

const FONT_SUGGESTIONS = [
  'inherit',
  'system-ui, sans-serif',
  "Georgia, 'Times New Roman', serif",
  "'Helvetica Neue', Arial, sans-serif",
  'ui-rounded, system-ui, sans-serif',
];

/** Whether a token value is valid CSS for what the token feeds (a length, a font family, a colour). */
function validToken(input: (typeof TOKENS)[number]['input'], value: string): boolean {
  if (!safeCssValue(value)) return false;
  if (input === 'length') return CSS.supports('border-radius', value);
  if (input === 'font') return CSS.supports('font-family', value);
  return CSS.supports('color', value);
}

/** The widgets on offer: every embeddable element, in the reference's order. */
const widgets = (): ElementDoc[] => ordered(Object.keys(EXAMPLES)).filter(embeddable);

/**
 * A tag's starting attributes: those of its reference example, less
 * `heading-level` (the examples' levels fit the reference page's outline, not
 * a clinic's page).
 */
function startingValues(tag: string): Record<string, AttributeValue> {
  return Object.fromEntries(
    exampleAttributes(tag)
      .filter(([name]) => name !== 'heading-level')
      .map(([name, value]) => [name, value === '' ? true : value]),
  );
}

export class EmbedConfigurator extends LitElement {
  static override properties = {
    tag: { reflect: true },
    values: { attribute: false },
    tokens: { attribute: false },
    narrow: { attribute: false },
    script: { attribute: false },
    markup: { attribute: false },
    _status: { state: true },
  };

  /** The widget being configured. */
  declare tag: string;
  /** Attribute values by attribute name (`true` for a present boolean). */
  declare values: Record<string, AttributeValue>;
  /** Token values by token name; absent tokens keep the widget's defaults. */
  declare tokens: Partial<Record<TokenName, string>>;
  /** Preview in a 360 px container. */
  declare narrow: boolean;
  /** The snippet's script: the widget's own (`dist/widgets/<tag>.js`) or the whole library. */
  declare script: ScriptChoice;
  /** The snippet's markup: an empty tag, a tag with a fallback link, or the prerendered widget. */
  declare markup: Markup;
  declare _status: string;

  #preview?: HTMLElement;

  constructor() {
    super();
    const requested = new URLSearchParams(location.search).get('tag');
    this.tag = widgets().find((w) => w.tagName === requested)?.tagName ?? widgets()[0]?.tagName ?? '';
    this.values = startingValues(this.tag);
    this.tokens = {};
    this.narrow = false;
    this.script = 'widget';
    this.markup = 'link';
    this._status = '';
  }

  protected override createRenderRoot(): HTMLElement {
    this.replaceChildren(); // the page's "Loading…" placeholder
    return this;
  }

  /** The documented element for the chosen tag. */
  get doc(): ElementDoc | undefined {
    return element(this.tag);
  }

  /** The attributes in the snippet: set ones, in the manifest's order. */
  get chosenAttributes(): [string, AttributeValue][] {
    return (this.doc?.attributes ?? []).flatMap((a) => {
      const value = this.values[a.name];
      return value === undefined || value === '' ? [] : [[a.name, value] as [string, AttributeValue]];
    });
  }

  /** The tokens in the snippet: set and valid ones. */
  get chosenTokens(): [string, string][] {
    return TOKENS.flatMap(({ name, input }) => {
      const value = this.tokens[name];
      return value !== undefined && this.#documents(name) && validToken(input, value) ? [[name, value.trim()] as [string, string]] : [];
    });
  }

  /** The script the snippet loads: the widget's own when chosen and built, else the whole library. */
  get scriptRecord(): { url: string; integrity: string } {
    const own = this.script === 'widget' ? widgetScripts[this.tag] : undefined;
    return own ?? sri;
  }

  /** The embed snippet for the current choices. */
  get snippet(): string {
    const prerendered = this.markup === 'prerendered' && this.#preview ? prerenderedMarkup(this.#preview) : undefined;
    return snippet({
      script: this.scriptRecord,
      tag: this.tag,
      attributes: this.chosenAttributes,
      tokens: this.chosenTokens,
      markup: this.markup,
      prerendered,
    });
  }

  /** The chosen colour pairs below WCAG AA: [text token, background token, what, ratio]. */
  get contrastWarnings(): Array<[string, string, string, number]> {
    const colour = (name: string) => {
      const chosen = this.tokens[name as TokenName];
      if (chosen !== undefined) return firstHex(chosen);
      return firstHex((this.doc?.cssProperties ?? []).find((p) => p.name === name)?.default);
    };
    return PAIRS.flatMap(([fore, back, what]) => {
      if (!this.#documents(fore) || !this.#documents(back)) return [];
      if (this.tokens[fore as TokenName] === undefined && this.tokens[back as TokenName] === undefined) return [];
      const [a, b] = [colour(fore), colour(back)];
      const ratio = a && b ? contrast(a, b) : AA;
      return ratio < AA ? [[fore, back, what, ratio] as [string, string, string, number]] : [];
    });
  }

  /** The live preview element. */
  get preview(): HTMLElement | undefined {
    return this.#preview;
  }

  #documents(token: string): boolean {
    return (this.doc?.cssProperties ?? []).some((p) => p.name === token);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tag') && this.#preview?.localName !== this.tag) {
      if (changed.get('tag') !== undefined) this.values = startingValues(this.tag);
      this.#preview = this.tag ? document.createElement(this.tag) : undefined;
    }
    const preview = this.#preview;
    if (!preview) return;
    for (const a of this.doc?.attributes ?? []) {
      const value = this.values[a.name];
      if (value === undefined || value === '') preview.removeAttribute(a.name);
      else preview.setAttribute(a.name, value === true ? '' : value);
    }
    const chosen = new Map(this.chosenTokens);
    for (const { name } of TOKENS) {
      if (chosen.has(name)) preview.style.setProperty(name, chosen.get(name)!);
      else preview.style.removeProperty(name);
    }
  }

  #setValue(name: string, value: AttributeValue | undefined) {
    const values = { ...this.values };
    if (value === undefined || value === '' || value === (false as unknown)) delete values[name];
    else values[name] = value;
    this.values = values;
  }

  #setToken(name: TokenName, value: string | undefined) {
    const tokens = { ...this.tokens };
    if (value === undefined) delete tokens[name];
    else tokens[name] = value;
    this.tokens = tokens;
  }

  override render(): TemplateResult {
    const doc = this.doc;
    return html`
      <a class="skip" href="#configurator">Skip to the configurator</a>
      ${siteHeader('configurator')}
      <main id="configurator" class="configurator" tabindex="-1">
        <div class="intro">
          <h1>Embed configurator</h1>
          <p class="lede">
            Choose a widget, set its attributes and colours, and copy the code into any HTML block: WordPress, Ghost, Squarespace or a
            hand-made page. The script is pinned to version ${sri.version} and checked by the browser against its Subresource Integrity
            hash.
          </p>
        </div>
        <div class="workbench">
          <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
            ${this.#picker()} ${doc ? this.#attributes(doc) : nothing} ${this.#tokens()}
          </form>
          <div class="output">${this.#previewPanel()} ${this.#snippetPanel()}</div>
        </div>
      </main>
    `;
  }

  #picker(): TemplateResult {
    const doc = this.doc;
    return html`
      <div class="panel">
        <h2 class="panel-title"><label for="cfg-tag">Widget</label></h2>
        <select
          id="cfg-tag"
          name="tag"
          aria-describedby="cfg-tag-summary"
          @change=${(e: Event) => (this.tag = (e.target as HTMLSelectElement).value)}
        >
          ${widgets().map((w) => html`<option value=${w.tagName} ?selected=${w.tagName === this.tag}>&lt;${w.tagName}&gt;</option>`)}
        </select>
        <p class="help" id="cfg-tag-summary">
          ${doc?.summary ? inline(doc.summary) : nothing}
          <a href=${`./docs.html#${this.tag}`}>Reference<span class="visually-hidden"> for &lt;${this.tag}&gt;</span></a>
        </p>
      </div>
    `;
  }

  #attributes(doc: ElementDoc): TemplateResult {
    return html`
      <fieldset class="panel">
        <legend class="panel-title">Attributes</legend>
        ${(doc.attributes ?? []).map((a) => this.#attributeControl(a))}
      </fieldset>
    `;
  }

  #attributeControl(a: Attribute): TemplateResult {
    const id = `cfg-attr-${a.name}`;
    const helpId = `${id}-help`;
    const value = this.values[a.name];
    const control = controlFor(typeOf(a));
    const help = a.description ? html`<p class="help" id=${helpId}>${inline(a.description)}</p>` : nothing;
    const described = a.description ? helpId : undefined;
    const text = typeof value === 'string' ? value : '';
    if (control.kind === 'boolean') {
      return html`<div class="field check">
        <input
          type="checkbox"
          id=${id}
          name=${`attr:${a.name}`}
          .checked=${value === true}
          aria-describedby=${described ?? nothing}
          @change=${(e: Event) => this.#setValue(a.name, (e.target as HTMLInputElement).checked || undefined)}
        />
        <label for=${id}><code>${a.name}</code></label>
        ${help}
      </div>`;
    }
    const label = html`<label for=${id}><code>${a.name}</code></label>`;
    const onInput = (e: Event) => this.#setValue(a.name, (e.target as HTMLInputElement | HTMLSelectElement).value);
    const known = knownValues(a.name);
    if (known?.multiple) {
      // A comma-separated list of ids: one checkbox per id, in the content's order.
      const chosen = new Set(
        text
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      );
      const toggle = (value: string, on: boolean) => {
        // From the values as they are now: two clicks may come before the next render.
        const current = this.values[a.name];
        const now = new Set(typeof current === 'string' ? current.split(',') : []);
        const next = known.options.map((o) => o.value).filter((v) => (v === value ? on : now.has(v)));
        this.#setValue(a.name, next.join(','));
      };
      return html`<fieldset class="field multi" aria-describedby=${described ?? nothing}>
        <legend><code>${a.name}</code> <span class="hint">(none checked: all)</span></legend>
        ${known.options.map(
          (o, i) =>
            html`<label class="option"
              ><input
                type="checkbox"
                name=${`attr:${a.name}`}
                id=${`${id}-${i}`}
                value=${o.value}
                .checked=${chosen.has(o.value)}
                @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)}
              />
              ${o.label} <code>${o.value}</code></label
            >`,
        )}
        ${help}
      </fieldset>`;
    }
    if (known) {
      return html`<div class="field">
        ${label}
        <select id=${id} name=${`attr:${a.name}`} aria-describedby=${described ?? nothing} @change=${onInput}>
          <option value="" ?selected=${!text}>None</option>
          ${known.options.map((o) => html`<option value=${o.value} ?selected=${o.value === text}>${o.label} (${o.value})</option>`)}
        </select>
        ${help}
      </div>`;
    }
    if (control.kind === 'choice') {
      return html`<div class="field">
        ${label}
        <select id=${id} name=${`attr:${a.name}`} aria-describedby=${described ?? nothing} @change=${onInput}>
          <option value="" ?selected=${!text}>Default${a.default ? ` (${a.default.replace(/^'|'$/g, '')})` : ''}</option>
          ${control.options.map((o) => html`<option value=${o} ?selected=${o === text}>${o}</option>`)}
        </select>
        ${help}
      </div>`;
    }
    return html`<div class="field">
      ${label}
      <input
        type=${control.kind === 'number' ? 'number' : 'text'}
        id=${id}
        name=${`attr:${a.name}`}
        .value=${text}
        placeholder=${a.default ? a.default.replace(/^'|'$/g, '') : ''}
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${described ?? nothing}
        @input=${onInput}
      />
      ${help}
    </div>`;
  }

  #tokens(): TemplateResult {
    return html`
      <fieldset class="panel">
        <legend class="panel-title">Design tokens</legend>
        <p class="help">
          Scoped to the tag in the snippet's <code>&lt;style&gt;</code>, so they theme every instance on the page and nothing else. They
          apply to the light and dark themes alike.
        </p>
        ${this.#contrastWarning()} ${TOKENS.filter(({ name }) => this.#documents(name)).map((token) => this.#tokenControl(token))}
      </fieldset>
    `;
  }

  #contrastWarning() {
    const failing = this.contrastWarnings;
    if (!failing.length) return nothing;
    return html`<div class="contrast-warning" role="status">
      <strong>Below WCAG AA contrast (${AA}:1):</strong>
      <ul>
        ${failing.map(
          ([fore, back, what, ratio]) => html`<li><code>${fore}</code> on <code>${back}</code> (${what}): ${ratio.toFixed(2)}:1</li>`,
        )}
      </ul>
    </div>`;
  }

  #tokenControl({ name, input }: (typeof TOKENS)[number]): TemplateResult {
    const id = `cfg-token${name}`;
    const helpId = `${id}-help`;
    const documented = (this.doc?.cssProperties ?? []).find((p) => p.name === name);
    const value = this.tokens[name];
    const invalid = value !== undefined && value.trim() !== '' && !validToken(input, value);
    const reset =
      value !== undefined
        ? html`<button type="button" class="reset" @click=${() => this.#setToken(name, undefined)}>
            Reset<span class="visually-hidden"> ${name}</span>
          </button>`
        : nothing;
    const help = html`<p class="help" id=${helpId}>
      ${
        documented
          ? html`${inline(documented.description ?? '')}${documented.default ? html` Default: <code>${documented.default}</code>.` : nothing}`
          : html`Not used by <code>&lt;${this.tag}&gt;</code>.`
      }
      ${invalid ? html`<strong class="error">Not a valid value: left out of the snippet.</strong>` : nothing}
    </p>`;
    const common = { id, name: `token:${name}` };
    let field: TemplateResult;
    if (input === 'color') {
      const shown = value ?? firstHex(documented?.default) ?? '#000000';
      field = html`<input
          type="color"
          id=${common.id}
          name=${common.name}
          .value=${shown}
          ?disabled=${!documented}
          aria-describedby=${helpId}
          @input=${(e: Event) => this.#setToken(name, (e.target as HTMLInputElement).value)}
        />
        <output class="swatch-value" for=${id}>${value ?? 'default'}</output>`;
    } else {
      field = html`<input
          type="text"
          id=${common.id}
          name=${common.name}
          .value=${value ?? ''}
          ?disabled=${!documented}
          placeholder=${documented?.default ?? ''}
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${helpId}
          aria-invalid=${invalid ? 'true' : 'false'}
          list=${input === 'font' ? 'cfg-fonts' : nothing}
          @input=${(e: Event) => {
            const v = (e.target as HTMLInputElement).value;
            this.#setToken(name, v.trim() ? v : undefined);
          }}
        />
        ${input === 'font' ? html`<datalist id="cfg-fonts">${FONT_SUGGESTIONS.map((f) => html`<option value=${f}></option>`)}</datalist>` : nothing}`;
    }
    return html`<div class=${`field token ${input}`}>
      <label for=${id}><code>${name}</code></label>
      <div class="token-input">${field} ${reset}</div>
      ${help}
    </div>`;
  }

  #previewPanel(): TemplateResult {
    return html`
      <section class="panel preview-panel" aria-labelledby="cfg-preview-title">
        <div class="panel-head">
          <h2 class="panel-title" id="cfg-preview-title">Preview</h2>
          <div class="segmented" role="group" aria-label="Preview width">
            <button type="button" aria-pressed=${this.narrow ? 'false' : 'true'} @click=${() => (this.narrow = false)}>Wide</button>
            <button type="button" aria-pressed=${this.narrow ? 'true' : 'false'} @click=${() => (this.narrow = true)}>
              Phone (360 px)
            </button>
          </div>
        </div>
        <p class="note">
          Shown on a page set in Georgia, as many blogs are: the widget takes the page's font unless you set
          <code>--propel-font-family</code>.
        </p>
        <div class=${`stage${this.narrow ? ' narrow' : ''}`} tabindex="0" role="region" aria-label=${`Live preview of <${this.tag}>`}>
          ${this.#preview ?? nothing}
        </div>
      </section>
    `;
  }

  #snippetPanel(): TemplateResult {
    const code = this.snippet;
    return html`
      <section class="panel snippet-panel" aria-labelledby="cfg-snippet-title">
        <div class="panel-head">
          <h2 class="panel-title" id="cfg-snippet-title">Embed code</h2>
          <div class="copy-row">
            <span class="copy-status" role="status">${this._status}</span>
            <button type="button" class="copy primary" @click=${this.#copy}>Copy code</button>
          </div>
        </div>
        ${this.#outputChoices()}
        <div class="code-block">
          <pre><code id="cfg-snippet">${highlight(code)}</code></pre>
        </div>
        <ul class="facts">
          <li><strong>Pinned</strong> to <code>propel-widgets@${sri.version}</code> on jsDelivr, a public npm CDN.</li>
          <li>
            <strong>Integrity-checked:</strong> the browser runs the script only if its <code>sha384</code> hash matches, so a changed file
            is refused.
          </li>
          <li><strong>Deferred:</strong> it never blocks the page; load it once, however many widgets the page has.</li>
        </ul>
      </section>
    `;
  }

  #outputChoices(): TemplateResult {
    const own = widgetScripts[this.tag];
    const radio = <T extends string>(group: string, value: T, current: T, label: string, set: (v: T) => void, disabled = false) =>
      html`<label class="option"
        ><input type="radio" name=${group} value=${value} .checked=${value === current} ?disabled=${disabled} @change=${() => set(value)} />
        ${label}</label
      >`;
    return html`<div class="output-choices">
      <fieldset>
        <legend>Script</legend>
        ${radio('output:script', 'widget', own ? this.script : 'library', `Just this widget (widgets/${this.tag}.js)`, (v) => (this.script = v), !own)}
        ${radio('output:script', 'library', own ? this.script : 'library', 'The whole library (every widget)', (v) => (this.script = v))}
      </fieldset>
      <fieldset>
        <legend>Markup</legend>
        ${radio('output:markup', 'empty', this.markup, 'Empty tag', (v) => (this.markup = v))}
        ${radio('output:markup', 'link', this.markup, 'Tag with a fallback link (shown without JavaScript)', (v) => (this.markup = v))}
        ${radio('output:markup', 'prerendered', this.markup, 'Prerendered (readable at once, no layout shift)', (v) => (this.markup = v))}
      </fieldset>
    </div>`;
  }

  async #copy() {
    const shown = this.querySelector('#cfg-snippet')!;
    this._status = copyMessage(await copyText(this.snippet, shown));
    clearTimeout(this.#statusTimer);
    this.#statusTimer = setTimeout(() => (this._status = ''), 4000);
  }

  #statusTimer?: ReturnType<typeof setTimeout>;
}

customElements.define('embed-configurator', EmbedConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'embed-configurator': EmbedConfigurator;
  }
}
