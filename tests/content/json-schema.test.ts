// The generated JSON Schema (dist/propel-content.schema.json) and the runtime validator must agree:
// both accept the default document, and a document is valid for one exactly when it is for the other.
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { contentJsonSchema } from '../../scripts/build/json-schema.js';
import { defaultContent } from '../../src/content/default-content.js';
import { validateContent } from '../../src/content/validate.js';
import { mutatedDocument, randomDocument } from '../fixtures/mutations.js';

const schema = contentJsonSchema();
const validator = new Validator(schema, '7', false);
const jsonValid = (doc: unknown) => validator.validate(doc).valid;
/**
 * The runtime validator's verdict on what JSON Schema can state: its schema issues. The hours' own
 * rules (a time zone the browser knows, a date that exists, intervals that do not overlap) are
 * beyond JSON Schema; content/hours-check.ts adds them, with messages of their own.
 */
const HOURS_RULES =
  /^(expected a date that exists|expected a time zone such as|overlaps |needs both|closes at the time|ends before|mixes a yearly)/;
const runtimeValid = (doc: unknown) => validateContent(doc).issues.filter((issue) => !HOURS_RULES.test(issue.message)).length === 0;

describe('the JSON Schema of the content document', () => {
  it('is draft-07, names its $id on the CDN, and lets a document name it in $schema', () => {
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/propel-widgets@[\d.]+\/dist\/propel-content\.schema\.json$/);
    expect((schema.properties as Record<string, unknown>).$schema).to.deep.equal({
      type: 'string',
      description: 'The JSON Schema this document follows (for editors).',
    });
    expect(schema.required).to.include.members(['version', 'lang', 'treatments', 'clinic']);
  });

  it('accepts the default document, with and without $schema', () => {
    expect(validator.validate(defaultContent).errors).to.deep.equal([]);
    expect(jsonValid({ $schema: schema.$id, ...defaultContent })).to.be.true;
  });

  const broken: Array<[string, (doc: Record<string, any>) => void]> = [
    ['a version it does not read', (d) => (d.version = 3)],
    ['a missing entry', (d) => delete d.clinic],
    ['an empty name', (d) => (d.treatments.items[0].name = '')],
    ['an unknown category', (d) => (d.treatments.items[0].category = 'surgery')],
    ['a bad id', (d) => (d.diet.items[0].id = 'Bad Id')],
    ['a malformed date', (d) => (d.article.updated = '1 Oct 2024')],
    ['a malformed time', (d) => (d.clinic.hours.weekly[0].opens = '9:00')],
    ['an unknown day', (d) => (d.clinic.hours.weekly[0].days = ['monday'])],
    ['a string for a list', (d) => (d.clinic.serviceAreas = 'Sacramento')],
    ['a number for a boolean', (d) => (d.sections[1].subsections[2].list = { ordered: 1, items: [] })],
    ['an array for an object with only optional keys', (d) => (d.sections[1].subsections[0] = [])],
    ['an array for the document', (d) => (d.clinic.address = [d.clinic.address])],
  ];
  for (const [name, breakIt] of broken) {
    it(`rejects ${name}, as the runtime validator does`, () => {
      const doc = structuredClone(defaultContent) as unknown as Record<string, any>;
      breakIt(doc);
      expect(runtimeValid(doc), 'runtime').to.be.false;
      expect(jsonValid(doc), 'JSON Schema').to.be.false;
    });
  }

  it('agrees with the runtime validator on random and mutated documents', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          randomDocument,
          mutatedDocument.map((m) => m.doc),
        ),
        (value) => {
          // Both judge the document as JSON text, the form a server sends. (A mutation can leave
          // holes in an array: JSON has none, and the JSON Schema validator refuses `undefined`.)
          const doc = JSON.parse(JSON.stringify(value)) as unknown;
          expect(jsonValid(doc), JSON.stringify(validateContent(doc).issues)).to.equal(runtimeValid(doc));
        },
      ),
      { numRuns: 400 },
    );
  });
});
