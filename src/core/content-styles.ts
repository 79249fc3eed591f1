import { css } from 'lit';

/** Typography and card styles shared by the article widgets. */
export const contentStyles = css`
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  .body {
    padding: calc(var(--_space) * 1.25);
  }
  .title {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subtitle {
    margin: 1.25em 0 0.375em;
    font-size: 1.0625em;
    font-weight: 650;
    line-height: 1.35;
  }
  p,
  ul,
  ol,
  figure,
  blockquote {
    margin: 0 0 0.75em;
  }
  .body > :last-child,
  .part > :last-child {
    margin-bottom: 0;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: 0.5em;
  }
  li::marker {
    color: var(--_primary);
  }
  .term {
    font-weight: 650;
  }
  .lead {
    margin-bottom: 0.25em;
    font-weight: 650;
  }
  cite {
    display: block;
    margin-top: 0.25em;
    font-size: 0.8125em;
    font-style: normal;
    font-weight: 600;
    color: var(--_primary);
  }
  ol.steps {
    list-style: none;
    padding: 0;
    counter-reset: step;
  }
  ol.steps > li {
    position: relative;
    padding-inline-start: 2.5em;
    counter-increment: step;
  }
  ol.steps > li::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    top: -0.125em;
    width: 1.75em;
    height: 1.75em;
    border-radius: 50%;
    background: var(--_primary-soft);
    color: var(--_primary);
    font-weight: 700;
    text-align: center;
    line-height: 1.75em;
  }
  blockquote {
    padding: 0 0 0 1em;
    border-inline-start: 4px solid var(--_accent);
    font-size: 1.125em;
    font-style: italic;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  figcaption::before {
    content: '— ';
  }
`;
