/**
 * Entry of the snippet generator's SSR bundle (scripts/build/snippets.vite.config.ts): importing it
 * defines every element, exactly as the drop-in does, and gives scripts/build/snippets.mjs what it
 * needs to name files and URLs. Load a DOM shim first (@lit-labs/ssr/lib/install-global-dom-shim.js).
 */

// Re-exported rather than imported for its side effects: src/index.ts is not in package.json's
// `sideEffects`, so a bare import would be dropped with every element it defines.
export * from '../../src/index.ts';
export { guideSections } from '../../src/widgets/guide-section/sections.ts';
export { cdnBase } from './json-schema.ts';
export { UNTIL_UPGRADE, heldBadge, markParsed, neutralHours, prerenderCss } from './prerender.ts';
export { strings } from '../../src/core/i18n.ts';
export { COMPARISON_STRINGS } from '../../src/widgets/treatment-comparison/strings.ts';
