/**
 * The two places where the widgets reach past Lit's public API, in one module, checked against
 * lit 3.3 (lit-html 3.3, lit-element 4.2); tests/widgets/lit-internals.test.ts pins that range and
 * fails on a Lit whose internals moved.
 *
 * - A prerendered snippet's declarative shadow root is reused: the element clears it and renders
 *   fresh (no hydration). LitElement created its `renderOptions.renderBefore` from the root's first
 *   child at creation; that node is gone, so it must render at the end instead.
 * - When a template throws while committing, the root's half-built DOM is cleared and Lit's record of
 *   it (`_$litPart$`, the ChildPart lit-html keeps on the container) forgotten, so that the next render
 *   starts over instead of updating nodes that no longer exist.
 */
import type { RenderOptions } from 'lit';

/** The Lit versions these internals were checked against (the test compares the loaded ones). */
export const CHECKED_LIT = { litHtml: /^3\.3\./ };

/** Empties a render root (a reused declarative shadow root), and makes Lit render into it from the start. */
export function clearPrerendered(root: ParentNode, options: RenderOptions): void {
  root.replaceChildren();
  options.renderBefore = null;
}

/** Empties a render root after a failed render, and makes lit-html forget what it had rendered there. */
export function forgetRender(root: ParentNode): void {
  root.replaceChildren();
  delete (root as { _$litPart$?: unknown })._$litPart$;
}
