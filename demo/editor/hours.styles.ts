import { css } from 'lit';

/**
 * The week grid, the holidays, the preview's date and time, the problems'
 * "For visitors" line and the download confirmation. Uses the colours of
 * ./content-editor.styles.ts (light and dark).
 */
export const hoursStyles = css`
  /* ——— Week grid ——— */
  .week {
    display: grid;
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--border);
    border-radius: 0.625rem;
    background: var(--card-alt);
  }
  .day-row {
    display: grid;
    grid-template-columns: 11rem minmax(0, 1fr);
    grid-template-areas: 'head slots' '. actions' '. note';
    gap: 0.5rem 1rem;
    padding: 0.75rem 0.875rem;
  }
  .day-row + .day-row {
    border-top: 1px solid var(--border);
  }
  .day-head {
    grid-area: head;
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .day-name {
    font-weight: 700;
  }
  .slots {
    grid-area: slots;
    display: grid;
    gap: 0.5rem;
    align-content: start;
  }
  .day-actions {
    grid-area: actions;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .field.note {
    grid-area: note;
  }
  .slot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem 0.5rem;
  }
  .slot .field.time {
    width: 9.25rem;
  }
  .dash {
    color: var(--muted);
  }
  .next-day,
  .tag {
    color: var(--muted);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .slot-problem {
    flex-basis: 100%;
  }
  .closed,
  .any-time {
    min-height: 2.5rem;
    padding-top: 0.5rem;
    color: var(--muted);
  }
  @media (max-width: 40rem) {
    .day-row {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'head' 'slots' 'actions' 'note';
      padding: 0.75rem;
    }
    .day-head {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
    }
    /* Both times of an interval on one line of a phone. */
    .slot .field.time {
      width: 7.75rem;
    }
    .slot input[type='time'] {
      padding-inline: 0.4rem;
    }
  }

  /* ——— Holidays ——— */
  .fields.zone {
    margin-top: 1.75rem;
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
  }
`;
