import { css, unsafeCSS } from 'lit';

/**
 * Dark values of the system tokens. Each still yields to the public
 * `--propel-*` token, so a page that sets a token themes both modes.
 */
const dark = unsafeCSS(`
  color-scheme: dark;
  --_primary: var(--propel-color-primary, #6fd0de);
  --_on-primary: var(--propel-color-on-primary, #062a31);
  --_primary-soft: var(--propel-color-primary-soft, #15333a);
  --_surface: var(--propel-color-surface, #141c21);
  --_surface-alt: var(--propel-color-surface-alt, #1b252c);
  --_text: var(--propel-color-text, #e8eef1);
  --_muted: var(--propel-color-text-muted, #a6b6be);
  --_border: var(--propel-color-border, #2e3c45);
  --_accent: var(--propel-color-accent, #f2b36b);
  --_accent-soft: var(--propel-color-accent-soft, #33271a);
  --_shadow: var(--propel-shadow, 0 1px 2px rgb(0 0 0 / 0.4), 0 8px 24px rgb(0 0 0 / 0.25));
`);

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
    color-scheme: light;
    --_primary: var(--propel-color-primary, #0b6477);
    --_on-primary: var(--propel-color-on-primary, #ffffff);
    --_primary-soft: var(--propel-color-primary-soft, #e3f1f3);
    --_surface: var(--propel-color-surface, #ffffff);
    --_surface-alt: var(--propel-color-surface-alt, #f4f7f8);
    --_text: var(--propel-color-text, #14232b);
    --_muted: var(--propel-color-text-muted, #4d5f69);
    --_border: var(--propel-color-border, #d6e0e4);
    --_accent: var(--propel-color-accent, #a34f00);
    --_accent-soft: var(--propel-color-accent-soft, #fdf1e4);
    --_radius: var(--propel-radius, 0.75rem);
    --_space: var(--propel-space, 1rem);
    --_shadow: var(--propel-shadow, 0 1px 2px rgb(20 35 43 / 0.06), 0 6px 20px rgb(20 35 43 / 0.06));
    font-family: var(--propel-font-family, inherit);
    font-size: var(--propel-font-size, 1rem);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    color: var(--_text);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
