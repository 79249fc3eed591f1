/**
 * Loading a content document: the built-in default, a file, or the address
 * of a published one (fetched without credentials, within a time limit), and
 * the "Start from a document" card that asks for them. Nothing is fetched
 * except the address the user enters.
 */
import { html, type TemplateResult } from 'lit';
import { pretty } from './document.js';
import { upgrade } from './hours-edit.js';

/** Larger documents are refused unread, as the provider does. */
export const MAX_BYTES = 2 ** 21;
export const LOAD_TIMEOUT = 15_000;

/** A line under the card's controls: what was loaded, or why it could not be. */
export type Message = { text: string; error?: boolean };

/** A loaded text as the editor shows it: pretty-printed (and version 2) when it is JSON, as is otherwise, to show the error. */
export function loaded(text: string, message: string): { text: string; message: string } {
  try {
    const doc: unknown = JSON.parse(text);
    if (upgrade(doc))
      message += ' It was a version 1 document: it is now version 2, and the hours in words are written from the hours themselves.';
    return { text: pretty(doc), message };
  } catch {
    // Kept as is: the problems list shows where the syntax breaks.
    return { text, message };
  }
}

/** The address typed, when it is a web address (http or https). */
export function webAddress(address: string): URL | undefined {
  try {
    const url = new URL(address.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The text at `url`; undefined when `abort` stopped it. Throws an Error whose
 * message ends "Could not load <url>: …" in words a clinic's staff can act on.
 */
export async function fetchText(url: URL, abort: AbortSignal): Promise<string | undefined> {
  const signal = AbortSignal.any([abort, AbortSignal.timeout(LOAD_TIMEOUT)]);
  let response: Response;
  try {
    response = await fetch(url, { mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', signal });
  } catch (error) {
    if (abort.aborted) return undefined;
    throw new Error(
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${LOAD_TIMEOUT / 1000} seconds`
        : 'the server could not be reached. Check the address, and that the server lets other sites read the file (CORS: Access-Control-Allow-Origin)',
      { cause: error },
    );
  }
  if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  if (+(response.headers.get('content-length') ?? 0) > MAX_BYTES) throw new Error('the file is larger than 2 MB');
  const text = await response.text();
  if (abort.aborted) return undefined;
  if (text.length > MAX_BYTES) throw new Error('the file is larger than 2 MB');
  return text;
}

export interface LoadCardContext {
  message: Message | undefined;
  /** An address is loading: its button waits. */
  loading: boolean;
  loadDefault(): void;
  loadFile(file: File): Promise<void>;
  loadUrl(address: string): void;
}

/** The "Start from a document" card. */
export function loadCard(ctx: LoadCardContext): TemplateResult {
  const { message } = ctx;
  return html`<section class="card" aria-labelledby="load-title">
    <h2 id="load-title">Start from a document</h2>
    <div class="load">
      <button type="button" class="secondary" @click=${() => ctx.loadDefault()}>Use the default document</button>
      <button
        type="button"
        class="secondary"
        @click=${(e: Event) => ((e.currentTarget as Element).getRootNode() as ShadowRoot).querySelector<HTMLInputElement>('#file')?.click()}
      >
        Open a file…
      </button>
      <input
        id="file"
        type="file"
        accept=".json,application/json"
        hidden
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) void ctx.loadFile(file).then(() => (input.value = ''));
        }}
      />
    </div>
    <form
      class="url"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        ctx.loadUrl(((e.currentTarget as HTMLFormElement).querySelector('#url') as HTMLInputElement).value);
      }}
    >
      <label class="field grow">
        <span class="label">Or the address of your published document</span>
        <input
          id="url"
          type="url"
          required
          placeholder="https://www.example.com/propel-content.json"
          autocomplete="url"
          spellcheck="false"
        />
      </label>
      <button type="submit" class="secondary" ?disabled=${ctx.loading}>${ctx.loading ? 'Loading…' : 'Load'}</button>
    </form>
    <p class="hint">Or paste a document into the JSON box below.</p>
    <p class=${`message ${message?.error ? 'error' : ''}`} role="status">${message?.text ?? ''}</p>
  </section>`;
}
