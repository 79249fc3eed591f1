// The embedded default of the content's `clinic` entry (data/clinic.json): one module per data file, so a
// widget imports, and a per-widget bundle ships, only the entries it renders. Validated by the build.
import json from '../../../data/clinic.json' with { type: 'json' };
import type { Content } from '../schema.js';

export const clinic = json as Content['clinic'];
