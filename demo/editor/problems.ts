/**
 * Every problem of a content document's text, for the editor: JSON syntax
 * and fields the schema does not know (ignored by the widgets, so usually a
 * typo), which only the editor reports, and the issues of
 * `validateContent` as they are (the schema's and the hours' own rules),
 * each with its path and what it means for the clinic's visitors.
 */
import type { ProvidedEntries } from '../../src/content/fallback.js';
import { ContentSchema } from '../../src/content/schema.js';
import { validateContent } from '../../src/content/validate.js';
import { locate, syntaxProblem, type SyntaxProblem } from './json-text.js';

export type ProblemKind = 'syntax' | 'schema' | 'unknown' | 'hours';

export interface Problem {
  kind: ProblemKind;
  /** Dotted path of the place, e.g. `clinic.hours.weekly.0.opens`; `(root)` for the whole document. */
  path: string;
  /** What is wrong, after the path: `expected an HH:MM time, got "9am"`. */
  message: string;
  /** What it means for the clinic's visitors, in a sentence. */
  visitors: string;
  /** For a syntax error: where it is in the text. */
  syntax?: SyntaxProblem;
}

export interface Check {
  /** The parsed document; undefined when the text is not JSON. */
  doc?: unknown;
  /** The document's usable entries (what the widgets will use). */
  content?: ProvidedEntries;
  problems: Problem[];
}

/** A path's steps: `clinic.hours.weekly.0` is clinic, hours, weekly, 0; `(root)` is none. */
export const steps = (path: string): string[] => (path === '(root)' ? [] : path.split('.'));

/** Checks a document's text. Never throws. */
export function check(text: string): Check {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const syntax = syntaxProblem(text) ?? { offset: text.length, ...endOf(text), message: (error as Error).message };
    const path = `line ${syntax.line}, column ${syntax.column}`;
    return { problems: [{ kind: 'syntax', path, message: syntax.message, visitors: forVisitors('syntax', path), syntax }] };
  }
  const { content, issues } = validateContent(doc);
  const problems: Problem[] = issues.map(({ path, message }) => {
    const kind = path === 'clinic.hours' || path.startsWith('clinic.hours.') ? 'hours' : 'schema';
    return { kind, path, message, visitors: forVisitors(kind, path) };
  });
  problems.push(...unknownFields(doc));
  return { doc, content, problems: inTextOrder(text, problems) };
}

/** Problems in the order of their places in the text (reading order), then as found. */
function inTextOrder(text: string, problems: Problem[]): Problem[] {
  if (problems.length > 50) return problems; // a document that is wrong throughout: finding each place costs more than it helps
  const at = new Map(problems.map((p) => [p, locate(text, steps(p.path))?.start ?? 0]));
  return problems.sort((a, b) => at.get(a)! - at.get(b)!);
}

/** What the built-in version of each top-level entry is shown in. */
const SHOWN_IN: Record<string, string> = {
  article: 'the guide would show its built-in title, author and date',
  keyTakeaways: 'the key takeaways would show the built-in version',
  sections: 'the guide sections would show the built-in version',
  testimonial: 'the testimonial would show the built-in version',
  treatments: 'the comparison would show the built-in version',
  facts: 'the facts would show the built-in version',
  diet: 'the diet grid would show the built-in version',
  selfCare: 'the self-care list would show the built-in version',
  lang: 'the widgets would use their built-in language (English)',
};

const NOTHING_USABLE =
  "Nothing in the document would be used: visitors would see 'Hours unavailable' and the built-in text everywhere else";

/**
 * What a problem at `path` means for the clinic's visitors, following the
 * fallback rule (src/content/fallback.ts): the hours and the address never
 * fall back; everything else shows the built-in version.
 */
export function forVisitors(kind: ProblemKind, path: string): string {
  const [top = '', field = ''] = path.split('.');
  if (kind === 'syntax' || path === '(root)' || top === 'version') return `${NOTHING_USABLE}.`;
  if (kind === 'unknown') return 'Nothing changes for visitors: the widgets ignore this field, so what you meant to set here is not used.';
  if (top === 'clinic') {
    if (!field)
      return "Visitors would see 'Hours unavailable' instead of your hours, and your address would be left out of the location card.";
    if (field === 'hours')
      return "Visitors would see 'Hours unavailable' instead of your hours (on the badge, the week, the location card and the guide).";
    if (field === 'address') return 'Your address would be left out of the location card and the guide.';
    return `The location card would show the built-in ${field === 'serviceAreas' ? 'service areas' : field === 'cta' ? 'button' : field} instead.`;
  }
  const shown = SHOWN_IN[top];
  return shown ? `${shown[0]!.toUpperCase()}${shown.slice(1)} instead.` : 'The widgets would ignore this part.';
}

const endOf = (text: string) => {
  const lines = text.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
};

// ——— Fields the schema does not know ———

/** Just what the walk needs of a valibot schema. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  /** A piped schema: its steps (the object schema may sit behind a guard). */
  pipe?: SchemaNode[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Keys the schema has no entry for: valibot drops them silently, so a misspelt "opnes" would just vanish. */
export function unknownFields(doc: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, schema: SchemaNode, path: string[]) => {
    if (schema.wrapped) return walk(value, schema.wrapped, path);
    const inner = !schema.entries && !schema.item && schema.pipe?.find((step) => step.entries || step.item);
    if (inner) return walk(value, inner, path);
    if (schema.type === 'object' && schema.entries && isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        const entry = schema.entries[key];
        if (entry) walk(child, entry, [...path, key]);
        else if (!(path.length === 0 && key === '$schema')) {
          const near = closest(key, Object.keys(schema.entries));
          problems.push({
            kind: 'unknown',
            path: [...path, key].join('.'),
            visitors: forVisitors('unknown', ''),
            message: `not a field the widgets know, so it is ignored${near ? `; did you mean "${near}"?` : ''}`,
          });
        }
      }
    }
    if (schema.type === 'array' && schema.item && Array.isArray(value))
      value.forEach((child, i) => walk(child, schema.item!, [...path, String(i)]));
  };
  walk(doc, ContentSchema as unknown as SchemaNode, []);
  return problems;
}

/** The known name within two edits of a misspelt one (case aside), if any. */
function closest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
