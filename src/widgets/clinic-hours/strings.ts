/**
 * The opening hours' interface strings, in English and Spanish: the badge and the week table
 * (./clinic-hours.ts), the hours in words (./hours.ts) and the coming-up notice (./notice.ts),
 * which the location card shows too.
 */
import { capitalized, COMMON, type Translations } from '../../core/i18n.js';

const en = {
  ...COMMON.en,
  open: 'Open now',
  closingSoon: 'Closing soon',
  closed: 'Closed',
  closedToday: 'Closed today',
  closesAt: (time: string) => `closes ${time}`,
  soonAt: (time: string) => `closes ${time}`,
  opensAt: (when: string) => `opens ${when}`,
  today: (time: string) => `today at ${time}`,
  tomorrow: (time: string) => `tomorrow at ${time}`,
  appointment: (weekday: string) => `${weekday}: by appointment`,
  unavailable: 'Hours unavailable',
  hoursLoading: 'Checking the hours…',
  clinicWebsite: 'see the clinic’s website',
  comingUp: 'Coming up:',
  openingHours: 'Opening hours',
  timesIn: (zone: string) => `Times in ${zone}`,
  todayMarker: 'Today',
  byAppointment: 'By appointment',
  yourTime: (time: string) => `${time} your time`,
};

export type HoursStrings = typeof en;

/** Spanish hours read "a la 1" but "a las 9". */
const at = (time: string) => `${/^1\D/.test(time) ? 'a la' : 'a las'} ${time}`;

export const HOURS_STRINGS: Translations<HoursStrings> = {
  en,
  es: {
    ...COMMON.es,
    open: 'Abierto ahora',
    closingSoon: 'Cierra pronto',
    closed: 'Cerrado',
    closedToday: 'Cerrado hoy',
    closesAt: (time) => `cierra ${at(time)}`,
    soonAt: at,
    opensAt: (when) => `abre ${when}`,
    today: (time) => `hoy ${at(time)}`,
    tomorrow: (time) => `mañana ${at(time)}`,
    appointment: (weekday) => `${capitalized(weekday)}: con cita`,
    unavailable: 'Horario no disponible',
    hoursLoading: 'Consultando el horario…',
    clinicWebsite: 'consulte el sitio web de la clínica',
    comingUp: 'Próximamente:',
    openingHours: 'Horario de atención',
    // Intl names the zone "hora del Pacífico": a caption of its own.
    timesIn: capitalized,
    todayMarker: 'Hoy',
    byAppointment: 'Con cita',
    yourTime: (time) => `${time} en su hora local`,
  },
};
