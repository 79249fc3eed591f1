/**
 * Reads the committed custom-elements.json (the analyzer's output from the
 * widgets' JSDoc) into what the reference page and the embed configurator
 * show. Everything a reader learns about a widget's API comes from here.
 */
import manifestJson from '../../custom-elements.json';

/** The parts of the custom-elements manifest schema (1.0) that the pages read. */
export interface Documented {
  name: string;
  description?: string;
  summary?: string;
  deprecated?: boolean | string;
}
export interface TypeRef {
  text: string;
}
export interface Attribute extends Documented {
  type?: TypeRef;
  /** The type with aliases resolved, where the manifest has it (@wc-toolkit/type-parser writes it). */
  parsedType?: TypeRef;
  default?: string;
  fieldName?: string;
}
export interface Member extends Documented {
  kind: 'field' | 'method';
  type?: TypeRef;
  parsedType?: TypeRef;
  default?: string;
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
  parameters?: { name: string; type?: TypeRef; optional?: boolean }[];
  return?: { type?: TypeRef };
}
export interface Event extends Documented {
  type?: TypeRef;
}
export interface CssProperty extends Documented {
  default?: string;
  syntax?: string;
}
export interface ElementDoc extends Documented {
  kind: 'class';
  tagName: string;
  customElement: true;
  attributes?: Attribute[];
  members?: Member[];
  events?: Event[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: CssProperty[];
}
interface Module {
  path: string;
  declarations?: ({ kind: string; name: string } & Partial<ElementDoc>)[];
}
export interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

export const manifest = manifestJson as unknown as Manifest;

/** Every custom element the manifest documents (a declaration with a tag name), in manifest order. */
export function elements(source: Manifest = manifest): ElementDoc[] {
  return source.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d): d is ElementDoc => d.kind === 'class' && !!d.customElement && !!d.tagName),
  );
}

/** The element documented for a tag, or undefined. */
export const element = (tag: string, source: Manifest = manifest): ElementDoc | undefined =>
  elements(source).find((e) => e.tagName === tag);

/** Elements in a preferred order (tags listed first, in that order), then any others in manifest order. */
export function ordered(preferred: readonly string[], source: Manifest = manifest): ElementDoc[] {
  const all = elements(source);
  const rank = (tag: string) =>
    preferred.includes(tag) ? preferred.indexOf(tag) : preferred.length + all.findIndex((e) => e.tagName === tag);
  return [...all].sort((a, b) => rank(a.tagName) - rank(b.tagName));
}

/** Whether a page embeds the element on its own: it renders something to theme (it documents CSS custom properties). */
export const embeddable = (el: ElementDoc): boolean => (el.cssProperties ?? []).length > 0;

const isPublic = (m: Member) => (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('#');

/** Public instance fields: the element's JavaScript properties. */
export const properties = (el: ElementDoc): Member[] => (el.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));

/** Public instance methods. */
export const methods = (el: ElementDoc): Member[] => (el.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));

/** The field an attribute mirrors, when the manifest names one. */
export const fieldOf = (el: ElementDoc, attribute: Attribute): Member | undefined =>
  properties(el).find((m) => (attribute.fieldName ? m.name === attribute.fieldName : m.attribute === attribute.name));

/** Events the manifest documents: named and described (the analyzer also lists `dispatchEvent(new CustomEvent(variable))` calls it cannot name). */
export const events = (el: ElementDoc): Event[] => (el.events ?? []).filter((e) => /^[a-z][\w-]*-[\w-]+$/.test(e.name) && !!e.description);

/** The most precise type the manifest gives: aliases resolved when it has them. */
export const typeOf = (item: { type?: TypeRef; parsedType?: TypeRef } | undefined): TypeRef | undefined => item?.parsedType ?? item?.type;

/** A type as a reader wants it: `undefined` dropped (every attribute is optional). */
export function displayType(type: TypeRef | undefined): string {
  if (!type?.text) return '';
  const members = splitUnion(type.text).filter((t) => t !== 'undefined');
  return members.join(' | ');
}

/** The members of a top-level union (`'a' | 'b' | undefined`), without splitting inside brackets or quotes. */
export function splitUnion(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ('<({['.includes(ch)) depth++;
    else if ('>)}]'.includes(ch)) depth--;
    else if (ch === '|' && depth === 0) {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** The string literals of a type that is a union of string literals (`undefined` aside), else undefined. */
export function literalUnion(type: TypeRef | undefined): string[] | undefined {
  if (!type?.text) return undefined;
  const members = splitUnion(type.text).filter((t) => t !== 'undefined');
  const literals = members.map((t) => /^'([^']*)'$|^"([^"]*)"$/.exec(t)).map((m) => (m ? (m[1] ?? m[2]) : undefined));
  return literals.length && literals.every((l) => l !== undefined) ? literals : undefined;
}

/** What kind of form control an attribute of this type takes. */
export type Control = { kind: 'boolean' } | { kind: 'number' } | { kind: 'choice'; options: string[] } | { kind: 'text' };

export function controlFor(type: TypeRef | undefined): Control {
  const options = literalUnion(type);
  if (options) return { kind: 'choice', options };
  const members = splitUnion(type?.text ?? '').filter((t) => t !== 'undefined');
  if (members.length === 1 && members[0] === 'boolean') return { kind: 'boolean' };
  if (members.length === 1 && members[0] === 'number') return { kind: 'number' };
  return { kind: 'text' };
}

/** The `detail` type of a `CustomEvent<Detail>`, or the event type itself. */
export function detailType(type: TypeRef | undefined): string {
  const text = type?.text ?? '';
  const match = /^CustomEvent<(.+)>$/.exec(text);
  return match ? match[1]! : text === 'CustomEvent' ? '' : text;
}

/** A manifest default as written in the source (`'ascending'`, `false`), quotes kept. */
export const defaultOf = (item: { default?: string } | undefined): string | undefined => item?.default;

/** The first `#rrggbb` in a token's documented default (`#0b6477 / dark #6fd0de` gives the light value). */
export function firstHex(value: string | undefined): string | undefined {
  const match = /#([0-9a-f]{6}|[0-9a-f]{3})\b/i.exec(value ?? '');
  if (!match) return undefined;
  const hex = match[1]!.toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}
