/**
 * What dist/widgets/content-checks.js hands to the per-widget scripts: the document checks and the
 * loader, which a per-widget script fetches only once a provider is given `src` or `content`
 * (./checks.lazy.ts). It registers them on `globalThis` under a key of this version, so every
 * per-widget script of this version on a page shares one copy and one request per URL.
 */
import { VERSION } from '../core/version.js';
import type { Validation } from './entries.js';
import type { load } from './loader.js';

export interface ContentChecks {
  /** Checks a document entry by entry, as the whole drop-in does (./validate.ts). */
  validate: (input: unknown) => Validation;
  /** Fetches a document for `src` and checks it (./loader.ts). */
  load: typeof load;
}

export const CONTENT_CHECKS = Symbol.for(`propel-widgets/content-checks ${VERSION}`);

export type ChecksSlot = { [CONTENT_CHECKS]?: ContentChecks };
