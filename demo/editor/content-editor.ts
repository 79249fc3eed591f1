/**
 * `<content-editor>`: the clinic's editor for its content document (the
 * shape of dist/propel-content.json). Load the default, a URL, a file or
 * pasted JSON; edit the JSON (the source of truth), the week grid or the
 * holidays; see every problem as you type, with what it means for
 * visitors; preview the widgets at any date and time; download the result
 * (with an explicit confirmation while there are problems). A demo app,
 * not a library widget: it lives in demo/, and the build also makes it one
 * self-contained file, dist/propel-editor.html (scripts/build-editor.mjs).
 *
 * Nothing is fetched except the URL the user asks for.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import '../../src/index.js';
import { defaultContent } from '../../src/content/default-content.js';
import { cdnBase } from '../../scripts/json-schema.js';
import { editHours, isRow, newException, ordered, readableRules, readHours, sortedIndices, todayIso, upgrade, type Row } from './hours-edit.js';
import { hoursForm } from './hours-form.js';
import { instantAt, wallTime, type WallTime } from './instant.js';
import { locate, lineColumn } from './json-text.js';
import { check, steps, type Check, type Problem } from './problems.js';
import { compileWeek, readWeek, type Week } from './week.js';
import { styles } from './content-editor.styles.js';
import { hoursStyles } from './hours.styles.js';

/** The embedded default, as dist/propel-content.json holds it. */
export const defaultDocument = (): typeof defaultContent & { $schema: string } => ({ $schema: `${cdnBase()}propel-content.schema.json`, ...structuredClone(defaultContent) });

const pretty = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Larger documents are refused unread, as the provider does. */
const MAX_BYTES = 2 ** 21;
const LOAD_TIMEOUT = 15_000;

const KIND: Record<Problem['kind'], string> = { syntax: 'JSON syntax', schema: 'Invalid', unknown: 'Unknown field', hours: 'Hours' };

type Message = { text: string; error?: boolean };

export class ContentEditor extends LitElement {
  static override styles = [styles, hoursStyles];

  static override properties = {
    text: {},
    previewTheme: { attribute: 'preview-theme' },
    previewAt: { attribute: false },
    _confirming: { state: true },
    _message: { state: true },
    _loading: { state: true },
    _guideOpen: { state: true },
    _dirty: { state: true },
  };

  /** The document's JSON text: what the textarea shows and what is checked, previewed and downloaded. */
  declare text: string;

  /** The preview's colour scheme: `auto` (follows the page), `light` or `dark`. */
  declare previewTheme: 'auto' | 'light' | 'dark';

  /** The clinic's date and time the preview shows, in its time zone; undefined: now. */
  declare previewAt: WallTime | undefined;

  /** Download was asked for while there are problems: the confirmation is showing. */
  declare _confirming: boolean;

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
    this._confirming = false;
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
    if (!this.#check.problems.length) this._confirming = false;
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
      const doc: unknown = JSON.parse(text);
      if (upgrade(doc)) message += ' It was a version 1 document: it is now version 2, and the hours in words are written from the hours themselves.';
      shown = pretty(doc);
    } catch {
      // Kept as is: the problems list shows where the syntax breaks.
    }
    this.text = shown;
    this._dirty = false;
    this._confirming = false;
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

  /** Focuses what `selector` finds in the editor, once the edit has rendered. */
  async #focus(selector: string | undefined): Promise<void> {
    if (!selector) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A change of the week grid: the weekly rules read into days, changed, and compiled back into the fewest rules. */
  #editWeek(change: (week: Week) => void, focus?: string): void {
    this.#editHours((hours) => {
      const rules = readableRules(hours.weekly);
      if (!rules) return;
      const week = readWeek(rules);
      change(week);
      hours.weekly = compileWeek(week);
    });
    void this.#focus(focus);
  }

  #editException(index: number, change: (row: Row) => void, focus?: string): void {
    this.#editHours((hours) => {
      const row = hours.exceptions[index];
      if (!isRow(row)) return;
      change(row);
      hours.exceptions[index] = ordered(row);
    });
    void this.#focus(focus);
  }

  async #addException(): Promise<void> {
    let index = 0;
    this.#editHours((hours) => (index = hours.exceptions.push(newException(todayIso())) - 1));
    await this.#focus(`[data-row="exceptions-${index}"] :is(input, select)`);
  }

  async #removeException(index: number): Promise<void> {
    const before = readHours(this.#check.doc);
    const order = 'reason' in before ? [] : sortedIndices(before.exceptions, todayIso());
    const shownAt = order.indexOf(index);
    this.#editHours((hours) => void hours.exceptions.splice(index, 1));
    await this.updateComplete;
    // Focus stays in the list: the row shown in this one's place, else the one above, else "Add".
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-remove^="exceptions-"]')];
    (rows[Math.min(shownAt, rows.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#add-exception'))?.focus();
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

  /**
   * Downloads the document as propel-content.json (version 2). While the
   * document has problems, the first call only asks for a confirmation
   * (which says what each problem means for visitors); `anyway` confirms.
   */
  download(anyway = false): void {
    const doc = structuredClone(this.#check.doc);
    if (doc === undefined) return;
    const count = this.#check.problems.length;
    if (count && !anyway) {
      this._confirming = true;
      void this.#focus('#download-anyway');
      return;
    }
    upgrade(doc);
    const url = URL.createObjectURL(new Blob([pretty(doc)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'propel-content.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this._dirty = false;
    this._confirming = false;
    this._message = {
      text: count
        ? `Downloaded propel-content.json with ${plural(count, 'problem')}: see "For visitors" in the list of problems for what your site will show.`
        : 'Downloaded propel-content.json. Upload it to your site in place of the old file.',
    };
  }

  #cancelDownload(): void {
    this._confirming = false;
    void this.#focus('.toolbar .primary');
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
        ${this._confirming ? this.#renderConfirm() : nothing}
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
              editWeek: (change, focus) => this.#editWeek(change, focus),
              editException: (index, change, focus) => this.#editException(index, change, focus),
              addException: () => void this.#addException(),
              removeException: (index) => void this.#removeException(index),
            })}
          </section>
          ${this.#renderJson()}
        </div>
        ${this.#renderPreview()}
      </div>
    `;
  }

  /** The confirmation a download with problems needs: what visitors would see, then "Download anyway" or "Cancel". */
  #renderConfirm() {
    const problems = this.#check.problems;
    const consequences = [...new Set(problems.map((p) => p.visitors))];
    return html`<div class="confirm" role="group" aria-labelledby="confirm-title">
      <p id="confirm-title"><strong>The document still has ${plural(problems.length, 'problem')}.</strong> If you publish it as it is:</p>
      <ul>
        ${consequences.map((text) => html`<li>${text}</li>`)}
      </ul>
      <div class="confirm-actions">
        <button type="button" class="danger" id="download-anyway" @click=${() => this.download(true)}>Download anyway</button>
        <button type="button" class="secondary" @click=${() => this.#cancelDownload()}>Cancel</button>
      </div>
    </div>`;
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
        ? html`<p class="hint">Each problem says what your visitors would see if you published the document now. Select one to find it in the JSON.</p>
            <ol class="problems">
              ${problems.map(
                (problem) => html`<li>
                  <button type="button" class="problem" @click=${() => this.showProblem(problem)}>
                    <span class=${`kind ${problem.kind}`}>${KIND[problem.kind]}</span><span class="vh">: </span>
                    <code class="path">${problem.path}</code><span class="vh">: </span>
                    <span class="text">${problem.message}</span><span class="vh">. </span>
                    <span class="visitors"><strong>For visitors:</strong> ${problem.visitors}</span>
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

  /** The clinic's time zone in the previewed document; the browser's when it has none that works. */
  #zone(): string {
    const hours = readHours(this.#preview);
    const zone = 'reason' in hours ? undefined : hours.hours.timeZone;
    try {
      if (typeof zone === 'string' && zone) {
        wallTime(0, zone);
        return zone;
      }
    } catch {
      // An unknown zone: the problems list says so; the preview uses the browser's.
    }
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  /** The instant the preview shows: the picked date and time in the clinic's zone; undefined for now. */
  get previewInstant(): Date | undefined {
    if (!this.previewAt) return undefined;
    try {
      return instantAt(this.previewAt, this.#zone());
    } catch {
      return undefined;
    }
  }

  #pick(key: keyof WallTime, value: string, shown: WallTime): void {
    if (!value) return;
    this.previewAt = { ...shown, [key]: value };
  }

  #renderWhen() {
    const zone = this.#zone();
    const shown = this.previewAt ?? wallTime(Date.now(), zone);
    const live_ = !this.previewAt;
    return html`<div class="when" role="group" aria-labelledby="when-title">
      <p class="when-title" id="when-title">${live_ ? 'Now' : 'At a date and time you pick'}, in the clinic's time zone (${zone})</p>
      <div class="fields">
        <label class="field date">
          <span class="label">Date</span>
          <input id="preview-date" type="date" required .value=${live(shown.date)} @change=${(e: Event) => this.#pick('date', (e.target as HTMLInputElement).value, shown)} />
        </label>
        <label class="field time">
          <span class="label">Time</span>
          <input id="preview-time" type="time" required .value=${live(shown.time)} @change=${(e: Event) => this.#pick('time', (e.target as HTMLInputElement).value, shown)} />
        </label>
        <button type="button" class="secondary now" ?disabled=${live_} @click=${() => (this.previewAt = undefined)}>Now</button>
      </div>
    </div>`;
  }

  #renderPreview() {
    const { doc, problems } = this.#check;
    const note =
      doc === undefined
        ? 'The JSON cannot be read, so the preview still shows the last version that could.'
        : problems.some((p) => p.kind === 'hours')
          ? "Your hours have a problem, so visitors would see 'Hours unavailable', as below."
          : problems.some((p) => p.kind === 'schema')
            ? 'Parts with problems show the built-in content instead, as they would on your site.'
            : '';
    const now = this.previewInstant;
    const tag = (name: string) => html`<p class="tag"><code>&lt;${name}&gt;</code></p>`;
    // Focusable: on a wide screen it scrolls on its own, and the keyboard must reach that too.
    return html`<section class="card preview" aria-labelledby="preview-title" tabindex="0">
      <div class="card-head">
        <h2 id="preview-title">What visitors will see</h2>
        <label class="inline">
          Colours
          <select .value=${live(this.previewTheme)} @change=${(e: Event) => (this.previewTheme = (e.target as HTMLSelectElement).value as 'auto')}>
            <option value="auto">Match this page</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </div>
      ${this.#renderWhen()}
      ${note ? html`<p class="notice">${note}</p>` : nothing}
      <propel-provider .content=${this.#preview as never} theme=${this.previewTheme}>
        <div class="widgets">
          <div>${tag('propel-clinic-hours')}<propel-clinic-hours .now=${now}></propel-clinic-hours></div>
          <div>${tag('propel-clinic-hours variant="week"')}<propel-clinic-hours variant="week" .now=${now}></propel-clinic-hours></div>
          <div>${tag('propel-location-card')}<propel-location-card heading-level="3" .now=${now}></propel-location-card></div>
          <details class="guide" @toggle=${(e: Event) => (this._guideOpen = (e.target as HTMLDetailsElement).open)}>
            <summary>The rest of your content: the comparison, the diet grid and the guide</summary>
            ${this._guideOpen
              ? html`<div class="widgets">
                  <div>${tag('propel-treatment-comparison')}<propel-treatment-comparison heading-level="3" filterable></propel-treatment-comparison></div>
                  <div>${tag('propel-diet-grid')}<propel-diet-grid heading-level="3"></propel-diet-grid></div>
                  <div>${tag('propel-fibro-guide')}<propel-fibro-guide heading-level="3"></propel-fibro-guide></div>
                </div>`
              : nothing}
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
