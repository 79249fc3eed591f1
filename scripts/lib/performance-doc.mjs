// docs/performance.md holds the figures: each tool that measures writes its own section of it, between
// `<!-- NAME:start -->` and `<!-- NAME:end -->`, so that the figures are never copied by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const PERFORMANCE_DOC = 'docs/performance.md';

/** Replaces the section `name` of docs/performance.md with `markdown` (the section must exist). */
export function writeSection(name, markdown) {
  if (!existsSync(PERFORMANCE_DOC)) throw new Error(`${PERFORMANCE_DOC} is missing`);
  const doc = readFileSync(PERFORMANCE_DOC, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${PERFORMANCE_DOC} has no ${start} … ${end} section`);
  const next = `${doc.slice(0, from + start.length)}\n${markdown.trim()}\n${doc.slice(to)}`;
  if (next !== doc) writeFileSync(PERFORMANCE_DOC, next);
}
