import { css } from 'lit';

/**
 * The editor's colours (the demo's palette, light and dark: the page's
 * color-scheme decides) and its controls: buttons, icon buttons with their
 * tooltips, fields. The cards are in ./panels.styles.ts, the hours form in
 * ./hours.styles.ts.
 */
export const styles = css`
  :host {
    display: block;
    --card: light-dark(#ffffff, #141c21);
    --card-alt: light-dark(#f6f8f9, #182228);
    --field: light-dark(#ffffff, #0f171b);
    --text: light-dark(#17252c, #e3ecef);
    --muted: light-dark(#46575f, #a9b8bf);
    --border: light-dark(#cdd7dc, #33424a);
    --primary: light-dark(#0b6477, #6fd0de);
    --primary-strong: light-dark(#084e5d, #9be2eb);
    --on-primary: light-dark(#ffffff, #0c1216);
    --primary-soft: light-dark(#e2f0f3, #17323a);
    --danger: light-dark(#b42318, #fda29b);
    --on-danger: light-dark(#ffffff, #1b0d0b);
    --danger-soft: light-dark(#fdf1f0, #2a1715);
    --success: light-dark(#166534, #86e3aa);
    --success-soft: light-dark(#e9f8ef, #13291c);
    --warning: light-dark(#8a4b00, #f5c27a);
    --on-warning: light-dark(#ffffff, #1d1406);
    --warning-soft: light-dark(#fff5e3, #2a2012);
    --mono: ui-monospace, 'SF Mono', 'Cascadia Mono', Menlo, Consolas, monospace;
    --shadow: 0 1px 2px light-dark(rgb(20 35 43 / 0.06), rgb(0 0 0 / 0.4)), 0 8px 24px light-dark(rgb(20 35 43 / 0.06), rgb(0 0 0 / 0.25));
    color: var(--text);
    line-height: 1.5;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--primary);
    outline-offset: 2px;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  h3 {
    margin: 1.75rem 0 0.25rem;
    font-size: 1rem;
  }
  code {
    font-family: var(--mono);
    font-size: 0.875em;
  }
  p {
    margin: 0;
  }

  /* ——— Buttons ——— */
  button {
    font: inherit;
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .primary,
  .secondary {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.5rem;
    padding: 0.45rem 1rem;
    border-radius: 0.5rem;
    font-weight: 600;
  }
  .primary {
    border: 1px solid var(--primary);
    background: var(--primary);
    color: var(--on-primary);
  }
  .primary:hover:not(:disabled) {
    background: var(--primary-strong);
    border-color: var(--primary-strong);
  }
  .primary svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .secondary {
    border: 1px solid var(--border);
    background: var(--card);
    color: var(--primary);
  }
  .secondary:hover:not(:disabled) {
    border-color: var(--primary);
    background: var(--primary-soft);
  }
  .small {
    min-height: 2rem;
    padding: 0.2rem 0.75rem;
    font-size: 0.875rem;
  }
  /* Compact actions: an icon and words ("Add hours"); where a row is tight, the icon alone with a tooltip. */
  .action,
  .remove {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-width: 2.25rem;
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid transparent;
    border-radius: 0.5rem;
    background: none;
    color: var(--primary);
    font-size: 0.875rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .action:hover:not(:disabled) {
    border-color: color-mix(in srgb, var(--primary) 35%, transparent);
    background: var(--primary-soft);
  }
  .remove {
    min-width: 2rem;
    padding: 0;
    color: var(--muted);
  }
  .remove:hover:not(:disabled) {
    border-color: color-mix(in srgb, var(--danger) 35%, transparent);
    background: var(--danger-soft);
    color: var(--danger);
  }
  .icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .tip {
    position: absolute;
    bottom: calc(100% + 0.375rem);
    right: 50%;
    z-index: 3;
    display: none;
    padding: 0.2rem 0.5rem;
    border-radius: 0.375rem;
    background: var(--text);
    color: var(--card);
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.4;
    pointer-events: none;
    transform: translateX(50%);
  }
  .remove:is(:hover, :focus-visible) .tip {
    display: block;
  }

  /* ——— Fields ——— */
  .fields {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem 1rem;
  }
  .fields + .fields {
    margin-top: 0.75rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .grow {
    flex: 1 1 14rem;
  }
  .label {
    font-size: 0.875rem;
    font-weight: 600;
  }
  .optional {
    color: var(--muted);
    font-weight: 400;
  }
  input,
  select,
  textarea {
    min-height: 2.5rem;
    padding: 0.4rem 0.625rem;
    border: 1px solid var(--border);
    border-radius: 0.5rem;
    background: var(--field);
    color: var(--text);
    font: inherit;
  }
  input:hover:not(:disabled),
  select:hover:not(:disabled),
  textarea:hover:not(:disabled) {
    border-color: color-mix(in srgb, var(--primary) 60%, var(--border));
  }
  .field.time {
    width: 8.5rem;
  }
  .field.date {
    width: 11rem;
  }
  .field.time input,
  .field.date input {
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--danger);
    box-shadow: inset 0 0 0 1px var(--danger);
  }
  .field-problem {
    display: grid;
    max-width: 22rem;
    color: var(--danger);
    font-size: 0.8125rem;
    font-weight: 550;
  }
  .raw {
    color: var(--muted);
    font-size: 0.8125rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.25rem;
    margin-top: 0.5rem;
    font-weight: 600;
    font-size: 0.9375rem;
    cursor: pointer;
  }
  .hint.yearly {
    margin-bottom: 0.25rem;
  }
  .check input {
    min-height: 0;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--primary);
  }
`;
