/**
 * Manifest descriptions are JSDoc prose with a little Markdown: blank lines
 * between paragraphs and `code` in backticks. This renders exactly that as
 * Lit templates (text only, never HTML).
 */
import { html, type TemplateResult } from 'lit';

/** One line of prose: backtick spans become `<code>`, the rest stays text. */
export function inline(text: string): TemplateResult {
  const pieces = text.replace(/\s*\n\s*/g, ' ').split('`');
  // An odd number of pieces means balanced backticks; otherwise show the text as written.
  if (pieces.length % 2 === 0) return html`${text}`;
  return html`${pieces.map((piece, i) => (i % 2 ? html`<code>${piece}</code>` : piece))}`;
}

/** Paragraphs of prose, each a `<p>`. */
export function prose(text: string | undefined): TemplateResult[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${inline(p)}</p>`);
}

/** Plain text as a reader sees it after `inline()`: backticks dropped, lines joined. */
export const plain = (text: string | undefined): string => (text ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();
