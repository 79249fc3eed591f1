// The embedded default of the article's attribution (data/attribution.json): the publisher, the updated
// date and the disclaimer, which every widget's footer shows. A widget that shows nothing else of the
// article (the comparison, the diet grid) embeds only these as its `article` default, so a per-widget
// script does not carry the article's prose. Validated by the build, as part of `article`.
import json from '../../../data/attribution.json' with { type: 'json' };
import type { Attribution } from '../fallback.js';

export const attribution: Attribution = json;
