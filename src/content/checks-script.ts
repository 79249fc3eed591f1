/**
 * The entry of dist/widgets/content-checks.js (`vite build --mode content-checks`, run by
 * scripts/build/widgets.mjs): the whole document checks and the loader, for the per-widget scripts,
 * which fetch it when a provider first needs it (./checks.lazy.ts). The whole drop-in carries these
 * itself and never loads this file.
 */
import { CONTENT_CHECKS, type ChecksSlot } from './content-checks.js';
import { load } from './loader.js';
import { validateContent } from './validate.js';

(globalThis as ChecksSlot)[CONTENT_CHECKS] = { validate: validateContent, load };
