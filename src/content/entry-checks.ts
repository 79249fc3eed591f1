/**
 * Each top-level entry's check, exported under the entry's name, for the per-widget scripts: the
 * entry module that vite.config.ts writes for one imports its entries' checks by name (and so only
 * theirs) and registers them (./provided.per-widget.ts).
 */
export {
  ArticleSchema as article,
  KeyTakeawaysSchema as keyTakeaways,
  SectionsSchema as sections,
  TestimonialSchema as testimonial,
  TreatmentsSchema as treatments,
  FactsSchema as facts,
  DietSchema as diet,
  SelfCareSchema as selfCare,
} from './schema.js';
export { checkClinic as clinic } from './clinic-check.js';
