import { css } from 'lit';

/** Typography and card styles shared by the article widgets. */
export const contentStyles = css`
  .body {
    padding: calc(var(--_space) * 1.25);
  }
  .title {
    margin-bottom: 0.75em;
  }
  .subtitle,
  .name {
    margin: 1.25em 0 0.375em;
    font-weight: 700;
  }
  p,
  ul,
  ol,
  figure,
  blockquote {
    margin: 0 0 0.75em;
  }
  :last-child {
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
  .lead {
    margin-bottom: 0.25em;
    font-weight: 700;
  }
`;
