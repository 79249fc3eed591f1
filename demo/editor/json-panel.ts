/**
 * The "JSON" card: the whole document as text (the source of truth), a
 * "Tidy up" button, and the selection of a problem's place in the text.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { lineColumn, locate } from './json-text.js';
import { steps, type Problem } from './problems.js';

export interface JsonCardContext {
  text: string;
  /** The text parses: "Tidy up" can rewrite it. */
  readable: boolean;
  /** The text does not parse (the textarea says so to screen readers). */
  broken: boolean;
  input(text: string): void;
  tidy(): void;
}

export function jsonCard(ctx: JsonCardContext): TemplateResult {
  return html`<section class="card" aria-labelledby="json-title">
    <div class="card-head">
      <h2 id="json-title"><label for="json">JSON</label></h2>
      <button type="button" class="secondary small" ?disabled=${!ctx.readable} @click=${() => ctx.tidy()}>Tidy up</button>
    </div>
    <p class="hint" id="json-hint">The whole document. Edits here and in the form above stay in step.</p>
    <textarea
      id="json"
      spellcheck="false"
      autocapitalize="off"
      autocomplete="off"
      aria-describedby="json-hint"
      aria-invalid=${ctx.broken ? 'true' : 'false'}
      .value=${live(ctx.text)}
      @input=${(e: Event) => ctx.input((e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </section>`;
}

/** Selects the problem's place in the textarea (holding `text`) and scrolls it into view. */
export function selectProblem(textarea: HTMLTextAreaElement, text: string, problem: Problem): void {
  const span = problem.syntax
    ? { start: problem.syntax.offset, end: Math.min(problem.syntax.offset + 1, text.length) }
    : (locate(text, steps(problem.path)) ?? { start: 0, end: 0 });
  textarea.focus();
  textarea.setSelectionRange(span.start, span.end);
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 18;
  textarea.scrollTop = Math.max(0, (lineColumn(text, span.start).line - 4) * lineHeight);
}
