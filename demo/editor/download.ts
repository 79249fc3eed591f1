/**
 * The toolbar (the problem count, unsaved changes, Download), saving the
 * document as propel-content.json, and the confirmation a download with
 * problems needs: what visitors would see, then "Download anyway" or "Cancel".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { plural } from './document.js';
import type { Problem } from './problems.js';

/** Saves `text` as a JSON file named `name`, as the browser saves downloads. */
export function saveJson(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the editor says after a download of a document with `count` problems. */
export const downloaded = (count: number): string =>
  count
    ? `Downloaded propel-content.json with ${plural(count, 'problem')}: see "For visitors" in the list of problems for what your site will show.`
    : 'Downloaded propel-content.json. Upload it to your site in place of the old file.';

/** The confirmation: each thing visitors would see once, then the two choices ("Download anyway" has the id download-anyway). */
export function confirmDownload(problems: readonly Problem[], choose: { download(): void; cancel(): void }): TemplateResult {
  const consequences = [...new Set(problems.map((p) => p.visitors))];
  return html`<div class="confirm" role="group" aria-labelledby="confirm-title">
    <p id="confirm-title"><strong>The document still has ${plural(problems.length, 'problem')}.</strong> If you publish it as it is:</p>
    <ul>
      ${consequences.map((text) => html`<li>${text}</li>`)}
    </ul>
    <div class="confirm-actions">
      <button type="button" class="danger" id="download-anyway" @click=${() => choose.download()}>Download anyway</button>
      <button type="button" class="secondary" @click=${() => choose.cancel()}>Cancel</button>
    </div>
  </div>`;
}

export interface ToolbarContext {
  problems: readonly Problem[];
  /** The JSON does not parse: nothing to download. */
  paused: boolean;
  /** Edited since the last load or download. */
  dirty: boolean;
  /** The confirmation shows. */
  confirming: boolean;
  download(anyway: boolean): void;
  cancel(): void;
}

/** The bar that stays at the top: the problem count, whether there are changes to download, and Download. */
export function toolbar(ctx: ToolbarContext): TemplateResult {
  const { problems, paused } = ctx;
  const count = problems.length;
  return html`<div class="toolbar">
    <p class=${`status ${count ? 'bad' : 'good'}`} role="status">
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
        <path d=${count ? 'M10 5v6m0 3.5v.5' : 'M5 10.5l3.5 3.5L15 7'} />
      </svg>
      ${count ? plural(count, 'problem') : 'No problems'}
    </p>
    <span class="dirty">${ctx.dirty ? 'Changes not downloaded yet' : ''}</span>
    <button type="button" class="primary" ?disabled=${paused} aria-describedby="download-note" @click=${() => ctx.download(false)}>
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M10 3v10m-4-4 4 4 4-4M4 16h12" /></svg>
      <span>Download<span class="long"> propel-content.json</span></span>
    </button>
    <span class="vh" id="download-note"
      >${paused ? 'Unavailable until the JSON can be read.' : count ? `The document has ${plural(count, 'problem')}.` : ''}</span
    >
    ${ctx.confirming ? confirmDownload(problems, { download: () => ctx.download(true), cancel: () => ctx.cancel() }) : nothing}
  </div>`;
}
