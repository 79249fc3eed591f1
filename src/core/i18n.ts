/**
 * Interface strings (not content). English is the only language shipped;
 * `strings()` is the one seam where another language would plug in.
 */
const en = {
  columns: { treatment: 'Treatment', benefits: 'Benefits', 'side-effects': 'Potential side effects' },
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
  showing: (count: number) => `Showing ${count} ${count === 1 ? 'treatment' : 'treatments'}.`,
  examples: 'e.g.',
  featured: 'Featured',
  noTreatments: 'No treatments to show. Check the treatments attribute for valid ids.',
  noGroups: 'No food groups to show. Check the groups attribute for valid ids.',
  noSection: 'This part of the guide is not available.',
  contentError: 'This information could not be loaded. Please try again later.',
  renderError: 'This information cannot be shown right now.',
  source: 'Source:',
  hours: 'Hours:',
  serving: 'Serving',
  by: 'By',
  contents: 'Contents',
  updated: 'Updated',
};

export type Strings = typeof en;

export function strings(_locale?: string): Strings {
  return en;
}
