/**
 * The clinic's default content, assembled from `data/*.json` at build time and
 * embedded in the drop-in. It is validated by the build (vite.config.ts) and by
 * a test, so widgets use it as-is at run time.
 */
import article from '../../data/article.json' with { type: 'json' };
import guide from '../../data/guide.json' with { type: 'json' };
import treatments from '../../data/treatments.json' with { type: 'json' };
import diet from '../../data/diet.json' with { type: 'json' };
import clinic from '../../data/clinic.json' with { type: 'json' };
import type { Content } from './schema.js';

export const defaultContent = {
  version: 1,
  lang: 'en',
  article,
  ...guide,
  treatments,
  diet,
  clinic,
} as Content;
