/** The guide section's interface strings (./guide-section.ts), in English and Spanish. */
import { COMMON, type Translations } from '../../core/i18n.js';

const en = {
  ...COMMON.en,
  noSection: 'This part of the guide is not available.',
};

export type SectionStrings = typeof en;

export const SECTION_STRINGS: Translations<SectionStrings> = {
  en,
  es: {
    ...COMMON.es,
    noSection: 'Esta parte de la guía no está disponible.',
  },
};
