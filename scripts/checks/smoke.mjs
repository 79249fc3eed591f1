// Smoke test of the built drop-in, the way a partner page uses it: a classic <script> on a page
// that also has an AMD loader, loaded twice. Fails on any page error or console error/warning,
// on an undefined tag, on a blank widget, or when dist/propel-content.json is not the embedded content.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../lib/browsers.mjs';

// Every tag the manifest documents must be defined by the drop-in.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const TAGS = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter(Boolean);

const executablePath = requireChrome();
const script = readFileSync('dist/propel-widgets.js', 'utf8');
// The file names its JSON Schema in `$schema`; the rest is exactly the embedded document.
const { $schema, ...contentFile } = JSON.parse(readFileSync('dist/propel-content.json', 'utf8'));
if (!/^https:\/\/.+\/propel-content\.schema\.json$/.test($schema ?? '')) throw new Error('dist/propel-content.json has no $schema');
const problems = [];

const browser = await chromium.launch({ executablePath, args: chromeArgs() });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => ['error', 'warning'].includes(msg.type()) && problems.push(`console ${msg.type()}: ${msg.text()}`));
  await page.setContent(`<!doctype html><html lang="en"><head>
    <script>window.define = function () { throw new Error('AMD define must not be called'); }; window.define.amd = {};</script>
    </head><body><propel-treatment-comparison filterable highlight="ketamine-therapy"></propel-treatment-comparison></body></html>`);
  await page.addScriptTag({ content: script });
  await page.addScriptTag({ content: script });
  const report = await page.evaluate(async (tags) => {
    const el = document.querySelector('propel-treatment-comparison');
    await el.updateComplete;
    // Text of the minified templates, read through the shadow roots: spaces the minifier must keep.
    const guide = document.body.appendChild(document.createElement('propel-fibro-guide'));
    const deep = (n) => (n.nodeType === 3 ? n.textContent : [...(n.shadowRoot ?? n).childNodes].map(deep).join(''));
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 20));
    const text = deep(guide).replace(/\s+/g, ' ');
    return {
      missingText: [
        'By Dr. Peeva · Updated October 1, 2024',
        'Initial Consultation: A comprehensive assessment',
        'Source: Propel Therapeutics · Updated',
      ].filter((t) => !text.includes(t)),
      undefinedTags: tags.filter((tag) => !customElements.get(tag)),
      rows: el.shadowRoot.querySelectorAll('tbody tr').length,
      // The strings the build preformatted (scripts/build/preformat.ts) must be what this browser's Intl says.
      preformatted: [
        [
          el.shadowRoot.querySelector('[part=footer] time').textContent,
          new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2024-10-01T00:00:00Z')),
        ],
        ...[...el.shadowRoot.querySelectorAll('.examples')].map((span, i) => {
          const examples = window.PropelWidgets.defaultContent.treatments.items.filter((t) => t.examples?.length)[i].examples;
          return [span.textContent.replace(/^e\.g\. /, ''), new Intl.ListFormat('en', { type: 'unit' }).format(examples)];
        }),
      ].filter(([built, intl]) => built !== intl),
      global: typeof window.PropelWidgets?.defaultContent,
      content: window.PropelWidgets?.defaultContent,
    };
  }, TAGS);
  if (report.undefinedTags.length) problems.push(`not defined: ${report.undefinedTags.join(', ')}`);
  if (report.missingText.length) problems.push(`text lost in the built templates: ${report.missingText.join(' | ')}`);
  if (report.rows !== 6) problems.push(`expected 6 rows, got ${report.rows}`);
  for (const [built, intl] of report.preformatted) problems.push(`preformatted "${built}" is not Chromium's "${intl}"`);
  if (JSON.stringify(report.content) !== JSON.stringify(contentFile))
    problems.push('dist/propel-content.json differs from the embedded content');
} finally {
  await browser.close();
}

if (problems.length) {
  console.error(`Drop-in smoke test failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Drop-in smoke test passed: loaded twice beside an AMD loader, ${TAGS.length} tags defined, no errors or warnings.`);
