// The embedded default of the content's `article` entry: its prose (data/article.json) and its
// attribution (./attribution.ts, the footer's part). One module per data file, so a widget imports,
// and a per-widget script ships, only what it renders. Validated by the build.
import json from '../../../data/article.json' with { type: 'json' };
import type { Content } from '../schema.js';
import { attribution } from './attribution.js';

export const article: Content['article'] = { ...json, ...attribution };
