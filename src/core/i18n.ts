/**
 * Interface strings (not content: the content stays in its document's
 * language). English and Spanish; `strings(locale)` picks by the language
 * subtag and falls back to English.
 */

/** English and Spanish use the singular for exactly one and the plural for every other count: no Intl needed. */
const one = (count: number) => count === 1;

const en = {
  columns: { treatment: 'Treatment', benefits: 'Benefits', 'side-effects': 'Potential side effects' },
  directions: { ascending: 'ascending', descending: 'descending' },
  categories: {
    procedure: 'Procedure',
    medication: 'Medication',
    lifestyle: 'Lifestyle',
    alternative: 'Alternative therapy',
  },
  sortHint: 'Select a column header to sort the table.',
  sortBy: 'Sort by',
  sortedBy: (column: string, direction: string) => `Sorted by ${column}, ${direction}.`,
  filterLegend: 'Show',
  filterAll: 'All',
  showing: (count: number) => `Showing ${count} ${one(count) ? 'treatment' : 'treatments'}.`,
  showAll: (count: number) => `Show all ${count.toLocaleString('en')} treatments`,
  examples: 'e.g.',
  featured: 'Featured',
  noTreatments: 'No treatments to show. Check the treatments attribute for valid ids.',
  noGroups: 'No food groups to show. Check the groups attribute for valid ids.',
  noSection: 'This part of the guide is not available.',
  contentError: 'This information could not be loaded. Please try again later.',
  renderError: 'This information cannot be shown right now.',
  source: 'Source:',
  serving: 'Serving',
  by: 'By',
  contents: 'Contents',
  updated: 'Updated',
  // Opening hours (badge, week table, location card).
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
  getDirections: 'Get directions',
  weeklyHours: 'Weekly hours',
  serviceAreas: 'Areas we serve',
};

export type Strings = typeof en;

/** Spanish hours read "a la 1" but "a las 9". */
const at = (time: string) => `${/^1\D/.test(time) ? 'a la' : 'a las'} ${time}`;

const es: Strings = {
  columns: { treatment: 'Tratamiento', benefits: 'Beneficios', 'side-effects': 'Posibles efectos secundarios' },
  directions: { ascending: 'ascendente', descending: 'descendente' },
  categories: {
    procedure: 'Procedimiento',
    medication: 'Medicamento',
    lifestyle: 'Estilo de vida',
    alternative: 'Terapia alternativa',
  },
  sortHint: 'Seleccione el encabezado de una columna para ordenar la tabla.',
  sortBy: 'Ordenar por',
  sortedBy: (column, direction) => `Ordenado por ${column}, ${direction}.`,
  filterLegend: 'Mostrar',
  filterAll: 'Todos',
  showing: (count) => `Se muestran ${count} ${one(count) ? 'tratamiento' : 'tratamientos'}.`,
  showAll: (count) => `Mostrar los ${count.toLocaleString('es')} tratamientos`,
  examples: 'p. ej.',
  featured: 'Destacado',
  noTreatments: 'No hay tratamientos que mostrar. Revise los identificadores del atributo treatments.',
  noGroups: 'No hay grupos de alimentos que mostrar. Revise los identificadores del atributo groups.',
  noSection: 'Esta parte de la guía no está disponible.',
  contentError: 'No se pudo cargar esta información. Inténtelo de nuevo más tarde.',
  renderError: 'Esta información no se puede mostrar en este momento.',
  source: 'Fuente:',
  serving: 'Atendemos',
  by: 'Por',
  contents: 'Contenido',
  updated: 'Actualizado',
  open: 'Abierto ahora',
  closingSoon: 'Cierra pronto',
  closed: 'Cerrado',
  closedToday: 'Cerrado hoy',
  closesAt: (time) => `cierra ${at(time)}`,
  soonAt: at,
  opensAt: (when) => `abre ${when}`,
  today: (time) => `hoy ${at(time)}`,
  tomorrow: (time) => `mañana ${at(time)}`,
  appointment: (weekday) => `${weekday[0]!.toUpperCase()}${weekday.slice(1)}: con cita`,
  unavailable: 'Horario no disponible',
  hoursLoading: 'Consultando el horario…',
  clinicWebsite: 'consulte el sitio web de la clínica',
  comingUp: 'Próximamente:',
  openingHours: 'Horario de atención',
  // Intl names the zone "hora del Pacífico": a caption of its own.
  timesIn: (zone) => zone[0]!.toUpperCase() + zone.slice(1),
  todayMarker: 'Hoy',
  byAppointment: 'Con cita',
  yourTime: (time) => `${time} en su hora local`,
  getDirections: 'Cómo llegar',
  weeklyHours: 'Horario semanal',
  serviceAreas: 'Zonas que atendemos',
};

/** The strings for a BCP 47 locale: Spanish for `es` and `es-*`, else English. */
export function strings(locale?: string): Strings {
  return /^es\b/i.test(locale ?? '') ? es : en;
}
