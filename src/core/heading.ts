import { html, nothing, type TemplateResult } from 'lit';

type Heading = (cls: string, text: string, id: string | undefined) => TemplateResult;

/** One template per native heading element: search engines, reader modes and assistive tools find headings by element. */
const LEVELS: Heading[] = [
  (c, t, id) => html`<h1 class=${c} part=${c} id=${id ?? nothing}>${t}</h1>`,
  (c, t, id) => html`<h2 class=${c} part=${c} id=${id ?? nothing}>${t}</h2>`,
  (c, t, id) => html`<h3 class=${c} part=${c} id=${id ?? nothing}>${t}</h3>`,
  (c, t, id) => html`<h4 class=${c} part=${c} id=${id ?? nothing}>${t}</h4>`,
  (c, t, id) => html`<h5 class=${c} part=${c} id=${id ?? nothing}>${t}</h5>`,
  (c, t, id) => html`<h6 class=${c} part=${c} id=${id ?? nothing}>${t}</h6>`,
];

/**
 * A native `<h1>`–`<h6>` at `level` (clamped to 1–6), so widgets fit any host
 * outline. Its visual size comes from `cls` (also its part name), not its level.
 */
export function heading(level: number, text: string, cls: string, id?: string): TemplateResult {
  return LEVELS[Math.min(6, Math.max(1, Math.trunc(level) || 1)) - 1]!(cls, text, id);
}
