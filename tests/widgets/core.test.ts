import { expect, html } from '@open-wc/testing';
import { fixture } from '../helpers.js';
import sinon from 'sinon';
import pkg from '../../package.json';
import { define } from '../../src/core/define.js';
import { addressLines, closestLang, formatDate, formatList, formatterKey, parseIdList, safeLocale } from '../../src/core/format.js';
import { PREFORMATTED } from '../../src/core/preformatted.js';
import { safeHref } from '../../src/core/url.js';
import { VERSION } from '../../src/core/version.js';
import { warnOnce } from '../../src/core/warn.js';
import { PropelTreatmentComparison } from '../../src/index.js';

describe('parseIdList', () => {
  const cases: Array<[string | null | undefined, string[] | undefined]> = [
    [null, undefined],
    [undefined, undefined],
    ['', []],
    [' , ,', []],
    ['exercise', ['exercise']],
    ['exercise,ketamine-therapy', ['exercise', 'ketamine-therapy']],
    [' Exercise ,  KETAMINE-therapy ', ['exercise', 'ketamine-therapy']],
    ['a,b,a,c,b', ['a', 'b', 'c']],
    ['a,,b', ['a', 'b']],
  ];
  for (const [input, expected] of cases) {
    it(`parses ${JSON.stringify(input)}`, () => expect(parseIdList(input)).to.deep.equal(expected));
  }
});

describe('safeHref', () => {
  const cases: Array<[string | undefined, string | undefined]> = [
    ['https://www.propeltherapeutics.com/', 'https://www.propeltherapeutics.com/'],
    ['http://example.com/a?b=c', 'http://example.com/a?b=c'],
    ['mailto:hello@example.com', 'mailto:hello@example.com'],
    ['tel:+19165550100', 'tel:+19165550100'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['vbscript:msgbox', undefined],
    ['/relative/path', undefined],
    ['not a url', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(safeHref(input)).to.equal(expected));
  }
});

describe('formatDate and safeLocale', () => {
  const cases: Array<[string, string, string]> = [
    ['2024-10-01', 'en', 'October 1, 2024'],
    ['2024-10-01', 'en-GB', '1 October 2024'],
    ['2024-10-01', 'de', '1. Oktober 2024'],
    ['2024-12-31', 'en', 'December 31, 2024'],
    ['2024-01-01', 'en-US', 'January 1, 2024'],
    ['not-a-date', 'en', 'not-a-date'],
    ['2024-10-01', 'xx-invalid-!!', 'October 1, 2024'],
  ];
  for (const [iso, locale, expected] of cases) {
    it(`${iso} in ${locale} → ${expected}`, () => expect(formatDate(iso, locale)).to.equal(expected));
  }
  it('takes other formats, still reading the date as a calendar day', () => {
    expect(formatDate('2026-11-26', 'en-US', { weekday: 'short', month: 'short', day: 'numeric' })).to.equal('Thu, Nov 26');
    expect(formatDate('2026-11-23', 'en-US', { weekday: 'long' })).to.equal('Monday');
    expect(formatDate('2026-11-23', 'de', { weekday: 'long' })).to.equal('Montag');
  });
  it('falls back to en for an empty or invalid locale', () => {
    expect(safeLocale(undefined)).to.equal('en');
    expect(safeLocale('')).to.equal('en');
    expect(safeLocale('en_US!!')).to.equal('en');
    expect(safeLocale('EN-gb')).to.equal('en-GB');
  });
});

describe('closestLang', () => {
  it('finds the closest lang, crossing shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fr"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    expect(closestLang(inner)).to.equal('fr');
    host.setAttribute('lang', 'de');
    expect(closestLang(inner)).to.equal('de');
    expect(closestLang(document.createElement('i'))).to.equal(undefined);
  });
});

describe('define guard', () => {
  afterEach(() => sinon.restore());

  it('keeps the library version equal to package.json', () => {
    expect(VERSION).to.equal(pkg.version);
  });

  it('defines a new tag', () => {
    class Fresh extends HTMLElement {}
    define('propel-test-fresh', Fresh);
    expect(customElements.get('propel-test-fresh')).to.equal(Fresh);
  });

  it('stays silent when the same version defines a tag again (drop-in loaded twice)', () => {
    const warn = sinon.stub(console, 'warn');
    class SecondCopy extends PropelTreatmentComparison {}
    expect(() => define('propel-treatment-comparison', SecondCopy)).not.to.throw();
    expect(() => define('propel-treatment-comparison', PropelTreatmentComparison)).not.to.throw();
    expect(warn.callCount).to.equal(0);
    expect(customElements.get('propel-treatment-comparison')).to.equal(PropelTreatmentComparison);
  });

  it('warns once when another version or a foreign class holds the tag, and never throws', () => {
    const warn = sinon.stub(console, 'warn');
    class Foreign extends HTMLElement {}
    class OtherVersion extends HTMLElement {
      static propelVersion = '0.0.1';
    }
    customElements.define('propel-test-taken', Foreign);
    customElements.define('propel-test-old', OtherVersion);
    class Mine extends HTMLElement {}
    define('propel-test-taken', Mine);
    define('propel-test-taken', Mine);
    define('propel-test-old', Mine);
    expect(warn.callCount).to.equal(2);
    expect(warn.firstCall.args[0]).to.contain('<propel-test-taken> is already defined by another script');
    expect(warn.secondCall.args[0]).to.contain('propel-widgets 0.0.1');
    expect(customElements.get('propel-test-taken')).to.equal(Foreign);
  });

  it('turns an invalid tag name into a warning instead of an exception', () => {
    const warn = sinon.stub(console, 'warn');
    expect(() => define('NotValid', class extends HTMLElement {})).not.to.throw();
    expect(warn.callCount).to.equal(1);
  });
});

describe('warnOnce', () => {
  afterEach(() => sinon.restore());
  it('warns once per owner and message', () => {
    const warn = sinon.stub(console, 'warn');
    const a = {};
    const b = {};
    warnOnce(a, 'x');
    warnOnce(a, 'x');
    warnOnce(a, 'y');
    warnOnce(b, 'x');
    expect(warn.args.map((args) => args[0])).to.deep.equal(['[propel-widgets] x', '[propel-widgets] y', '[propel-widgets] x']);
  });
});

describe('addressLines', () => {
  const cases: Array<[Parameters<typeof addressLines>[0], [string, string]]> = [
    [
      { street: '1010 Hurley Way', unit: 'Suite 140', locality: 'Sacramento', region: 'CA', postalCode: '95825' },
      ['1010 Hurley Way, Suite 140', 'Sacramento, CA 95825'],
    ],
    [{ street: '1 Main St', locality: 'Davis', region: 'CA', postalCode: '95616' }, ['1 Main St', 'Davis, CA 95616']],
  ];
  for (const [address, lines] of cases) it(`writes ${lines.join(' / ')}`, () => expect(addressLines(address)).to.deep.equal(lines));
});

describe('formatList and the build’s preformatted strings', () => {
  afterEach(() => Object.assign(PREFORMATTED, { dates: {}, lists: {}, zones: {} }));

  const cases: Array<[string[], string, Intl.ListFormatType, string]> = [
    [['a'], 'en', 'unit', 'a'],
    [['a', 'b', 'c'], 'en', 'unit', 'a, b, c'],
    [['a', 'b', 'c'], 'en', 'conjunction', 'a, b, and c'],
    [['a', 'b', 'c'], 'es', 'conjunction', 'a, b y c'],
    [['a', 'b'], 'not a locale!', 'conjunction', 'a and b'],
  ];
  for (const [items, locale, type, text] of cases) {
    it(`${locale} ${type}: ${text}`, () => expect(formatList(items, locale, type)).to.equal(text));
  }

  it('takes a date from the table, for en and en-US alike, and asks Intl for other locales', () => {
    PREFORMATTED.dates[formatterKey('date', 'en', { dateStyle: 'long' })] = { '2024-10-01': 'from the table' };
    expect(formatDate('2024-10-01', 'en')).to.equal('from the table');
    expect(formatDate('2024-10-01', 'en-US')).to.equal('from the table');
    expect(formatDate('2024-10-01', 'en-GB')).to.equal('1 October 2024');
    expect(formatDate('2024-10-02', 'en')).to.equal('October 2, 2024');
  });

  it('joins a list with the table’s separator for its formatter only', () => {
    PREFORMATTED.lists[formatterKey('list', 'en', { type: 'unit' })] = ' + ';
    expect(formatList(['a', 'b'], 'en-US', 'unit')).to.equal('a + b');
    expect(formatList(['a', 'b'], 'en', 'conjunction')).to.equal('a and b');
  });
});
