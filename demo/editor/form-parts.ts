/**
 * Pieces the hours form's templates share: a field's problems (shown under
 * it and announced with it), a stored value the native input cannot show,
 * and notes for problems that belong to no single field.
 */
import { html, nothing } from 'lit';
import type { Problem } from './problems.js';

/** An id for a path, usable in the shadow root: clinic.hours.weekly.0.opens gives f-clinic-hours-weekly-0-opens. */
export const idOf = (path: string): string => `f-${path.replace(/[^\w-]/g, '-')}`;

/** Whether a problem is at a path or inside it. */
export const under = (problem: Problem, path: string): boolean => problem.path === path || problem.path.startsWith(`${path}.`);

/** A field's problems: `aria-invalid`, the id for `aria-describedby`, and the messages to render under it. */
export function fieldProblems(problems: readonly Problem[], path: string, id = `${idOf(path)}-problems`) {
  const found = problems.filter((p) => under(p, path));
  return {
    invalid: found.length ? 'true' : 'false',
    describedBy: found.length ? id : undefined,
    render: () =>
      found.length ? html`<span class="field-problem" id=${id}>${found.map((p) => html`<span>${p.message}</span>`)}</span>` : nothing,
  };
}

/** "In the JSON: "9am"", for a stored value the native input cannot show. */
export const rawHint = (value: unknown, shown: string) =>
  value !== undefined && shown === '' ? html`<span class="raw">In the JSON: <code>${JSON.stringify(value)}</code></span>` : nothing;

/** Problems about a row or a list as a whole (not one of the form's fields); a deeper one names its field. */
export function problemNotes(problems: readonly Problem[], base = '') {
  return problems.length
    ? html`<ul class="row-problems">
        ${problems.map((p) => html`<li>${p.path !== base && base ? html`<code>${p.path.slice(base.length + 1)}</code>: ` : nothing}${p.message}</li>`)}
      </ul>`
    : nothing;
}

const ICONS = {
  add: 'M10 4v12M4 10h12',
  copy: 'M7.5 7.5h8v8h-8zM12.5 4.5h-8v8',
  note: 'M4 5.5h12M4 10h12M4 14.5h7',
  remove: 'M6 6l8 8m0-8-8 8',
} as const;

/** A small line icon, hidden from screen readers (the button's words name it). */
export const icon = (name: keyof typeof ICONS) =>
  html`<svg class="icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d=${ICONS[name]} /></svg>`;

/** The words of an icon button, shown above it on hover and focus where the button shows no words of its own. */
export const tip = (text: string) => html`<span class="tip" aria-hidden="true">${text}</span>`;
