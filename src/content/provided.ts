/**
 * What `<propel-provider>` (and the loader, for `src`) checks a document with. Here, in the whole
 * drop-in and the ES modules: every entry (./validate.ts). A per-widget script
 * (dist/widgets/<tag>.js) puts ./provided.per-widget.ts in this module's place (vite.config.ts),
 * which checks only the entries its widgets render, so that it carries only their schemas.
 */
export { validateContent as validateProvided } from './validate.js';
