import { expect } from '@open-wc/testing';
import { defaultContent } from '../../src/content/default-content.js';
import { issueText, type ContentIssue } from '../../src/content/issues.js';
import type { Clinic } from '../../src/content/schema.js';
import { validateContent } from '../../src/content/validate.js';

const clone = () => structuredClone(defaultContent) as unknown as Record<string, any>;

describe('default content', () => {
  it('is a valid content document', () => {
    const result = validateContent(defaultContent);
    expect(result.issues.map(issueText).join('\n')).to.equal('');
    expect(result.content).to.deep.equal(defaultContent);
  });

  it('has the six treatments under their fixed ids, with categories and examples', () => {
    const items = defaultContent.treatments.items;
    expect(items.map((t) => t.id)).to.deep.equal([
      'ketamine-therapy',
      'antidepressants',
      'anti-seizure-drugs',
      'exercise',
      'acupuncture',
      'functional-mushrooms',
    ]);
    expect(items.map((t) => t.category)).to.deep.equal([
      'procedure',
      'medication',
      'medication',
      'lifestyle',
      'alternative',
      'alternative',
    ]);
    expect(items[1]!.examples).to.deep.equal(['amitriptyline', 'duloxetine']);
    expect(items[2]!.examples).to.deep.equal(['pregabalin', 'gabapentin']);
    expect(items[5]!.examples).to.deep.equal(['reishi', "lion's mane"]);
  });

  it('holds the article metadata, the clinic and its hours', () => {
    const { article, clinic } = defaultContent;
    expect(article.title).to.equal("Fibromyalgia Treatment: Ketamine's Promise & More");
    expect(article.author).to.equal('Dr. Peeva');
    expect(article.updated).to.equal('2024-10-01');
    expect(clinic.address).to.deep.include({
      street: '1010 Hurley Way',
      unit: 'Suite 140',
      locality: 'Sacramento',
      region: 'CA',
      postalCode: '95825',
    });
    expect(clinic.serviceAreas).to.have.length(13);
    expect(clinic.serviceAreas[0]).to.equal('Sacramento');
    expect(clinic.serviceAreas[12]).to.equal('Granite Bay');
    expect(clinic.hours.timeZone).to.equal('America/Los_Angeles');
    expect(clinic.hours.weekly).to.deep.equal([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], status: 'open', opens: '09:00', closes: '19:00' },
      { days: ['sat'], status: 'appointment', note: 'Some Saturdays by appointment only' },
    ]);
  });

  it('holds every section of the article in order', () => {
    expect(defaultContent.keyTakeaways.items).to.have.length(5);
    expect(defaultContent.sections.map((s) => s.id)).to.deep.equal([
      'understanding',
      'ketamine',
      'lifestyle',
      'medications',
      'alternative-therapies',
      'mental-health',
      'sleep',
      'outlook',
    ]);
    expect(defaultContent.facts.items.map((f) => f.source)).to.deep.equal([
      'National Fibromyalgia Association',
      'Mayo Clinic',
      'Arthritis Foundation',
      'National Center for Complementary and Integrative Health (NCCIH)',
      'Centers for Disease Control and Prevention (CDC)',
    ]);
    expect(defaultContent.diet.items.map((g) => g.name)).to.deep.equal([
      'Anti-inflammatory Foods',
      'Lean Proteins',
      'Whole Grains',
      'Healthy Fats',
      'Hydration',
    ]);
    expect(defaultContent.selfCare.items.map((t) => t.term)).to.deep.equal([
      'Stay Active',
      'Practice Mindfulness',
      'Maintain a Healthy Diet',
      'Prioritize Sleep',
      'Seek Support',
    ]);
    expect(defaultContent.testimonial.quote).to.match(/^I had a magical experience/);
  });
});

describe('validateContent', () => {
  const text = (issue: ContentIssue | undefined) => issue && issueText(issue);
  // [case, break the document, the first issue, the entry left out (undefined: the whole document is unusable)]
  const cases: Array<[string, (c: Record<string, any>) => unknown, string, string | undefined]> = [
    ['a non-object', () => 'hello', '(root): expected a content document (a JSON object), got "hello"', undefined],
    ['null', () => null, '(root): expected a content document (a JSON object), got null', undefined],
    ['an array', () => [1], '(root): expected a content document (a JSON object), got an array', undefined],
    ['a missing treatments block', (c) => (delete c.treatments, c), 'treatments: expected an object, got nothing', 'treatments'],
    [
      'an empty treatment name',
      (c) => ((c.treatments.items[0].name = ''), c),
      'treatments.items.0.name: expected a non-empty string, got ""',
      'treatments',
    ],
    [
      'a missing key',
      (c) => (delete c.treatments.items[0].name, c),
      'treatments.items.0.name: expected a value, got nothing',
      'treatments',
    ],
    [
      'an unknown category',
      (c) => ((c.treatments.items[2].category = 'surgery'), c),
      'treatments.items.2.category: expected one of procedure, medication, lifestyle, alternative, got "surgery"',
      'treatments',
    ],
    [
      'a bad id',
      (c) => ((c.treatments.items[1].id = 'Not An Id'), c),
      'treatments.items.1.id: expected a kebab-case id, got "Not An Id"',
      'treatments',
    ],
    ['a malformed date', (c) => ((c.article.updated = 'Oct 1'), c), 'article.updated: expected a YYYY-MM-DD date, got "Oct 1"', 'article'],
    ['a number for a string', (c) => ((c.diet.heading = 5), c), 'diet.heading: expected a string, got 5', 'diet'],
    ['a version it does not read', (c) => ((c.version = 3), c), 'version: expected one of 1, 2, got 3', undefined],
  ];
  for (const [name, breakIt, issue, entry] of cases) {
    it(`reports ${name} by its path, and leaves out ${entry ?? 'the whole document'}`, () => {
      const result = validateContent(breakIt(clone()));
      expect(text(result.issues[0])).to.equal(issue);
      if (!entry) return expect(result.content).to.be.undefined;
      expect(result.content).to.not.have.property(entry);
      // Every other entry is kept, unchanged.
      const rest = Object.keys(defaultContent).filter((key) => key !== entry);
      expect(Object.keys(result.content!).sort()).to.deep.equal(rest.sort());
      for (const key of rest)
        expect(result.content![key as keyof typeof defaultContent]).to.deep.equal(defaultContent[key as keyof typeof defaultContent]);
    });
  }

  // The clinic, field by field: [case, break the clinic, the first issue, the field left out].
  const clinicCases: Array<[string, (c: Record<string, any>) => unknown, string, string]> = [
    [
      'a malformed opening time',
      (c) => (c.clinic.hours.weekly[0].opens = '9am'),
      'clinic.hours.weekly.0.opens: expected an HH:MM time, got "9am"',
      'hours',
    ],
    [
      'a closing time of 25:00',
      (c) => (c.clinic.hours.weekly[0].closes = '25:00'),
      'clinic.hours.weekly.0.closes: expected an HH:MM time, got "25:00"',
      'hours',
    ],
    [
      'a misspelt day',
      (c) => (c.clinic.hours.weekly[0].days[1] = 'tues'),
      'clinic.hours.weekly.0.days.1: expected one of mon, tue, wed, thu, fri, sat, sun, got "tues"',
      'hours',
    ],
    [
      'an impossible date',
      (c) => c.clinic.hours.exceptions.push({ from: '2026-02-30', status: 'closed' }),
      'clinic.hours.exceptions.0.from: expected a date that exists, got "2026-02-30"',
      'hours',
    ],
    [
      'an unknown time zone',
      (c) => (c.clinic.hours.timeZone = 'Pacific/Sacramento'),
      'clinic.hours.timeZone: expected a time zone such as America/Los_Angeles, got "Pacific/Sacramento"',
      'hours',
    ],
    ['a number for the street', (c) => (c.clinic.address.street = 1010), 'clinic.address.street: expected a string, got 1010', 'address'],
    [
      'a list that is not one',
      (c) => (c.clinic.serviceAreas = 'Sacramento'),
      'clinic.serviceAreas: expected an array, got "Sacramento"',
      'serviceAreas',
    ],
    ['a call to action without a label', (c) => delete c.clinic.cta.label, 'clinic.cta.label: expected a value, got nothing', 'cta'],
  ];
  for (const [name, breakIt, issue, field] of clinicCases) {
    it(`reports ${name} by its path, and leaves out clinic.${field} only`, () => {
      const doc = clone();
      breakIt(doc);
      const result = validateContent(doc);
      expect(text(result.issues[0])).to.equal(issue);
      expect(Object.keys(result.content!).sort(), 'every entry kept').to.deep.equal(Object.keys(defaultContent).sort());
      expect(result.content!.clinic).not.to.have.property(field);
      const fields = Object.keys(defaultContent.clinic).filter((key) => key !== field);
      for (const key of fields)
        expect(result.content!.clinic![key as keyof Clinic], key).to.deep.equal(defaultContent.clinic[key as keyof Clinic]);
    });
  }

  it('reports a clinic that is not an object, and keeps no clinic field', () => {
    const result = validateContent({ ...clone(), clinic: 'Propel' });
    expect(result.issues.map(text)).to.deep.equal(['clinic: expected an object, got "Propel"']);
    expect(result.content).not.to.have.property('clinic');
  });

  it('reads version 1 documents, whose clinic.hours.summary is ignored', () => {
    const doc = clone();
    doc.version = 1;
    doc.clinic.hours.summary = 'Monday 9am - 7pm';
    const result = validateContent(doc);
    expect(result.issues).to.deep.equal([]);
    expect(result.content!.version).to.equal(1);
    expect(result.content!.clinic!.hours!.weekly).to.deep.equal(defaultContent.clinic.hours.weekly);
  });

  it('reports every problem, in every entry', () => {
    const result = validateContent({ version: 2 });
    expect(result.issues.map(text)).to.have.length(Object.keys(defaultContent).length - 1);
    expect(result.content).to.deep.equal({ version: 2 });
  });

  it('accepts extra keys (forward compatible), such as $schema, and strips them', () => {
    const doc = clone();
    doc.futureField = 1;
    doc.$schema = 'https://example.com/schema.json';
    doc.clinic.futureField = 2;
    const result = validateContent(doc);
    expect(result.issues).to.deep.equal([]);
    expect(result.content).not.to.have.property('futureField');
    expect(result.content).not.to.have.property('$schema');
    expect(result.content!.clinic).not.to.have.property('futureField');
  });

  it('reads own keys only, so a polluted Object.prototype cannot inject an entry', () => {
    const doc = clone();
    delete doc.diet;
    (Object.prototype as Record<string, unknown>).diet = { heading: 'Injected', items: [] };
    try {
      const result = validateContent(doc);
      expect(Object.hasOwn(result.content!, 'diet')).to.be.false;
      expect(result.issues.map(text)).to.deep.equal(['diet: expected an object, got nothing']);
    } finally {
      delete (Object.prototype as Record<string, unknown>).diet;
    }
  });
});
