// The content entries that each per-widget script (dist/widgets/<tag>.js) renders, and so embeds:
// its widget's `static defaults` (which include those of the widgets it composes). A test
// (tests/content/per-widget-scripts.test.ts) keeps each list equal to its widget's defaults.
import { ContentSchema, type Content } from '../../src/content/schema.ts';

/** Every entry a document has besides `version` and `lang`. */
export const EVERY_ENTRY = (Object.keys(ContentSchema.entries) as (keyof Content)[]).filter(
  (entry) => entry !== 'version' && entry !== 'lang',
);

/** By widget folder name: the entries it renders. */
export const WIDGET_ENTRIES: Record<string, readonly (keyof Content)[]> = {
  'treatment-comparison': ['article', 'treatments'],
  'diet-grid': ['article', 'diet'],
  'guide-section': ['article', 'keyTakeaways', 'sections', 'testimonial', 'facts', 'selfCare'],
  'fibro-guide': EVERY_ENTRY,
  'clinic-hours': ['clinic'],
  'location-card': ['clinic'],
};
