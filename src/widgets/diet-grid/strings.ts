/** The diet grid's interface strings (./diet-grid.ts), in English and Spanish. */
import { COMMON, type Translations } from '../../core/i18n.js';

const en = {
  ...COMMON.en,
  noGroups: 'No food groups to show. Check the groups attribute for valid ids.',
};

export type DietStrings = typeof en;

export const DIET_STRINGS: Translations<DietStrings> = {
  en,
  es: {
    ...COMMON.es,
    noGroups: 'No hay grupos de alimentos que mostrar. Revise los identificadores del atributo groups.',
  },
};
