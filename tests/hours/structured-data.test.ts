import { expect } from '@open-wc/testing';
import { defaultContent } from '../../src/content/default-content.js';
import { SERVICE_AREAS } from '../fixtures/article-facts.js';
import type { Clinic } from '../../src/content/schema.js';
import { clinicJsonLd, ensureJsonLd } from '../../src/widgets/clinic-hours/structured-data.js';

const clinic = defaultContent.clinic;
const SELECTOR = 'script[type="application/ld+json"][data-propel-clinic]';
const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

const place = (name: string) => ({ '@type': 'Place', name });

/** The default clinic's JSON-LD, keys in the order they are written. */
const expected = {
  '@context': 'https://schema.org',
  '@type': 'MedicalClinic',
  name: 'Propel Therapeutics',
  url: 'https://www.propeltherapeutics.com/',
  description:
    'Providing Ketamine-Assisted Psychotherapy and Ketamine Infusions In Sacramento, California. Some Saturdays by appointment only',
  address: {
    '@type': 'PostalAddress',
    streetAddress: '1010 Hurley Way, Suite 140',
    addressLocality: 'Sacramento',
    addressRegion: 'CA',
    postalCode: '95825',
    addressCountry: 'US',
  },
  areaServed: SERVICE_AREAS.map(place),
  openingHoursSpecification: [
    {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      opens: '09:00',
      closes: '19:00',
    },
  ],
  specialOpeningHoursSpecification: [],
};

/** The default clinic with other weekly rules and exceptions. */
function withHours(hours: Partial<Clinic['hours']>): Clinic {
  const copy = structuredClone(clinic);
  Object.assign(copy.hours, hours);
  return copy;
}

describe('clinicJsonLd', () => {
  it('describes the default clinic as a schema.org MedicalClinic', () => {
    const ld = clinicJsonLd(clinic);
    expect(ld).to.deep.equal(expected);
    // Same keys in the same order: the page's JSON text does not change.
    expect(JSON.stringify(ld)).to.equal(JSON.stringify(expected));
  });

  it('keeps appointment-only Saturdays out of the opening hours, in the description', () => {
    const ld = clinicJsonLd(clinic) as typeof expected;
    expect(ld.description).to.contain(clinic.tagline!).and.contain('Some Saturdays by appointment only');
    expect(ld.areaServed).to.have.length(13);
    expect(ld.openingHoursSpecification.flatMap((s) => s.dayOfWeek)).not.to.include('Saturday');
  });

  it('names every day of the week in English', () => {
    const ld = clinicJsonLd(
      withHours({
        weekly: [
          { days: ['sun', 'mon', 'tue', 'wed'], status: 'open', opens: '08:00', closes: '12:00' },
          { days: ['thu', 'fri', 'sat'], status: 'open', opens: '13:00', closes: '24:00' },
        ],
      }),
    ) as typeof expected;
    expect(ld.openingHoursSpecification).to.deep.equal([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Sunday', 'Monday', 'Tuesday', 'Wednesday'], opens: '08:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Thursday', 'Friday', 'Saturday'], opens: '13:00', closes: '24:00' },
    ]);
    expect(ld.description).to.equal(clinic.tagline);
  });

  it('lists closures and special hours, not appointment-only exceptions', () => {
    const ld = clinicJsonLd(
      withHours({
        exceptions: [
          { from: '2026-12-25', through: '2027-01-01', status: 'closed', note: 'Holiday break' },
          { from: '2026-11-26', status: 'closed', note: 'Thanksgiving' },
          { from: '2026-12-24', status: 'open', opens: '09:00', closes: '13:00', note: 'Christmas Eve' },
          { from: '2026-08-10', through: '2026-08-12', status: 'appointment', opens: '10:00', closes: '16:00' },
        ],
      }),
    );
    const spec = (validFrom: string, validThrough: string, opens: string, closes: string) => ({
      '@type': 'OpeningHoursSpecification',
      validFrom,
      validThrough,
      opens,
      closes,
    });
    expect(ld.specialOpeningHoursSpecification).to.deep.equal([
      // schema.org: a closed day opens and closes at midnight.
      spec('2026-12-25', '2027-01-01', '00:00', '00:00'),
      spec('2026-11-26', '2026-11-26', '00:00', '00:00'),
      spec('2026-12-24', '2026-12-24', '09:00', '13:00'),
    ]);
  });

  it('gives each interval of a split day its own OpeningHoursSpecification', () => {
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
    const ld = clinicJsonLd(
      withHours({
        weekly: [
          { days: [...weekdays], status: 'open', opens: '09:00', closes: '12:00' },
          { days: [...weekdays], status: 'open', opens: '13:00', closes: '19:00' },
          { days: ['sat'], status: 'appointment', note: 'Some Saturdays by appointment only' },
        ],
      }),
    ) as typeof expected;
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
    expect(ld.openingHoursSpecification).to.deep.equal([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens: '09:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens: '13:00', closes: '19:00' },
    ]);
  });

  it('keeps a night past midnight as closes before opens, as schema.org reads it', () => {
    const ld = clinicJsonLd(
      withHours({ weekly: [{ days: ['fri', 'sat'], status: 'open', opens: '18:00', closes: '02:00' }] }),
    ) as typeof expected;
    expect(ld.openingHoursSpecification).to.deep.equal([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Friday', 'Saturday'], opens: '18:00', closes: '02:00' },
    ]);
  });

  describe('yearly and temporary closures', () => {
    const hours = {
      exceptions: [
        { from: '12-25', status: 'closed' as const, note: 'Christmas Day' },
        { from: '12-31', through: '01-01', status: 'closed' as const, note: 'New Year' },
        { from: '2026-03-06', through: '2026-03-09', status: 'closed' as const, note: 'Renovation' },
        { from: '07-03', status: 'open' as const, opens: '09:00', closes: '13:00' },
      ],
    };
    const spec = (validFrom: string, validThrough: string, opens = '00:00', closes = '00:00') => ({
      '@type': 'OpeningHoursSpecification',
      validFrom,
      validThrough,
      opens,
      closes,
    });
    const cases: Array<[string, string, unknown[]]> = [
      [
        'in June 2026: the coming occurrences',
        '2026-06-01T19:00:00Z',
        [
          spec('2026-12-25', '2026-12-25'),
          spec('2026-12-31', '2027-01-01'),
          spec('2026-03-06', '2026-03-09'),
          spec('2026-07-03', '2026-07-03', '09:00', '13:00'),
        ],
      ],
      // 23:59 on December 25 in Los Angeles (already the 26th in UTC): still this year's.
      [
        'on Christmas night, clinic time',
        '2026-12-26T07:59:00Z',
        [
          spec('2026-12-25', '2026-12-25'),
          spec('2026-12-31', '2027-01-01'),
          spec('2026-03-06', '2026-03-09'),
          spec('2027-07-03', '2027-07-03', '09:00', '13:00'),
        ],
      ],
      [
        'the day after Christmas: next year’s',
        '2026-12-26T08:00:00Z',
        [
          spec('2027-12-25', '2027-12-25'),
          spec('2026-12-31', '2027-01-01'),
          spec('2026-03-06', '2026-03-09'),
          spec('2027-07-03', '2027-07-03', '09:00', '13:00'),
        ],
      ],
      [
        'on New Year’s Day, the range over the year end is still on',
        '2027-01-01T20:00:00Z',
        [
          spec('2027-12-25', '2027-12-25'),
          spec('2026-12-31', '2027-01-01'),
          spec('2026-03-06', '2026-03-09'),
          spec('2027-07-03', '2027-07-03', '09:00', '13:00'),
        ],
      ],
    ];
    for (const [label, now, specs] of cases) {
      it(label, () => expect(clinicJsonLd(withHours(hours), new Date(now)).specialOpeningHoursSpecification).to.deep.equal(specs));
    }
  });

  it('leaves out a missing unit and tagline', () => {
    const copy = structuredClone(clinic);
    delete copy.address.unit;
    delete copy.tagline;
    const ld = clinicJsonLd(copy) as typeof expected;
    expect(ld.address.streetAddress).to.equal('1010 Hurley Way');
    expect(ld.description).to.equal('Some Saturdays by appointment only');
  });
});

describe('ensureJsonLd', () => {
  afterEach(() => {
    for (const script of scripts()) script.remove();
  });

  it('writes one JSON-LD script into the head, however often it is called', () => {
    const first = ensureJsonLd(clinic);
    ensureJsonLd(clinic);
    ensureJsonLd(structuredClone(clinic));
    expect(scripts()).to.deep.equal([first]);
    expect(document.head.querySelectorAll(SELECTOR)).to.have.length(1);
    expect(first.parentNode).to.equal(document.head);
    expect(first.type).to.equal('application/ld+json');
    expect(first.hasAttribute('data-propel-clinic')).to.equal(true);
    expect(JSON.parse(first.textContent)).to.deep.equal(expected);
  });

  it('leaves the text alone while the clinic is the same', async () => {
    const script = ensureJsonLd(clinic);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(script, { childList: true, characterData: true, subtree: true });
    ensureJsonLd(structuredClone(clinic));
    await Promise.resolve();
    observer.disconnect();
    expect(records).to.have.length(0);
  });

  it('refreshes the text when the clinic changes', () => {
    const script = ensureJsonLd(clinic);
    const moved = structuredClone(clinic);
    moved.name = 'Propel Therapeutics Davis';
    moved.hours.exceptions = [{ from: '2026-11-26', status: 'closed' }];
    expect(ensureJsonLd(moved)).to.equal(script);
    expect(scripts()).to.have.length(1);
    const ld = JSON.parse(script.textContent);
    expect(ld).to.deep.equal(clinicJsonLd(moved));
    expect(ld.name).to.equal('Propel Therapeutics Davis');
    expect(ld.specialOpeningHoursSpecification).to.have.length(1);
    ensureJsonLd(clinic);
    expect(JSON.parse(script.textContent)).to.deep.equal(expected);
  });

  it('keeps a "</script>" in any content string from ending the script element', () => {
    const evil = structuredClone(clinic);
    evil.name = 'Propel </script><script id="injected">alert(1)</script>';
    evil.hours.exceptions = [{ from: '12-25', status: 'closed', note: '</SCRIPT><!-- x' }];
    const script = ensureJsonLd(evil);
    expect(script.textContent).not.to.contain('<');
    expect(script.textContent).to.contain('\\u003c/script>');
    const ld = JSON.parse(script.textContent);
    expect(ld.name, 'the data is unchanged').to.equal(evil.name);
    // Serialized (as a prerendered page would be) and parsed again: still one script, no other element.
    const page = new DOMParser().parseFromString(`<!doctype html><head>${script.outerHTML}</head>`, 'text/html');
    expect(page.querySelectorAll('script')).to.have.length(1);
    expect(page.getElementById('injected')).to.equal(null);
    expect(JSON.parse(page.querySelector('script')!.textContent)).to.deep.equal(ld);
  });

  it('reuses a script already in the page', () => {
    const existing = document.createElement('script');
    existing.type = 'application/ld+json';
    existing.dataset.propelClinic = '';
    document.head.append(existing);
    expect(ensureJsonLd(clinic)).to.equal(existing);
    expect(scripts()).to.have.length(1);
    expect(JSON.parse(existing.textContent)).to.deep.equal(expected);
  });
});
