/**
 * The clinic's default content, one export per data file, so that a widget
 * imports (and a per-widget bundle ships) only the entries it renders. It is
 * validated by the build (vite.config.ts) and by a test, so widgets use it as-is.
 */
import articleJson from '../../data/article.json' with { type: 'json' };
import guideJson from '../../data/guide.json' with { type: 'json' };
import treatmentsJson from '../../data/treatments.json' with { type: 'json' };
import dietJson from '../../data/diet.json' with { type: 'json' };
import clinicJson from '../../data/clinic.json' with { type: 'json' };
import type { Content } from './schema.js';

export const article = articleJson as Content['article'];
/** The article's prose: key takeaways, sections, testimonial, facts and self-care tips. */
export const guide = guideJson as Pick<Content, 'keyTakeaways' | 'sections' | 'testimonial' | 'facts' | 'selfCare'>;
export const treatments = treatmentsJson as Content['treatments'];
export const diet = dietJson as Content['diet'];
export const clinic = clinicJson as Content['clinic'];
