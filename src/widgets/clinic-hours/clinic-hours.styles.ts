import { css } from 'lit';

/** The badge (a pill with a status icon) and the week table. */
export const clinicHoursStyles = css`
  :host {
    display: inline-block;
    /* An inline badge sizes to its text, up to its container's width. */
    max-width: 100%;
  }
  :host([variant='week']) {
    display: block;
  }
  /* A dark (or auto) week table carries its own surface, so it stays readable on a light page. */
  :host([variant='week']) .root:not(.light) {
    padding: 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='badge'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    max-width: 100%;
    box-sizing: border-box;
    margin: 0;
    padding: 0.3em 0.875em 0.3em 0.375em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    /* A chip's size, so that state, holiday and next change fit one line in a 320 px column. */
    font-size: 0.875em;
  }
  [part='icon'] {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    background: var(--_muted);
    color: var(--_surface);
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
  }
  .open [part='icon'] {
    background: var(--propel-hours-open-color, light-dark(#15803d, #4ade80));
  }
  .closing-soon [part='icon'] {
    background: var(--propel-hours-soon-color, light-dark(#b54708, #fdb022));
  }
  .closed [part='icon'] {
    background: var(--propel-hours-closed-color, light-dark(#b42318, #f97066));
  }
  .appointment [part='icon'] {
    background: var(--_primary);
  }
  /* One line, however narrow: the holiday's note gives up its width first (down to 2.5em), then the
     words after the state; the state never does. A shortened word ends in an ellipsis on screen and
     stays whole in the accessibility tree. */
  .words {
    display: flex;
    min-width: 0;
    white-space: pre;
  }
  .words > * {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .words > :first-child {
    flex-shrink: 0;
  }
  /* Weighted so that the note absorbs all of a shortfall (the others' share stays under a layout
     unit, so no stray ellipsis) until it is down to its minimum. */
  .words > .reason {
    flex-shrink: 100000;
    min-width: 2em;
  }
  .note,
  .local {
    color: var(--_muted);
  }
  .note {
    display: block;
    font-size: 0.875em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
  }
  th,
  td {
    padding: 0.4em 0.5em;
    border-top: 1px solid var(--_border);
    text-align: start;
    font-weight: inherit;
  }
  td {
    text-align: end;
    /* Very narrow containers (a sidebar inside a card) wrap rather than overflow. */
    overflow-wrap: anywhere;
  }
  [aria-current] {
    background: var(--_primary-soft);
    font-weight: 700;
  }
  [part='today'] {
    margin-inline-start: 0.5em;
    color: var(--_primary);
    font-size: 0.875em;
  }
`;
