/**
 * The embed snippet, as pure functions: the pinned, integrity-checked script
 * tag, a `<style>` block of tokens scoped to the tag, and the element with its
 * attributes. Every value is escaped for where it goes.
 */

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

export interface SnippetInput {
  script: { url: string; integrity: string };
  tag: string;
  attributes: [string, AttributeValue][];
  tokens: [string, string][];
}

/** The whole snippet a clinic pastes into an HTML block. */
export function snippet({ script, tag, attributes, tokens }: SnippetInput): string {
  return [scriptTag(script.url, script.integrity), styleBlock(tag, tokens), elementMarkup(tag, attributes)].filter(Boolean).join('\n');
}
