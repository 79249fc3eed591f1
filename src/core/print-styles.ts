import { css } from 'lit';

/**
 * Print: black on white whatever the theme or the page's tokens, no fills or
 * shadows (they waste ink, and browsers drop them anyway), thin grey borders,
 * link URLs written out, and no row, card or list item cut across two pages.
 * Widgets add their own `@media print` rules (hidden controls, layouts).
 */
export const printStyles = css`
  @media print {
    :host {
      --_primary: #000;
      --_text: #000;
      --_accent: #000;
      --_muted: #333;
      --_border: #999;
      /* Fills do not print: what is drawn in the surface colour on a fill (an icon's glyph, a button's text) is inked. */
      --_surface: #000;
      --_on-primary: #000;
    }
    /* A block, as an inline-block is never split across pages (it would be cut); light whatever the theme. */
    .root {
      display: block;
      color-scheme: light !important;
    }
    *,
    ::before,
    ::after {
      background: none !important;
      box-shadow: none !important;
    }
    /* A scroll container (overflow: hidden) is not split across pages but cut. */
    .card {
      overflow: visible;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    tr,
    li,
    figure {
      break-inside: avoid;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
  }
`;
