/**
 * A per-widget script's `validateProvided` (vite.config.ts puts this module in the place of
 * ./provided.ts in `--mode widget:<name>`): a provider checks `version`, `lang` and the entries that
 * the script's widgets render, which the script registers (`checkEntry`, in the entry module that
 * vite.config.ts writes from scripts/build/widget-entries.ts). The document's other entries are
 * ignored, neither used nor reported: the comparison's script checks `treatments` and the footer's
 * `article`, and carries neither the other entries' schemas nor the hours' checks.
 *
 * The registered checks are shared by the per-widget scripts of this version on one page, as the
 * contexts' keys are: the page's `<propel-provider>` is the first script's, so with the comparison's
 * snippet and the clinic hours' snippet on one page, the comparison's provider checks the clinic too.
 */
import { VERSION } from '../core/version.js';
import { validateEntries, type EntryCheck } from './entries.js';
import type { validateProvided as validateEvery } from './provided.js';
import { LangSchema, VersionSchema, type Content } from './schema.js';
import { ENTRIES } from './vocabulary.js';

type Registered = Map<keyof Content, EntryCheck>;

const registered: Registered = ((globalThis as { [key: symbol]: Registered | undefined })[
  Symbol.for(`propel-widgets/entry-checks ${VERSION}`)
] ??= new Map<keyof Content, EntryCheck>([
  ['version', VersionSchema],
  ['lang', LangSchema],
]));

/** Registers the check of an entry this script renders: its schema, or a check of its own (the clinic's). */
export function checkEntry(key: keyof Content, check: EntryCheck): void {
  registered.set(key, check);
}

export const validateProvided: typeof validateEvery = (input) =>
  validateEntries(
    input,
    ENTRIES.flatMap((key) => {
      const check = registered.get(key);
      return check ? [[key, check] as const] : [];
    }),
  );
