import { css } from 'lit';

export const comparisonStyles = css`
  /* The one widget with container queries (its cards below 34em) is the one size container: inline-size
     containment costs every layout of the page that holds it. */
  :host {
    container-type: inline-size;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em 1em;
    padding: var(--_space);
  }
  .title {
    margin: 0;
  }
  /* The "Show" legend and the chips on one row, wrapping like words, in every engine. All of them
     float, in a fieldset that holds its floats: a flex fieldset does not do it in WebKit, which keeps
     even a floated legend out of the flex layout (a row of its own above the chips), and a legend
     that does not float sits in the fieldset's border. The gaps are 0.5em of the widget's font,
     written in each element's own em (the legend's text is 0.8125em, a chip's 0.875em). */
  fieldset {
    display: flow-root;
    /* Each row's first gap (before its first item, on the left) and the last row's gap (below it),
       taken back, so that the items line up with the text around them. */
    margin: 0 0 -0.5em -0.5em;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .chip {
    float: left;
  }
  legend {
    margin: 0 0 calc(0.5em / 0.8125) calc(0.5em / 0.8125);
    padding: 0;
    /* A chip's height, so that the word sits level with the chips' text: 0.875em of text on a 1.5
       line with 0.25em of padding above and below (1.75em of the widget's font) and 1px borders. */
    line-height: calc(1.75em / 0.875 + 2px);
  }
  legend,
  thead,
  .label {
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_muted);
  }
  .chip {
    position: relative;
    margin: 0 0 calc(0.5em / 0.875) calc(0.5em / 0.875);
    padding: 0.25em 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .chip input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .chip:has(:checked) {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .chip:has(:focus-visible) {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.875em var(--_space);
    text-align: start;
    vertical-align: top;
    border-top: 1px solid var(--_border);
  }
  thead th {
    padding-block: 0.625em;
    background: var(--propel-comparison-header-bg, var(--_surface-alt));
  }
  .treatment {
    width: 30%;
  }
  [aria-sort] {
    color: var(--_primary);
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: -0.25em -0.5em;
    padding: 0.25em 0.5em;
    border: 0;
    border-radius: 999px;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button:hover {
    background: var(--_primary-soft);
  }
  /* The sort buttons' arrow: the column headers' buttons only ("Show all" has none). */
  th button::after {
    content: '↕' / '';
    opacity: 0.45;
  }
  [aria-sort] button::after {
    content: '↑' / '';
    opacity: 1;
  }
  [aria-sort='descending'] button::after {
    content: '↓' / '';
  }
  .more {
    display: block;
    margin: var(--_space) auto;
    padding: 0.5em 1.25em;
    border: 1px solid var(--_primary);
    color: var(--_primary);
    font-weight: 700;
  }
  .name {
    display: block;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    margin: 0.5em 0.375em 0 0;
    padding: 0 0.625em;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_primary-soft);
    color: var(--_primary);
    font-size: 0.875em;
    /* Its first item may be the star: the badges line up by their tops, not by the star's foot. */
    vertical-align: top;
  }
  /* A category's pill stays one line (the treatment column widens to hold it); the highlight's label
     is the page's own words, of any length, so it may wrap. */
  [part='badge'] {
    white-space: nowrap;
  }
  .featured {
    background: none;
    border-color: currentColor;
    color: var(--_accent);
    fill: currentColor;
  }
  .examples {
    display: block;
    margin-top: 0.375em;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }
  .highlighted {
    background: var(--_accent-soft);
  }
  .highlighted > th {
    box-shadow: inset 4px 0 var(--_accent);
  }
  .label {
    display: none;
  }
  .message {
    margin: var(--_space);
  }

  /* Cards in a narrow container on screen; on paper, always the table. */
  @media screen {
    @container (max-width: 34em) {
      table,
      tr,
      th,
      td,
      tbody {
        display: block;
      }
      thead tr {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
        padding: 0 var(--_space) 0.75em;
      }
      tr::before {
        content: attr(data-label) / '';
      }
      thead th,
      .treatment {
        width: auto;
        padding: 0;
        border: 0;
        background: none;
      }
      button {
        margin: 0;
        padding: 0.25em 0.75em;
        border: 1px solid var(--_border);
      }
      [aria-sort] button {
        border-color: currentColor;
        background: var(--_primary-soft);
      }
      tbody {
        display: grid;
        gap: 0.75em;
        padding: 0 var(--_space) var(--_space);
      }
      tbody tr {
        padding: 0.875em var(--_space);
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) * 0.75);
      }
      .highlighted {
        border-color: var(--_accent);
        box-shadow: inset 4px 0 var(--_accent);
      }
      tbody th,
      td {
        padding: 0;
        border: 0;
      }
      .highlighted > th {
        box-shadow: none;
      }
      td {
        margin-top: 0.75em;
      }
      .label {
        display: block;
        margin-bottom: 0.125em;
        letter-spacing: 0.04em;
        text-transform: uppercase;
      }
    }
  }

  @media print {
    [part='filter'],
    .more,
    button::after {
      display: none;
    }
    /* Header text, not a control; Chromium also leaves a <button> out of the header it repeats on each page. */
    button {
      display: contents;
    }
    .badge:not(.featured) {
      padding: 0;
    }
    /* Points, not ems, so the smaller header text lines up with the cells; a narrow column wraps rather than overflows. */
    th,
    td {
      padding: 6pt 12pt;
      overflow-wrap: anywhere;
    }
    @container (max-width: 34em) {
      th,
      td {
        padding: 4pt;
      }
    }
  }
`;
