// The embedded default of the article's prose (data/guide.json): key takeaways, sections, testimonial,
// facts and self-care tips. One module per data file, so a per-widget bundle ships only what it renders.
import json from '../../../data/guide.json' with { type: 'json' };
import type { Content } from '../schema.js';

export const guide = json as Pick<Content, 'keyTakeaways' | 'sections' | 'testimonial' | 'facts' | 'selfCare'>;
