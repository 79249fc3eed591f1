import { css } from 'lit';

/**
 * The hours form: the week grid (a day a line where the list is wide
 * enough, as in Google Business Profile's hours editor; two or three lines
 * on a phone), the holidays and special days, and the time zone. Uses the
 * colours and controls of ./content-editor.styles.ts.
 */
export const hoursStyles = css`
  fieldset.form {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset.form:disabled :is(.week, .rows, .fields),
  fieldset.form:disabled > button {
    opacity: 0.6;
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

  /* ——— Week grid: a phone's layout first (name and state; the hours; the actions) ——— */
  .week {
    container: week / inline-size;
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--border);
    border-radius: 0.625rem;
    background: var(--card-alt);
  }
  .day-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'name state' 'slots slots' 'actions actions' 'note note';
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.625rem 0.625rem;
  }
  .day-row + .day-row {
    border-top: 1px solid var(--border);
  }
  .day-name {
    grid-area: name;
    font-weight: 700;
  }
  .state {
    grid-area: state;
    width: 10.5rem;
  }
  .slots {
    grid-area: slots;
    display: grid;
    gap: 0.5rem;
  }
  .slots .row-problems {
    margin: 0;
  }
  .slot {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.25rem;
  }
  .slot > .dash,
  .slot > .tag,
  .slot > .remove {
    align-self: flex-start;
    min-height: 2.5rem;
    display: inline-flex;
    align-items: center;
  }
  .slot .time {
    display: grid;
    gap: 0.125rem;
    width: 7.25rem;
  }
  .slot input[type='time'] {
    width: 100%;
    padding-inline: 0.5rem 0.375rem;
  }
  .dash {
    padding-inline: 0.125rem;
    color: var(--muted);
  }
  .next-day,
  .slot .tag {
    color: var(--muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .slot-problem {
    flex-basis: 100%;
  }
  .any-time {
    display: flex;
    align-items: center;
    min-height: 2.5rem;
    color: var(--muted);
  }
  .day-actions {
    grid-area: actions;
    display: flex;
    flex-wrap: wrap;
    gap: 0;
    margin-inline-start: -0.25rem;
  }
  /* On a phone, words alone: the three fit on one line. */
  .day-actions .icon {
    display: none;
  }
  .day-actions .action {
    padding-inline: 0.25rem;
    font-size: 0.8125rem;
  }
  .note {
    grid-area: note;
    display: grid;
    gap: 0.25rem;
  }
  .note-field {
    display: flex;
    align-items: center;
    gap: 0.625rem;
  }
  .note-field input {
    flex: 1;
    min-width: 0;
  }

  /* Name, state and hours on one line; the actions, and a closed day's, follow the hours. */
  @container week (min-width: 34rem) {
    .day-row {
      padding-inline: 0.75rem;
      grid-template-columns: 6.5rem 10.5rem minmax(0, 1fr);
      grid-template-areas: 'name state slots' '. . actions' '. . note';
      align-items: start;
    }
    .day-name {
      display: flex;
      align-items: center;
      min-height: 2.5rem;
    }
    .day-row.closed .day-actions {
      grid-area: slots;
      align-self: center;
    }
    .day-actions .icon {
      display: block;
    }
    .day-actions .action {
      padding-inline: 0.5rem;
      font-size: 0.875rem;
    }
  }

  /* A day a line: the actions as icons at its end, named by a tooltip. */
  @container week (min-width: 43.5rem) {
    .day-row {
      grid-template-columns: 6.5rem 10.5rem minmax(0, 1fr) auto;
      grid-template-areas: 'name state slots actions' '. . note note';
      column-gap: 0.5rem;
    }
    .day-row.closed .day-actions {
      grid-area: actions;
    }
    .day-actions {
      flex-wrap: nowrap;
      margin: 0;
    }
    .day-actions .action {
      width: 2rem;
      min-width: 2rem;
      min-height: 2.5rem;
      padding: 0;
    }
    .day-actions .words {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .day-actions .action:is(:hover, :focus-visible) .tip {
      display: block;
    }
    .day-actions .action:last-child .tip {
      right: 0;
      transform: none;
    }
  }

  /* ——— Holidays and special days ——— */
  .rows {
    display: grid;
    gap: 0.625rem;
    margin: 0.75rem 0;
    padding: 0;
    list-style: none;
  }
  .row {
    padding: 0.5rem 0.75rem 0.875rem;
    border: 1px solid var(--border);
    border-radius: 0.625rem;
    background: var(--card-alt);
  }
  .row-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    margin-bottom: 0.25rem;
  }
  .row-title {
    font-weight: 700;
  }
  .row .fields {
    align-items: flex-end;
    gap: 0.5rem 0.75rem;
  }
  .row .fields + .fields {
    margin-top: 0.5rem;
  }
  .row .check {
    min-height: 2.5rem;
    margin: 0;
  }
  .row .field.date {
    width: calc(50% - 0.375rem);
    min-width: 8.75rem;
    max-width: 10.5rem;
  }
  .row .field.time {
    width: 7.25rem;
  }
  .row select {
    width: 10rem;
  }
  .empty {
    margin: 0.75rem 0;
    color: var(--muted);
    font-style: italic;
  }
  .fields.zone {
    margin-top: 1.75rem;
  }
`;
