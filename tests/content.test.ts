import { expect } from '@open-wc/testing';
import { defaultContent } from '../src/content/default-content.js';
import { validateContent } from '../src/content/schema.js';
import { array, boolean, object, oneOf, optional, parse, text } from '../src/content/kit.js';

const clone = () => structuredClone(defaultContent) as unknown as Record<string, any>;

describe('default content', () => {
  it('is a valid content document', () => {
    const result = validateContent(defaultContent);
    expect(result.ok, result.ok ? '' : result.errors.join('\n')).to.be.true;
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
    expect(items.map((t) => t.category)).to.deep.equal(['procedure', 'medication', 'medication', 'lifestyle', 'alternative', 'alternative']);
    expect(items[1]!.examples).to.deep.equal(['amitriptyline', 'duloxetine']);
    expect(items[2]!.examples).to.deep.equal(['pregabalin', 'gabapentin']);
    expect(items[5]!.examples).to.deep.equal(['reishi', "lion's mane"]);
  });

  it('holds the article metadata, the clinic and its hours', () => {
    const { article, clinic } = defaultContent;
    expect(article.title).to.equal("Fibromyalgia Treatment: Ketamine's Promise & More");
    expect(article.author).to.equal('Dr. Peeva');
    expect(article.updated).to.equal('2024-10-01');
    expect(clinic.address).to.deep.include({ street: '1010 Hurley Way', unit: 'Suite 140', locality: 'Sacramento', region: 'CA', postalCode: '95825' });
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
  const cases: Array<[string, (c: Record<string, any>) => unknown, string]> = [
    ['a non-object', () => 'hello', '(root)'],
    ['a missing treatments block', (c) => (delete c.treatments, c), 'treatments'],
    ['an empty treatment name', (c) => ((c.treatments.items[0].name = ''), c), 'treatments.items.0.name'],
    ['an unknown category', (c) => ((c.treatments.items[2].category = 'surgery'), c), 'treatments.items.2.category'],
    ['a bad id', (c) => ((c.treatments.items[1].id = 'Not An Id'), c), 'treatments.items.1.id'],
    ['a malformed date', (c) => ((c.article.updated = 'Oct 1'), c), 'article.updated'],
    ['a malformed opening time', (c) => ((c.clinic.hours.weekly[0].opens = '9am'), c), 'clinic.hours.weekly.0.opens'],
    ['a wrong version', (c) => ((c.version = 2), c), 'version'],
  ];
  for (const [name, breakIt, path] of cases) {
    it(`rejects ${name} and names the path`, () => {
      const result = validateContent(breakIt(clone()));
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.errors[0]).to.match(new RegExp(`^${path.replace(/[.()]/g, '\\$&')}: `));
    });
  }

  it('reports at most five problems', () => {
    const result = validateContent({});
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.errors).to.have.length(5);
  });

  it('accepts extra keys (forward compatible) and strips them', () => {
    const doc = clone();
    doc.futureField = 1;
    const result = validateContent(doc);
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.content).not.to.have.property('futureField');
  });
});

describe('schema kit', () => {
  const Point = object({ x: oneOf([1, 2]), label: optional(text(/^[a-z]+$/, 'lowercase letters')), tags: array(text()) });
  const cases: Array<[unknown, string[]]> = [
    [{ x: 1, tags: [] }, []],
    [{ x: 2, label: 'abc', tags: ['a'] }, []],
    [{ x: 3, tags: [] }, ['x: expected one of 1, 2, got 3']],
    [{ x: 1, label: 'ABC', tags: [] }, ['label: expected lowercase letters, got "ABC"']],
    [{ x: 1, tags: ['ok', ''] }, ['tags.1: expected a non-empty string, got ""']],
    [{ x: 1, tags: 'a' }, ['tags: expected an array, got "a"']],
    [[1], ['(root): expected an object, got [1]']],
    [null, ['(root): expected an object, got null']],
  ];
  for (const [input, issues] of cases) {
    it(`checks ${JSON.stringify(input)}`, () => {
      const result = parse(Point, input);
      expect(result.ok ? [] : result.issues).to.deep.equal(issues);
    });
  }
  it('drops unknown keys and absent optional keys', () => {
    const result = parse(Point, { x: 1, tags: [], extra: true });
    expect(result.ok && result.value).to.deep.equal({ x: 1, tags: [] });
  });
  it('checks booleans', () => {
    expect(parse(boolean, true).ok).to.be.true;
    expect(parse(boolean, 'true').ok).to.be.false;
  });
});
