import { css } from 'lit';

export const comparisonStyles = css`
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75) var(--_space);
    padding: var(--_space);
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filter legend {
    float: left;
    margin-inline-end: 0.25em;
    padding: 0;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .chip {
    position: relative;
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.25em 0.875em;
    font-size: 0.875em;
    cursor: pointer;
    background: var(--_surface);
  }
  .chip:hover {
    border-color: var(--_primary);
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
    font-weight: 600;
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
    padding: calc(var(--_space) * 0.875) var(--_space);
    text-align: start;
    vertical-align: top;
    border-top: 1px solid var(--_border);
  }
  thead th {
    padding-block: calc(var(--_space) * 0.625);
    background: var(--propel-comparison-header-bg, var(--_surface-alt));
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
  }
  thead th.treatment {
    width: 30%;
  }
  th[aria-sort] {
    color: var(--_primary);
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: -0.25em -0.5em;
    padding: 0.25em 0.5em;
    border: 0;
    border-radius: calc(var(--_radius) * 0.5);
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: 0.01em;
    text-align: start;
    cursor: pointer;
  }
  button:hover {
    color: var(--_primary);
    background: var(--_primary-soft);
  }
  .sort-icon path {
    fill: currentColor;
    opacity: 0.3;
  }
  [aria-sort='ascending'] .up,
  [aria-sort='descending'] .down {
    opacity: 1;
  }
  tbody th {
    font-weight: 400;
  }
  tbody tr:hover {
    background: var(--_surface-alt);
  }
  .name {
    display: block;
    font-weight: 650;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-top: 0.375em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.0625em 0.625em;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_primary-soft);
    color: var(--_primary);
    font-size: 0.75em;
    font-weight: 600;
  }
  .featured {
    background: var(--_surface);
    border-color: currentColor;
    color: var(--_accent);
  }
  .featured svg {
    fill: currentColor;
  }
  .examples {
    display: block;
    margin-top: 0.375em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  tr.highlighted,
  tr.highlighted:hover {
    background: var(--_accent-soft);
  }
  tr.highlighted > th {
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .label {
    display: none;
  }
  .message {
    margin: var(--_space);
  }

  @container (max-width: 34rem) {
    table,
    caption,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      padding: 0 var(--_space) calc(var(--_space) * 0.75);
    }
    thead tr::before {
      content: attr(data-label) / '';
      font-size: 0.875em;
      font-weight: 600;
      color: var(--_muted);
    }
    thead th,
    thead th.treatment {
      width: auto;
      padding: 0;
      border: 0;
      background: none;
    }
    button {
      margin: 0;
      padding: 0.25em 0.75em;
      border: 1px solid var(--_border);
      border-radius: 999px;
    }
    th[aria-sort] button {
      border-color: currentColor;
      background: var(--_primary-soft);
    }
    tbody {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: 0 var(--_space) var(--_space);
    }
    tbody tr {
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      padding: calc(var(--_space) * 0.875) var(--_space);
    }
    tbody tr:hover {
      background: none;
    }
    tr.highlighted {
      border-color: var(--_accent);
      box-shadow: inset 4px 0 0 var(--_accent);
    }
    tr.highlighted > th {
      box-shadow: none;
    }
    tbody th,
    tbody td {
      padding: 0;
      border: 0;
    }
    tbody td {
      margin-top: 0.75em;
    }
    .label {
      display: block;
      margin-bottom: 0.125em;
      font-size: 0.75em;
      font-weight: 600;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_muted);
    }
  }
`;
