import { css } from 'lit';

/**
 * Host reset and the token layer shared by every widget: resets every
 * inheritable property a host page may set and stops its text decorations,
 * inherits `font-family` through `--propel-font-family`, and maps public
 * tokens to private ones. scripts/checks/safety/host-css.mjs checks it pixel by pixel.
 */
export const baseStyles = css`
  :host {
    /* Nothing the page sets on an ancestor reaches in: every inherited property starts from its
       initial value (text and font features, text-shadow, -webkit-text-fill-color, SVG paint,
       list and table styles…), except those with which a page hides or disables a region, and
       the browser's focus ring, for a widget the page makes focusable. */
    all: initial;
    outline: revert;
    visibility: inherit;
    pointer-events: inherit;
    interactivity: inherit;
    display: block;
    box-sizing: border-box;
    /* Four base colours have a light and a dark value (light-dark() follows
       the color-scheme of .root, which the theme sets); the rest of the
       palette is mixed from them, so a page can re-theme with a few tokens.
       Any public token overrides its mix. */
    --_primary: var(--propel-color-primary, light-dark(#0b6477, #6fd0de));
    --_surface: var(--propel-color-surface, light-dark(#fff, #141c21));
    --_text: var(--propel-color-text, light-dark(#14232b, #e8eef1));
    --_accent: var(--propel-color-accent, light-dark(#a34f00, #f2b36b));
    --_on-primary: var(--propel-color-on-primary, var(--_surface));
    --_primary-soft: var(--propel-color-primary-soft, color-mix(in srgb, var(--_primary) 12%, var(--_surface)));
    --_surface-alt: var(--propel-color-surface-alt, color-mix(in srgb, var(--_text) 4%, var(--_surface)));
    --_muted: var(--propel-color-text-muted, color-mix(in srgb, var(--_text) 75%, var(--_surface)));
    --_border: var(--propel-color-border, color-mix(in srgb, var(--_text) 16%, var(--_surface)));
    --_accent-soft: var(--propel-color-accent-soft, color-mix(in srgb, var(--_accent) 10%, var(--_surface)));
    --_radius: var(--propel-radius, 0.75em);
    --_space: var(--propel-space, 1em);
    --_shadow: var(
      --propel-shadow,
      0 1px 2px light-dark(rgb(20 35 43 / 0.06), rgb(0 0 0 / 0.4)),
      0 6px 20px light-dark(rgb(20 35 43 / 0.06), rgb(0 0 0 / 0.25))
    );
    font-family: var(--propel-font-family, inherit);
    /* medium is the visitor's default text size: a page's html { font-size: 62.5% } does not shrink the widget. */
    font-size: var(--propel-font-size, medium);
    /* The type scale: 0.875em, 1em and 1.25em (the full guide's title is larger), weights 400 and 700.
       Each size and weight of a face is a font the browser sets up at the page's first layout (in
       Chromium on Linux, 1-2 ms each, a round trip to the browser process), so fewer steps make the
       first layout of a prerendered page cheaper. */
    /* The line .root sits on takes no height of its own (see .root). */
    line-height: 0;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    /* An atomic inline, so that a text-decoration on an ancestor (underline, line-through) is
       not propagated into the widget: no property stops that on a block. Full width, and
       baseline-aligned on a line of no height (:host's line-height is 0): an inline badge keeps
       its text baseline, and no gap opens below a block widget. */
    display: inline-block;
    width: 100%;
    line-height: 1.5;
    color-scheme: light;
    color: var(--_text);
  }
  .dark {
    color-scheme: dark;
  }
  .auto {
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: inherit;
    font-weight: inherit;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  /* Visually hidden, still read. What it hides here (a caption, a status line, a span) has no
     margin, padding or border of its own in these styles, and nothing outside reaches in. */
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .footer {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-top: 1px solid var(--_border);
    background: var(--_surface-alt);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .footer p {
    margin: 0;
  }
  .footer p + p {
    margin-top: 0.25em;
  }
  .message {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_muted);
  }
  /* Forced colours (e.g. Windows high contrast) replace backgrounds with Canvas: a choice shown
     by its background alone (the selected filter chip) gets the system's selection colours. */
  @media (forced-colors: active) {
    .root label:has(:checked) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
