/** The bar at the top of the reference and configurator pages: the product, its version, and the demo pages. */
import { html, type TemplateResult } from 'lit';
import { VERSION } from '../../src/core/version.js';

const PAGES = [
  ['demo', './index.html', 'Demo'],
  ['docs', './docs.html', 'Reference'],
  ['configurator', './configurator.html', 'Embed configurator'],
] as const;

export function siteHeader(current: (typeof PAGES)[number][0]): TemplateResult {
  return html`
    <header class="topbar">
      <a class="brand" href="./index.html">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
          <rect x="2" y="2" width="20" height="20" rx="6" fill="currentColor" />
          <path
            d="M8 17V7h4.5a3 3 0 0 1 0 6H8"
            fill="none"
            stroke="#fff"
            stroke-width="2.2"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
        Propel widgets
      </a>
      <span class="version">v${VERSION}</span>
      <nav class="site-nav" aria-label="Demo pages">
        ${PAGES.map(([key, href, label]) => html`<a href=${href} aria-current=${key === current ? 'page' : 'false'}>${label}</a>`)}
      </nav>
    </header>
  `;
}
