/**
 * `<content-editor>`: the clinic's editor for its content document (the
 * shape of dist/propel-content.json). Load the default, a URL, a file or
 * pasted JSON; edit the JSON (the source of truth), the week grid or the
 * holidays; see every problem as you type, with what it means for
 * visitors; preview the widgets at any date and time; download the result
 * (with an explicit confirmation while there are problems). A demo app,
 * not a library widget: it lives in demo/, and the build also makes it one
 * self-contained file, dist/propel-editor.html (scripts/build/editor.mjs).
 *
 * The element holds the state and the edits; its cards are template
 * functions in their own modules: ./load.ts, ./problem-list.ts,
 * ./hours-form.ts, ./json-panel.ts, ./preview.ts and ./download.ts.
 * Nothing is fetched except the URL the user asks for.
 */
import { html, LitElement, type PropertyValues } from 'lit';
import '../../src/index.js';
import { defaultDocument, pretty } from './document.js';
import { downloaded, saveJson, toolbar } from './download.js';
import { upgrade } from './hours-edit.js';
import { focusRendered, HoursController } from './hours-controller.js';
import { hoursForm } from './hours-form.js';
import { instantAt, type WallTime } from './instant.js';
import { jsonCard, selectProblem } from './json-panel.js';
import { fetchText, loadCard, loaded, MAX_BYTES, webAddress, type Message } from './load.js';
import { clinicZone, previewCard, type PreviewTheme } from './preview.js';
import { problemsCard } from './problem-list.js';
import { check, type Check, type Problem } from './problems.js';
import { styles } from './content-editor.styles.js';
import { panelStyles } from './panels.styles.js';
import { hoursStyles } from './hours.styles.js';
import { previewStyles } from './preview.styles.js';

export { defaultDocument } from './document.js';

export class ContentEditor extends LitElement {
  static override styles = [styles, panelStyles, hoursStyles, previewStyles];

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
  declare previewTheme: PreviewTheme;

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
  /** The hours form's edits: they rewrite the text. */
  #hours = new HoursController(this, { doc: () => this.#check.doc, write: (text) => this.#setText(text) });

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

  // ——— Loading (./load.ts) ———

  /** Replaces the text with a loaded document. */
  #use(text: string, message: string): void {
    const shown = loaded(text, message);
    this.text = shown.text;
    this._dirty = false;
    this._confirming = false;
    this._message = { text: shown.message };
  }

  loadDefault(): void {
    this.#abort?.abort();
    this.#use(pretty(defaultDocument()), 'Loaded the built-in default document.');
  }

  async loadUrl(address: string): Promise<void> {
    const url = webAddress(address);
    if (!url) {
      this._message = { text: `"${address}" is not a web address. Enter one starting with https://`, error: true };
      return;
    }
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this._loading = true;
    this._message = { text: `Loading ${url.href}…` };
    try {
      const text = await fetchText(url, abort.signal);
      if (text !== undefined) this.#use(text, `Loaded ${url.href}.`);
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

  #tidy(): void {
    if (this.#check.doc !== undefined) this.#setText(pretty(this.#check.doc));
  }

  /** Selects the problem's place in the JSON and scrolls it into view. */
  showProblem(problem: Problem): void {
    selectProblem(this.renderRoot.querySelector('textarea#json') as HTMLTextAreaElement, this.text, problem);
  }

  // ——— Download (./download.ts) ———

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
      void focusRendered(this, '#download-anyway');
      return;
    }
    upgrade(doc);
    saveJson('propel-content.json', pretty(doc));
    this._dirty = false;
    this._confirming = false;
    this._message = { text: downloaded(count) };
  }

  #cancelDownload(): void {
    this._confirming = false;
    void focusRendered(this, '.toolbar .primary');
  }

  // ——— Preview (./preview.ts) ———

  /** The instant the preview shows: the picked date and time in the clinic's zone; undefined for now. */
  get previewInstant(): Date | undefined {
    if (!this.previewAt) return undefined;
    try {
      return instantAt(this.previewAt, clinicZone(this.#preview));
    } catch {
      return undefined;
    }
  }

  // ——— Rendering ———

  override render() {
    const { problems, doc } = this.#check;
    const paused = doc === undefined;
    return html`
      ${toolbar({
        problems,
        paused,
        dirty: this._dirty,
        confirming: this._confirming,
        download: (anyway) => this.download(anyway),
        cancel: () => this.#cancelDownload(),
      })}
      <div class="layout">
        <div class="column">
          ${loadCard({
            message: this._message,
            loading: this._loading,
            loadDefault: () => this.loadDefault(),
            loadFile: (file) => this.loadFile(file),
            loadUrl: (address) => void this.loadUrl(address),
          })}
          ${problemsCard(problems, (problem) => this.showProblem(problem))}
          <section class="card" aria-labelledby="hours-title">
            <h2 id="hours-title">Opening hours</h2>
            ${hoursForm(this.#hours.context(paused ? this.#preview : doc, paused, problems))}
          </section>
          ${jsonCard({
            text: this.text,
            readable: !paused,
            broken: problems.some((p) => p.kind === 'syntax'),
            input: (text) => this.#setText(text),
            tidy: () => this.#tidy(),
          })}
        </div>
        ${previewCard({
          content: this.#preview,
          stale: paused,
          problems,
          theme: this.previewTheme,
          at: this.previewAt,
          now: this.previewInstant,
          guideOpen: this._guideOpen,
          setTheme: (theme) => (this.previewTheme = theme),
          setAt: (at) => (this.previewAt = at),
          setGuideOpen: (open) => (this._guideOpen = open),
        })}
      </div>
    `;
  }
}

if (!customElements.get('content-editor')) customElements.define('content-editor', ContentEditor);

declare global {
  interface HTMLElementTagNameMap {
    'content-editor': ContentEditor;
  }
}
