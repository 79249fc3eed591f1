/**
 * What `<propel-provider>` checks its `content` property with. Here, in the whole
 * drop-in and the ES modules: every entry (./validate.ts), at once, so `ready` is never called. A
 * per-widget script (dist/widgets/<tag>.js) puts ./checks.lazy.ts in this module's place
 * (vite.config.ts): it fetches the checks when first asked, returns undefined meanwhile, and calls
 * `ready` once it can answer.
 */
import { validateContent, type Validation } from './validate.js';

export const validateProvided: (input: unknown, ready?: () => void) => Validation | undefined = validateContent;
