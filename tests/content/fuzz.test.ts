// Property-based fuzzing (fast-check): random and mutated documents through the validator, then
// rendered by every widget through a provider. On failure fast-check prints the seed and path;
// rerun one with `FUZZ_SEED=<seed>` in the URL (?seed=…) or by pasting it into `fc.assert(…, { seed })`.
import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/index.js';
import type { PropelProvider } from '../../src/index.js';
import { ContentSchema } from '../../src/content/schema.js';
import { issueText } from '../../src/content/issues.js';
import { validateContent } from '../../src/content/validate.js';
import { mutatedDocument, randomDocument } from '../fixtures/mutations.js';
import { fixture, deepText, settle } from '../helpers.js';

const KEYS = Object.keys(ContentSchema.entries);
const seed = Number(new URLSearchParams(location.search).get('seed')) || undefined;

describe('fuzzing', () => {
  afterEach(() => sinon.restore());

  it('the validator never throws, and keeps only known, valid entries', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          randomDocument,
          mutatedDocument.map((m) => m.doc),
        ),
        (doc) => {
          const { content, issues } = validateContent(doc);
          for (const issue of issues) expect(issueText(issue)).to.match(/^[\w.$()]+: /);
          if (!content) {
            expect(issues.length).to.be.greaterThan(0);
            return;
          }
          for (const key of Object.keys(content)) expect(KEYS).to.include(key);
          // What is kept passes the validator again, unchanged.
          const again = validateContent(content);
          for (const key of Object.keys(content))
            expect(again.content?.[key as keyof typeof content]).to.deep.equal(content[key as keyof typeof content]);
        },
      ),
      { numRuns: 300, seed },
    );
  });

  it('every widget renders every mutated document: no uncaught error, never blank, a warning for what is invalid, no markup run', async function () {
    // Forty documents through every widget, the whole guide included: longer than one test's default.
    this.timeout(60_000);
    const provider = await fixture<PropelProvider>(
      html`<propel-provider>
        <propel-treatment-comparison filterable></propel-treatment-comparison>
        <propel-diet-grid></propel-diet-grid>
        <propel-guide-section section="ketamine"></propel-guide-section>
        <propel-guide-section section="facts"></propel-guide-section>
        <propel-fibro-guide></propel-fibro-guide>
        <propel-clinic-hours></propel-clinic-hours>
        <propel-clinic-hours variant="week"></propel-clinic-hours>
        <propel-location-card structured-data></propel-location-card>
      </propel-provider>`,
    );
    const widgets = [...provider.children] as HTMLElement[];
    const warn = sinon.stub(console, 'warn');
    let uncaught: unknown[] = [];
    const warned: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push('error' in event ? event.error : event.reason);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      await fc.assert(
        fc.asyncProperty(mutatedDocument, async ({ doc }) => {
          warned.push(...warn.args.map((args) => String(args[0])));
          warn.resetHistory();
          uncaught = [];
          provider.content = doc as never;
          await settle(provider);
          await new Promise((r) => setTimeout(r));
          expect(uncaught, 'uncaught errors').to.deep.equal([]);
          for (const el of widgets) expect(deepText(el).trim(), `<${el.localName}> is blank`).to.not.equal('');
          // A warning names the document's first problems; a repeated document was already warned
          // about (one warning per message and provider).
          const { issues } = validateContent(doc);
          const problems = issues.slice(0, 5).map(issueText).join('; ');
          if (issues.length)
            expect(
              [...warned, ...warn.args.map((args) => String(args[0]))].some((message) => message.includes(problems)),
              `a warning for ${problems}`,
            ).to.be.true;
          expect((window as { __propelPwned?: unknown }).__propelPwned, 'markup from content ran').to.be.undefined;
          for (const el of widgets)
            expect(el.shadowRoot!.querySelector('img, script, svg[onload]'), 'markup from content became elements').to.be.null;
        }),
        { numRuns: 40, seed },
      );
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
    provider.content = undefined;
    await settle(provider);
    await expect(provider).to.be.accessible();
  });
});
