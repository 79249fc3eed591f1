// The embedded default of the content's `treatments` entry (data/treatments.json): one module per data file, so a
// widget imports, and a per-widget bundle ships, only the entries it renders. Validated by the build.
import json from '../../../data/treatments.json' with { type: 'json' };
import type { Content } from '../schema.js';

export const treatments = json as Content['treatments'];
