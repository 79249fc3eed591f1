/** The location card's interface strings (./location-card.ts), in English and Spanish; its hours use the hours' own. */
import { COMMON, type Translations } from '../../core/i18n.js';

const en = {
  ...COMMON.en,
  getDirections: 'Get directions',
  weeklyHours: 'Weekly hours',
  serviceAreas: 'Areas we serve',
};

export type LocationStrings = typeof en;

export const LOCATION_STRINGS: Translations<LocationStrings> = {
  en,
  es: {
    ...COMMON.es,
    getDirections: 'Cómo llegar',
    weeklyHours: 'Horario semanal',
    serviceAreas: 'Zonas que atendemos',
  },
};
