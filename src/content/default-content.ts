/**
 * The whole default content document, assembled from `data/*.json`: what the
 * drop-in embeds and `dist/propel-content.json` holds.
 */
import { article } from './defaults/article.js';
import { clinic } from './defaults/clinic.js';
import { diet } from './defaults/diet.js';
import { guide } from './defaults/guide.js';
import { treatments } from './defaults/treatments.js';
import type { Content } from './schema.js';

export const defaultContent: Content = { version: 2, lang: 'en', article, ...guide, treatments, diet, clinic };
