import { css } from 'lit';

/** The editor's look: the demo's palette, light and dark (the page's color-scheme decides). */
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

  /* ——— Toolbar ——— */
  .toolbar {
    position: sticky;
    top: 0;
    z-index: 5;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: 1.25rem;
    padding: 0.625rem 0.75rem 0.625rem 0.875rem;
    border: 1px solid var(--border);
    border-radius: 0.875rem;
    background: color-mix(in srgb, var(--card) 92%, transparent);
    backdrop-filter: blur(8px);
    box-shadow: var(--shadow);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.3rem 0.875rem 0.3rem 0.375rem;
    border-radius: 999px;
    font-weight: 650;
  }
  .status svg {
    box-sizing: content-box;
    padding: 0.2rem;
    border-radius: 50%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .status.good {
    background: var(--success-soft);
    color: var(--success);
  }
  .status.good svg {
    background: var(--success);
    color: var(--success-soft);
  }
  .status.bad {
    background: var(--danger-soft);
    color: var(--danger);
  }
  .status.bad svg {
    background: var(--danger);
    color: var(--danger-soft);
  }
  .dirty {
    margin-inline-start: auto;
    color: var(--muted);
    font-size: 0.875rem;
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
  .secondary,
  .remove {
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
  .remove {
    min-height: 2rem;
    padding: 0.2rem 0.75rem;
    border: 1px solid transparent;
    background: none;
    color: var(--danger);
    font-size: 0.875rem;
  }
  .remove:hover {
    border-color: currentColor;
    background: var(--danger-soft);
  }

  /* ——— Layout and cards ——— */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25rem;
    align-items: start;
  }
  @media (min-width: 1000px) {
    .layout {
      grid-template-columns: minmax(0, 11fr) minmax(0, 9fr);
    }
    /* The preview stays in view beside the form and scrolls on its own. */
    .preview {
      position: sticky;
      top: 5.25rem;
      max-height: calc(100vh - 6.5rem);
      overflow: auto;
      overscroll-behavior: contain;
    }
  }
  @media (min-width: 1500px) {
    .layout {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
    }
  }
  .column {
    display: grid;
    gap: 1.25rem;
    min-width: 0;
  }
  .card {
    min-width: 0;
    padding: 1.25rem 1.25rem 1.5rem;
    border: 1px solid var(--border);
    border-radius: 0.875rem;
    background: var(--card);
    box-shadow: var(--shadow);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-bottom: 0.75rem;
  }
  .card-head h2 {
    margin: 0;
  }
  .hint {
    color: var(--muted);
    font-size: 0.875rem;
  }
  .notice {
    margin: 0 0 1rem;
    padding: 0.625rem 0.875rem;
    border-inline-start: 4px solid var(--warning);
    border-radius: 0.5rem;
    background: var(--warning-soft);
    font-size: 0.9375rem;
  }

  /* ——— Fields ——— */
  fieldset.form {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset.form:disabled .rows,
  fieldset.form:disabled .fields,
  fieldset.form:disabled > button {
    opacity: 0.6;
  }
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

  /* ——— Rows of the hours form ——— */
  .rows {
    display: grid;
    gap: 0.75rem;
    margin: 0.75rem 0;
    padding: 0;
    list-style: none;
  }
  .row {
    padding: 0.625rem 0.875rem 1rem;
    border: 1px solid var(--border);
    border-radius: 0.625rem;
    background: var(--card-alt);
  }
  .row-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    margin-bottom: 0.5rem;
  }
  .row-title {
    font-weight: 700;
  }
  .row-problems {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    list-style: none;
    border-radius: 0.5rem;
    background: var(--danger-soft);
    color: var(--danger);
    font-size: 0.875rem;
    font-weight: 550;
  }
  .empty {
    margin: 0.75rem 0;
    color: var(--muted);
    font-style: italic;
  }

  /* ——— Load ——— */
  .load {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  form.url {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem;
    margin: 1rem 0 0.5rem;
  }
  .message:not(:empty) {
    margin-top: 0.75rem;
    padding: 0.5rem 0.75rem;
    border-radius: 0.5rem;
    background: var(--primary-soft);
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  .message.error:not(:empty) {
    background: var(--danger-soft);
    color: var(--danger);
    font-weight: 600;
  }

  /* ——— Problems ——— */
  .problems {
    display: grid;
    gap: 0.5rem;
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
  }
  .problem {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.625rem;
    width: 100%;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--border);
    border-inline-start: 4px solid var(--danger);
    border-radius: 0.5rem;
    background: var(--card-alt);
    color: var(--text);
    text-align: start;
  }
  .problem:hover {
    border-color: var(--danger);
    background: var(--danger-soft);
  }
  .kind {
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    background: var(--danger);
    color: var(--on-danger);
    font-size: 0.75rem;
    font-weight: 700;
  }
  .kind.unknown {
    background: var(--warning);
    color: var(--on-warning);
  }
  .problem:has(.kind.unknown) {
    border-inline-start-color: var(--warning);
  }
  .path {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .problem .text {
    flex-basis: 100%;
    font-size: 0.9375rem;
  }
  .ok {
    color: var(--success);
    font-weight: 600;
  }

  /* ——— JSON ——— */
  textarea#json {
    display: block;
    width: 100%;
    height: 34rem;
    margin-top: 0.75rem;
    padding: 0.75rem;
    background: light-dark(#fbfcfc, #0c1317);
    font-family: var(--mono);
    font-size: 0.8125rem;
    line-height: 1.55;
    tab-size: 2;
  }
  h2 label {
    cursor: text;
  }

  /* ——— Preview ——— */
  .preview .notice {
    margin-bottom: 1.25rem;
  }
  .inline {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .widgets {
    display: grid;
    gap: 1.75rem;
  }
  .tag {
    margin: 0 0 0.375rem;
    color: var(--muted);
    font-size: 0.8125rem;
  }
  details.guide {
    padding: 0.75rem 1rem;
    border: 1px solid var(--border);
    border-radius: 0.625rem;
  }
  details.guide summary {
    cursor: pointer;
    font-weight: 600;
  }
  details.guide[open] summary {
    margin-bottom: 1rem;
  }

  @media (max-width: 40rem) {
    .card {
      padding: 1rem 1rem 1.25rem;
    }
    .row {
      padding: 0.625rem 0.75rem 0.875rem;
    }
    /* One row on a phone: the count, then a short button. */
    .toolbar {
      padding-inline: 0.5rem;
    }
    .toolbar .long {
      display: none;
    }
    .toolbar .primary {
      margin-inline-start: auto;
    }
    .dirty {
      order: 3;
      flex-basis: 100%;
    }
    .dirty:empty {
      display: none;
    }
  }
`;
