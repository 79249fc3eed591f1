/**
 * propel-widgets: importing this module defines every element.
 * It is also the entry of the drop-in script `dist/propel-widgets.js`.
 */
export { PropelProvider, type PropelContentLoadedDetail, type PropelContentErrorDetail } from './widgets/provider/provider.js';
export {
  PropelTreatmentComparison,
  type PropelSortDetail,
  type PropelFilterDetail,
} from './widgets/treatment-comparison/treatment-comparison.js';
export { PropelDietGrid } from './widgets/diet-grid/diet-grid.js';
export { PropelGuideSection } from './widgets/guide-section/guide-section.js';
export { PropelFibroGuide } from './widgets/fibro-guide/fibro-guide.js';
export { PropelClinicHours, type PropelHoursChangeDetail } from './widgets/clinic-hours/clinic-hours.js';
export { PropelLocationCard } from './widgets/location-card/location-card.js';
export { PropelElement, type Theme } from './core/propel-element.js';
export { define } from './core/define.js';
export { VERSION } from './core/version.js';
export { defaultContent } from './content/default-content.js';
export { ContentSchema, type Content, type Treatment, type TreatmentCategory } from './content/schema.js';
export { validateContent, type Validation } from './content/validate.js';
