/** The whole guide's interface strings (./fibro-guide.ts), in English and Spanish. */
import { COMMON, type Translations } from '../../core/i18n.js';

const en = {
  ...COMMON.en,
  by: 'By',
  contents: 'Contents',
};

export type GuideStrings = typeof en;

export const GUIDE_STRINGS: Translations<GuideStrings> = {
  en,
  es: {
    ...COMMON.es,
    by: 'Por',
    contents: 'Contenido',
  },
};
