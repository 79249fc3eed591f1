/** The comparison's interface strings (./treatment-comparison.ts), in English and Spanish. */
import { COMMON, one, type Translations } from '../../core/i18n.js';

const en = {
  ...COMMON.en,
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
};

export type ComparisonStrings = typeof en;

export const COMPARISON_STRINGS: Translations<ComparisonStrings> = {
  en,
  es: {
    ...COMMON.es,
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
  },
};
