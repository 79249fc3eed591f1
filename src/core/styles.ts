import { css } from 'lit';

/**
 * Host reset and the token layer shared by every widget: resets the
 * inheritable text properties a host page may set, inherits `font-family`
 * through `--propel-font-family`, and maps public tokens to private ones.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
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
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
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
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
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
    font-size: 0.8125em;
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
`;
