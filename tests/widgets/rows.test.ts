import { expect } from '@open-wc/testing';
import { defaultContent } from '../../src/content/default-content.js';
import { pick } from '../../src/core/pick.js';
import {
  categoriesOf,
  filterByCategory,
  isColumn,
  sortRows,
  type Column,
  type Direction,
} from '../../src/widgets/treatment-comparison/rows.js';

const all = defaultContent.treatments.items;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('pick', () => {
  const cases: Array<[string[] | undefined, string[], string[]]> = [
    [undefined, ['ketamine-therapy', 'antidepressants', 'anti-seizure-drugs', 'exercise', 'acupuncture', 'functional-mushrooms'], []],
    [[], [], []],
    [['exercise', 'ketamine-therapy'], ['exercise', 'ketamine-therapy'], []],
    [['reiki', 'exercise', 'yoga'], ['exercise'], ['reiki', 'yoga']],
    [['nope'], [], ['nope']],
  ];
  for (const [input, rows, unknown] of cases) {
    it(`selects ${JSON.stringify(input)}`, () => {
      const result = pick(all, input);
      expect(ids(result.items)).to.deep.equal(rows);
      expect(result.unknown).to.deep.equal(unknown);
    });
  }
});

describe('sortRows', () => {
  const cases: Array<[Column, Direction, string[]]> = [
    [
      'treatment',
      'ascending',
      ['acupuncture', 'anti-seizure-drugs', 'antidepressants', 'exercise', 'functional-mushrooms', 'ketamine-therapy'],
    ],
    [
      'treatment',
      'descending',
      ['ketamine-therapy', 'functional-mushrooms', 'exercise', 'antidepressants', 'anti-seizure-drugs', 'acupuncture'],
    ],
    [
      'benefits',
      'ascending',
      ['exercise', 'anti-seizure-drugs', 'acupuncture', 'antidepressants', 'ketamine-therapy', 'functional-mushrooms'],
    ],
    [
      'side-effects',
      'ascending',
      ['anti-seizure-drugs', 'acupuncture', 'exercise', 'ketamine-therapy', 'functional-mushrooms', 'antidepressants'],
    ],
    [
      'side-effects',
      'descending',
      ['antidepressants', 'functional-mushrooms', 'ketamine-therapy', 'exercise', 'acupuncture', 'anti-seizure-drugs'],
    ],
  ];
  for (const [column, direction, expected] of cases) {
    it(`${column} ${direction}`, () => expect(ids(sortRows(all, column, direction, 'en'))).to.deep.equal(expected));
  }

  it('is stable for equal text in both directions and does not mutate its input', () => {
    const twins = [
      { ...all[0]!, id: 'a', name: 'Same' },
      { ...all[1]!, id: 'b', name: 'same' },
      { ...all[2]!, id: 'c', name: 'Other' },
    ];
    expect(ids(sortRows(twins, 'treatment', 'ascending', 'en'))).to.deep.equal(['c', 'a', 'b']);
    expect(ids(sortRows(twins, 'treatment', 'descending', 'en'))).to.deep.equal(['a', 'b', 'c']);
    expect(ids(twins)).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('categories and filtering', () => {
  it('lists present categories in canonical order', () => {
    expect(categoriesOf(all)).to.deep.equal(['procedure', 'medication', 'lifestyle', 'alternative']);
    expect(categoriesOf(pick(all, ['acupuncture', 'exercise']).items)).to.deep.equal(['lifestyle', 'alternative']);
    expect(categoriesOf([])).to.deep.equal([]);
  });
  const cases: Array<[string, string[]]> = [
    ['', ['ketamine-therapy', 'antidepressants', 'anti-seizure-drugs', 'exercise', 'acupuncture', 'functional-mushrooms']],
    ['medication', ['antidepressants', 'anti-seizure-drugs']],
    ['alternative', ['acupuncture', 'functional-mushrooms']],
    ['procedure', ['ketamine-therapy']],
    ['surgery', []],
  ];
  for (const [category, expected] of cases) {
    it(`filters "${category}"`, () => expect(ids(filterByCategory(all, category))).to.deep.equal(expected));
  }
  it('recognises columns', () => {
    expect(['treatment', 'benefits', 'side-effects', 'price', undefined].map(isColumn)).to.deep.equal([true, true, true, false, false]);
  });
});
