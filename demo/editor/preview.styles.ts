import { css } from 'lit';

/** The preview card: its date and time, its notice, the widgets with their tags. Uses the colours of ./content-editor.styles.ts. */
export const previewStyles = css`
  /* ——— Preview: when ——— */
  .when {
    margin-bottom: 1.25rem;
    padding: 0.75rem 0.875rem;
    border-radius: 0.625rem;
    background: var(--primary-soft);
  }
  .when-title {
    margin-bottom: 0.5rem;
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .when .fields {
    align-items: flex-end;
    gap: 0.5rem 0.75rem;
  }
  /* Date, time and "Now" on one line of a narrow column. */
  .when .field.date {
    flex: 1 1 9.5rem;
    width: auto;
    max-width: 11rem;
  }
  .when .field.time {
    flex: 0 0 8.5rem;
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
`;
