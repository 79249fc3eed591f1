import { html, nothing } from 'lit';

/**
 * A heading at an ARIA level (clamped to 1–6), so widgets can fit any host
 * outline without one template per level. Visual size comes from `cls`.
 */
export function heading(level: number, text: string, cls: string, id?: string) {
  return html`<div role="heading" aria-level=${Math.min(6, Math.max(1, level))} class=${cls} part=${cls} id=${id ?? nothing}>${text}</div>`;
}
