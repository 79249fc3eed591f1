/**
 * `<content-editor>`: the clinic's editor for its content document (the
 * shape of dist/propel-content.json). Load the default, a URL, a file or
 * pasted JSON; edit the JSON (the source of truth) or the hours form; see
 * every problem as you type; preview every widget on the edited document;
 * download the result. A demo app, not a library widget: it lives in demo/.
 *
 * Nothing is fetched except the URL the user asks for.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import '../../src/index.js';
import { defaultContent } from '../../src/content/default-content.js';
import { cdnBase } from '../../scripts/json-schema.js';
import { editHours, isRow, newException, newRule, ordered, readHours, todayIso, type ListName, type Row } from './hours-edit.js';
import { hoursForm } from './hours-form.js';
import { locate, lineColumn } from './json-text.js';
import { check, steps, type Check, type Problem } from './problems.js';
import { styles } from './content-editor.styles.js';

/** The embedded default, as dist/propel-content.json holds it. */
export const defaultDocument = () => ({ $schema: `${cdnBase()}propel-content.schema.json`, ...structuredClone(defaultContent) });

const pretty = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Larger documents are refused unread, as the provider does. */
const MAX_BYTES = 2 ** 21;
const LOAD_TIMEOUT = 15_000;

const KIND: Record<Problem['kind'], string> = { syntax: 'JSON syntax', schema: 'Invalid', unknown: 'Unknown field', hours: 'Hours' };

type Message = { text: string; error?: boolean };

export class ContentEditor extends LitElement {
  static override styles = styles;

  static override properties = {
    text: {},
    previewTheme: { attribute: 'preview-theme' },
    _message: { state: true },
    _loading: { state: true },
    _guideOpen: { state: true },
    _dirty: { state: true },
  };

  /** The document's JSON text: what the textarea shows and what is checked, previewed and downloaded. */
  declare text: string;

  /** The preview's colour scheme: `auto` (follows the page), `light` or `dark`. */
  declare previewTheme: 'auto' | 'light' | 'dark';

  declare _message: Message | undefined;
  declare _loading: boolean;
  declare _guideOpen: boolean;
  /** Edited since the last load or download. */
  declare _dirty: boolean;

  /** The check of `text`. */
  #check: Check = { problems: [] };
  /** The last document that was JSON: the preview keeps it while the text is not. */
  #preview: unknown;
  #previewJson = '';
  #abort?: AbortController;

  constructor() {
    super();
    this.text = pretty(defaultDocument());
    this.previewTheme = 'auto';
    this._loading = false;
    this._guideOpen = false;
    this._dirty = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#beforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#beforeUnload);
    this.#abort?.abort();
  }

  #beforeUnload = (event: BeforeUnloadEvent) => {
    if (!this._dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };

  /** The problems of the text, as the UI shows them. */
  get problems(): readonly Problem[] {
    return this.#check.problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('text')) return;
    this.#check = check(this.text);
    if (this.#check.doc !== undefined) {
      // A new preview only when the document itself changed (not its spacing).
      const json = JSON.stringify(this.#check.doc);
      if (json !== this.#previewJson) [this.#preview, this.#previewJson] = [this.#check.doc, json];
    }
  }

  // ——— Loading ———

  /** Replaces the text with a loaded document: pretty-printed when it is JSON, as is otherwise (to show the error). */
  #use(text: string, message: string): void {
    let shown = text;
    try {
      shown = pretty(JSON.parse(text));
    } catch {
      // Kept as is: the problems list shows where the syntax breaks.
    }
    this.text = shown;
    this._dirty = false;
    this._message = { text: message };
  }

  loadDefault(): void {
    this.#abort?.abort();
    this.#use(pretty(defaultDocument()), 'Loaded the built-in default document.');
  }

  async loadUrl(address: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(address.trim(), document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
    } catch {
      this._message = { text: `"${address}" is not a web address. Enter one starting with https://`, error: true };
      return;
    }
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this._loading = true;
    this._message = { text: `Loading ${url.href}…` };
    try {
      const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(LOAD_TIMEOUT)]);
      let response: Response;
      try {
        response = await fetch(url, { mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', signal });
      } catch (error) {
        if (abort.signal.aborted) return;
        throw new Error(
          (error as Error).name === 'TimeoutError'
            ? `no answer within ${LOAD_TIMEOUT / 1000} seconds`
            : 'the server could not be reached. Check the address, and that the server lets other sites read the file (CORS: Access-Control-Allow-Origin)',
        );
      }
      if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      if (+(response.headers.get('content-length') ?? 0) > MAX_BYTES) throw new Error('the file is larger than 2 MB');
      const text = await response.text();
      if (abort.signal.aborted) return;
      if (text.length > MAX_BYTES) throw new Error('the file is larger than 2 MB');
      this.#use(text, `Loaded ${url.href}.`);
    } catch (error) {
      if (!abort.signal.aborted) this._message = { text: `Could not load ${url.href}: ${(error as Error).message}.`, error: true };
    } finally {
      if (this.#abort === abort) this._loading = false;
    }
  }

  async loadFile(file: File): Promise<void> {
    if (file.size > MAX_BYTES) {
      this._message = { text: `${file.name} is larger than 2 MB; it cannot be a content document.`, error: true };
      return;
    }
    this.#abort?.abort();
    try {
      this.#use(await file.text(), `Opened ${file.name}.`);
    } catch (error) {
      this._message = { text: `Could not read ${file.name}: ${(error as Error).message}.`, error: true };
    }
  }

  // ——— Editing ———

  #setText(text: string): void {
    this.text = text;
    this._dirty = true;
  }

  /** Form edits: applied to a copy of the parsed document, then written back as the JSON text. */
  #editHours(change: (hours: Row & { weekly: unknown[]; exceptions: unknown[] }) => void): void {
    if (this.#check.doc === undefined || 'reason' in readHours(this.#check.doc)) return;
    this.#setText(pretty(editHours(this.#check.doc, change)));
  }

  #editRow(list: ListName, index: number, change: (row: Row) => void): void {
    this.#editHours((hours) => {
      const row = hours[list][index];
      if (!isRow(row)) return;
      change(row);
      hours[list][index] = ordered(row, list);
    });
  }

  async #add(list: ListName): Promise<void> {
    let index = 0;
    this.#editHours((hours) => (index = hours[list].push(list === 'weekly' ? newRule() : newException(todayIso())) - 1));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-row="${list}-${index}"] :is(input, select)`)?.focus();
  }

  async #remove(list: ListName, index: number): Promise<void> {
    let left = 0;
    this.#editHours((hours) => {
      hours[list].splice(index, 1);
      left = hours[list].length;
    });
    await this.updateComplete;
    // Focus stays in the list: the row that took this one's place, else the one before, else "Add".
    const next = index < left ? index : index - 1;
    (this.renderRoot.querySelector<HTMLElement>(`[data-remove="${list}-${next}"]`) ?? this.renderRoot.querySelector<HTMLElement>(`#add-${list}`))?.focus();
  }

  #format(): void {
    if (this.#check.doc !== undefined) this.#setText(pretty(this.#check.doc));
  }

  /** Selects the problem's place in the JSON and scrolls it into view. */
  showProblem(problem: Problem): void {
    const textarea = this.renderRoot.querySelector('textarea#json') as HTMLTextAreaElement;
    const span = problem.syntax
      ? { start: problem.syntax.offset, end: Math.min(problem.syntax.offset + 1, this.text.length) }
      : (locate(this.text, steps(problem.path)) ?? { start: 0, end: 0 });
    textarea.focus();
    textarea.setSelectionRange(span.start, span.end);
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 18;
    textarea.scrollTop = Math.max(0, (lineColumn(this.text, span.start).line - 4) * lineHeight);
  }

  // ——— Download ———

  download(): void {
    const doc = this.#check.doc;
    if (doc === undefined) return;
    const url = URL.createObjectURL(new Blob([pretty(doc)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'propel-content.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this._dirty = false;
    const count = this.#check.problems.length;
    this._message = {
      text: count
        ? `Downloaded propel-content.json with ${plural(count, 'problem')}: the widgets will use their built-in content for the broken parts.`
        : 'Downloaded propel-content.json. Upload it to your site in place of the old file.',
    };
  }

  // ——— Rendering ———

  override render() {
    const { problems, doc } = this.#check;
    const paused = doc === undefined;
    const count = problems.length;
    return html`
      <div class="toolbar">
        <p class=${`status ${count ? 'bad' : 'good'}`} role="status">
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d=${count ? 'M10 5v6m0 3.5v.5' : 'M5 10.5l3.5 3.5L15 7'} /></svg>
          ${count ? plural(count, 'problem') : 'No problems'}
        </p>
        <span class="dirty">${this._dirty ? 'Changes not downloaded yet' : ''}</span>
        <button type="button" class="primary" ?disabled=${paused} aria-describedby="download-note" @click=${() => this.download()}>
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M10 3v10m-4-4 4 4 4-4M4 16h12" /></svg>
          <span>Download<span class="long"> propel-content.json</span></span>
        </button>
        <span class="vh" id="download-note">${paused ? 'Unavailable until the JSON can be read.' : count ? `The document has ${plural(count, 'problem')}.` : ''}</span>
      </div>
      <div class="layout">
        <div class="column">
          ${this.#renderLoad()} ${this.#renderProblems()}
          <section class="card" aria-labelledby="hours-title">
            <h2 id="hours-title">Opening hours</h2>
            ${hoursForm({
              view: readHours(paused ? this.#preview : doc), // while the JSON is broken: the last good hours, paused
              paused,
              problems,
              today: todayIso(),
              editHours: (change) => this.#editHours(change),
              editRow: (list, index, change) => this.#editRow(list, index, change),
              add: (list) => this.#add(list),
              remove: (list, index) => this.#remove(list, index),
            })}
          </section>
          ${this.#renderJson()}
        </div>
        ${this.#renderPreview()}
      </div>
    `;
  }

  #renderLoad() {
    const message = this._message;
    return html`<section class="card" aria-labelledby="load-title">
      <h2 id="load-title">Start from a document</h2>
      <div class="load">
        <button type="button" class="secondary" @click=${() => this.loadDefault()}>Use the default document</button>
        <button type="button" class="secondary" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#file')?.click()}>Open a file…</button>
        <input
          id="file"
          type="file"
          accept=".json,application/json"
          hidden
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void this.loadFile(file).then(() => (input.value = ''));
          }}
        />
      </div>
      <form
        class="url"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          void this.loadUrl((this.renderRoot.querySelector('#url') as HTMLInputElement).value);
        }}
      >
        <label class="field grow">
          <span class="label">Or the address of your published document</span>
          <input id="url" type="url" required placeholder="https://www.example.com/propel-content.json" autocomplete="url" spellcheck="false" />
        </label>
        <button type="submit" class="secondary" ?disabled=${this._loading}>${this._loading ? 'Loading…' : 'Load'}</button>
      </form>
      <p class="hint">Or paste a document into the JSON box below.</p>
      <p class=${`message ${message?.error ? 'error' : ''}`} role="status">${message?.text ?? ''}</p>
    </section>`;
  }

  #renderProblems() {
    const { problems } = this.#check;
    return html`<section class="card" aria-labelledby="problems-title">
      <h2 id="problems-title">Problems</h2>
      ${problems.length
        ? html`<p class="hint">Select a problem to find it in the JSON.</p>
            <ol class="problems">
              ${problems.map(
                (problem) => html`<li>
                  <button type="button" class="problem" @click=${() => this.showProblem(problem)}>
                    <span class=${`kind ${problem.kind}`}>${KIND[problem.kind]}</span><span class="vh">: </span>
                    <code class="path">${problem.path}</code><span class="vh">: </span>
                    <span class="text">${problem.message}</span>
                  </button>
                </li>`,
              )}
            </ol>`
        : html`<p class="ok">Every widget can use this document.</p>`}
    </section>`;
  }

  #renderJson() {
    return html`<section class="card" aria-labelledby="json-title">
      <div class="card-head">
        <h2 id="json-title"><label for="json">JSON</label></h2>
        <button type="button" class="secondary small" ?disabled=${this.#check.doc === undefined} @click=${() => this.#format()}>Tidy up</button>
      </div>
      <p class="hint" id="json-hint">The whole document. Edits here and in the form above stay in step.</p>
      <textarea
        id="json"
        spellcheck="false"
        autocapitalize="off"
        autocomplete="off"
        aria-describedby="json-hint"
        aria-invalid=${this.#check.problems.some((p) => p.kind === 'syntax') ? 'true' : 'false'}
        .value=${live(this.text)}
        @input=${(e: Event) => this.#setText((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </section>`;
  }

  #renderPreview() {
    const { doc, problems } = this.#check;
    const note =
      doc === undefined
        ? 'The JSON cannot be read, so the preview still shows the last version that could.'
        : problems.some((p) => p.kind === 'schema')
          ? 'Parts with problems show the built-in content instead, as they would on your site.'
          : '';
    const tag = (name: string) => html`<p class="tag"><code>&lt;${name}&gt;</code></p>`;
    // Focusable: on a wide screen it scrolls on its own, and the keyboard must reach that too.
    return html`<section class="card preview" aria-labelledby="preview-title" tabindex="0">
      <div class="card-head">
        <h2 id="preview-title">Preview</h2>
        <label class="inline">
          Colours
          <select .value=${live(this.previewTheme)} @change=${(e: Event) => (this.previewTheme = (e.target as HTMLSelectElement).value as 'auto')}>
            <option value="auto">Match this page</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </div>
      ${note ? html`<p class="notice">${note}</p>` : nothing}
      <propel-provider .content=${this.#preview as never} theme=${this.previewTheme}>
        <div class="widgets">
          <div>${tag('propel-clinic-hours')}<propel-clinic-hours></propel-clinic-hours></div>
          <div>${tag('propel-clinic-hours variant="week"')}<propel-clinic-hours variant="week"></propel-clinic-hours></div>
          <div>${tag('propel-location-card')}<propel-location-card heading-level="3"></propel-location-card></div>
          <div>${tag('propel-treatment-comparison')}<propel-treatment-comparison heading-level="3" filterable></propel-treatment-comparison></div>
          <div>${tag('propel-diet-grid')}<propel-diet-grid heading-level="3"></propel-diet-grid></div>
          <div>${tag('propel-guide-section section="ketamine"')}<propel-guide-section section="ketamine" heading-level="3"></propel-guide-section></div>
          <div>${tag('propel-guide-section section="key-takeaways"')}<propel-guide-section section="key-takeaways" heading-level="3"></propel-guide-section></div>
          <details class="guide" @toggle=${(e: Event) => (this._guideOpen = (e.target as HTMLDetailsElement).open)}>
            <summary>The whole guide: <code>&lt;propel-fibro-guide&gt;</code></summary>
            ${this._guideOpen ? html`<propel-fibro-guide heading-level="3"></propel-fibro-guide>` : nothing}
          </details>
        </div>
      </propel-provider>
    </section>`;
  }
}

customElements.get('content-editor') ?? customElements.define('content-editor', ContentEditor);

declare global {
  interface HTMLElementTagNameMap {
    'content-editor': ContentEditor;
  }
}
