/** The content document as the editor writes it: the embedded default, pretty-printed JSON, counts in words. */
import { defaultContent } from '../../src/content/default-content.js';
import { cdnBase } from '../../src/core/version.js';

/** The embedded default, as dist/propel-content.json holds it. */
export const defaultDocument = (): typeof defaultContent & { $schema: string } => ({
  $schema: `${cdnBase()}propel-content.schema.json`,
  ...structuredClone(defaultContent),
});

/** The document as the JSON box shows it and the download saves it. */
export const pretty = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;

/** "1 problem", "2 problems". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
