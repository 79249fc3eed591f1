/**
 * The embed snippet, as pure functions: the pinned, integrity-checked script
 * tag, a `<style>` block of tokens scoped to the tag, and the element with its
 * attributes. Every value is escaped for where it goes.
 */
import { declaredRoot, heldBadge } from '../../scripts/build/prerender.js';

/** An attribute value inside double quotes: `&`, `"`, `<` and `>` as character references. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A token value that can sit in a declaration without ending it, the rule or
 * the `<style>` element: no `;`, braces, angle brackets, backslashes,
 * comments or line breaks. Undefined for anything else.
 */
export function safeCssValue(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed || /[;{}<>\\\n\r]|\/\*|\*\//.test(trimmed)) return undefined;
  return trimmed;
}

/** `true` is a boolean attribute (present, no value); a string is a value. */
export type AttributeValue = string | true;

const MAX_LINE = 80;

/** The element's markup: one line when it fits, else one attribute per line. */
export function elementMarkup(tag: string, attributes: [string, AttributeValue][]): string {
  const parts = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const oneLine = `<${[tag, ...parts].join(' ')}></${tag}>`;
  if (oneLine.length <= MAX_LINE || !parts.length) return oneLine;
  return `<${tag}\n${parts.map((p) => `  ${p}\n`).join('')}></${tag}>`;
}

/** A `<style>` block that sets the tokens on every instance of the tag; empty without tokens. */
export function styleBlock(tag: string, tokens: [string, string][]): string {
  const declarations = tokens.flatMap(([name, value]) => {
    const safe = /^--[\w-]+$/.test(name) ? safeCssValue(value) : undefined;
    return safe ? [`    ${name}: ${safe};\n`] : [];
  });
  return declarations.length ? `<style>\n  ${tag} {\n${declarations.join('')}  }\n</style>` : '';
}

/** The drop-in's script tag: pinned URL, Subresource Integrity, anonymous CORS, deferred. */
export const scriptTag = (url: string, integrity: string): string =>
  `<script\n  src="${escapeAttribute(url)}"\n  integrity="${escapeAttribute(integrity)}"\n  crossorigin="anonymous"\n  defer\n></script>`;

/** The element's markup in the snippet: empty, with a fallback link, or prerendered. */
export type Markup = 'empty' | 'link' | 'prerendered';

/** What the tag holds before its script runs, and without JavaScript: a real link to the article. */
export const FALLBACK_LINK = '<a href="https://www.propeltherapeutics.com/">Read the fibromyalgia treatment guide</a>';

/**
 * A live widget as prerendered markup: its shadow root, serialised into a declarative shadow root
 * (`<template shadowrootmode="open">`) with its styles inline, without Lit's comment markers, and as
 * scripts/build/snippets.mjs prerenders (scripts/build/prerender.ts): shown once parsed to its end, no
 * control offered before the script runs, and the hours badge state-neutral. Its attributes are written separately (see snippet()).
 */
export function prerenderedMarkup(element: HTMLElement): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const styles = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('');
  // The hours badge says the regular hours, holding the room of its live words: a state frozen at
  // this moment ("Open now") would be wrong later, and the badge goes live at once anyway.
  const badge = element.localName === 'propel-clinic-hours' ? root.querySelector('[part=badge]') : null;
  const icon = badge?.querySelector('[part=icon]');
  const html = badge && icon ? root.innerHTML.replace(badge.outerHTML, heldBadge(icon.outerHTML)) : root.innerHTML;
  const inner = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<button part="(sort-button|show-all)"([^>]*)>/g, '<button part="$1"$2 disabled>')
    .replace(/<fieldset part="filter"([^>]*)>/g, '<fieldset part="filter"$1 disabled>');
  return declaredRoot(element.localName, styles, inner);
}

export interface SnippetInput {
  script: { url: string; integrity: string };
  tag: string;
  attributes: [string, AttributeValue][];
  tokens: [string, string][];
  /** Empty by default. */
  markup?: Markup;
  /** The prerendered shadow root, for `markup: 'prerendered'` (see prerenderedMarkup()). */
  prerendered?: string;
}

/** The element with what it holds: nothing, the fallback link, or its prerendered shadow root. */
function elementWith(tag: string, attributes: [string, AttributeValue][], markup: Markup, prerendered?: string): string {
  const empty = elementMarkup(tag, attributes);
  const inside = markup === 'link' ? `\n  ${FALLBACK_LINK}\n` : markup === 'prerendered' && prerendered ? prerendered : '';
  return inside ? empty.replace(new RegExp(`</${tag}>$`), `${inside}</${tag}>`) : empty;
}

/** The whole snippet a clinic pastes into an HTML block: the element first, its script after it. */
export function snippet({ script, tag, attributes, tokens, markup = 'empty', prerendered }: SnippetInput): string {
  return [scriptTag(script.url, script.integrity), styleBlock(tag, tokens), elementWith(tag, attributes, markup, prerendered)]
    .filter(Boolean)
    .join('\n');
}
