// The embedded default of the content's `diet` entry (data/diet.json): one module per data file, so a
// widget imports, and a per-widget bundle ships, only the entries it renders. Validated by the build.
import json from '../../../data/diet.json' with { type: 'json' };
import type { Content } from '../schema.js';

export const diet: Content['diet'] = json;
