/**
 * The whole default content document, assembled from `data/*.json`: what the
 * drop-in embeds and `dist/propel-content.json` holds.
 */
import { article, clinic, diet, guide, treatments } from './defaults.js';
import type { Content } from './schema.js';

export const defaultContent: Content = { version: 1, lang: 'en', article, ...guide, treatments, diet, clinic };
