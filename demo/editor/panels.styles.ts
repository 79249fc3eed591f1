import { css } from 'lit';

/**
 * The editor's cards and their layout: the toolbar and the download
 * confirmation, the load card, the problems, the JSON and the preview with
 * its date and time. Uses the colours of ./content-editor.styles.ts.
 */
export const panelStyles = css`
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

  /* ——— Download confirmation ——— */
  .confirm {
    flex-basis: 100%;
    padding: 0.75rem 0.875rem;
    border: 1px solid var(--danger);
    border-radius: 0.625rem;
    background: var(--danger-soft);
  }
  .confirm ul {
    margin: 0.375rem 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .danger {
    display: inline-flex;
    align-items: center;
    min-height: 2.5rem;
    padding: 0.45rem 1rem;
    border: 1px solid var(--danger);
    border-radius: 0.5rem;
    background: var(--danger);
    color: var(--on-danger);
    font-weight: 600;
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
      /* Wide enough for the week grid's one-line days. */
      grid-template-columns: minmax(0, 7fr) minmax(0, 4fr);
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

  /* ——— Problems: what each means for visitors ——— */
  .problem .visitors {
    flex-basis: 100%;
    color: var(--muted);
    font-size: 0.875rem;
  }
  .problem .visitors strong {
    color: var(--text);
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

  @media (max-width: 40rem) {
    .card {
      padding: 1rem 1rem 1.25rem;
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
