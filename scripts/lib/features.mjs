// The oldest browsers the widgets need, derived from the web features the code uses and MDN's
// browser-compat-data (the version each browser shipped each feature in): for each tier, the newest
// of its features' versions, per browser. README.md's "Browser support" table is this table;
// scripts/checks/readme.mjs fails when they differ, or when the built drop-in no longer uses a
// feature listed here (`evidence`: a pattern of dist/propel-widgets.js).
//   node scripts/lib/features.mjs     prints the table, and which feature sets each version
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };

/** The browsers of the table, as BCD names them. */
export const BROWSERS = { chrome: 'Chrome, Edge', firefox: 'Firefox', safari: 'Safari', safari_ios: 'Safari on iOS' };

/**
 * Each tier: what a reader gets once the browser has every feature listed. `key`: BCD's path;
 * `evidence`: what of it the built drop-in shows.
 */
export const TIERS = [
  {
    id: 'runs',
    label: 'The widgets render and work',
    features: [
      ['Custom elements', 'api.CustomElementRegistry', /customElements/],
      ['Shadow DOM', 'api.Element.attachShadow', /attachShadow/],
      // The build writes static class fields as static blocks: `static{this.styles=…}`.
      ['Class static initialization blocks', 'javascript.classes.static.initialization_blocks', /static\{/],
      ['Private class methods', 'javascript.classes.private_class_methods', /#\w+\(/],
      ['Logical assignment (??=, ||=)', 'javascript.operators.nullish_coalescing_assignment', /\?\?=/],
      ['Object.hasOwn()', 'javascript.builtins.Object.hasOwn', /Object\.hasOwn/],
      ['Intl.ListFormat', 'javascript.builtins.Intl.ListFormat', /ListFormat/],
      [
        'Intl.DateTimeFormat timeZoneName "longGeneric"',
        'javascript.builtins.Intl.DateTimeFormat.DateTimeFormat.options_parameter.options_timeZoneName_parameter.extended_values',
        /longGeneric/,
      ],
    ],
  },
  {
    id: 'designed',
    label: 'They look as designed (colours, themes, narrow layouts, the selected filter)',
    features: [
      ['Container queries', 'css.at-rules.container', /@container/],
      ['color-mix()', 'css.types.color.color-mix', /color-mix\(/],
      ['light-dark()', 'css.types.color.light-dark', /light-dark\(/],
      [':has()', 'css.selectors.has', /:has\(/],
      [':focus-visible', 'css.selectors.focus-visible', /:focus-visible/],
    ],
  },
  {
    id: 'snippets',
    label: 'A prerendered snippet shows before its script runs, and without JavaScript',
    features: [['Declarative shadow DOM (shadowrootmode)', 'html.elements.template.shadowrootmode', null]],
  },
  {
    id: 'temporal',
    label: 'Time zones without starting Intl (Temporal); before, Intl gives the same words',
    features: [['Temporal', 'javascript.builtins.Temporal', /Temporal/]],
  },
];

/** BCD's data at `key`. */
function compat(key) {
  let node = bcd;
  for (const part of key.split('.')) node = node?.[part];
  if (!node?.__compat) throw new Error(`browser-compat-data has no ${key}`);
  return node.__compat;
}

/** The version a browser shipped a feature in, unflagged and unprefixed: "16.4", or null (not yet). */
function shipped(key, browser) {
  const statements = [compat(key).support[browser] ?? []].flat();
  const plain = statements.filter((s) => !s.flags && !s.prefix && !s.alternative_name && !s.partial_implementation);
  const added = plain.map((s) => s.version_added).find((v) => typeof v === 'string' && v !== 'preview');
  return added ? added.replace(/^≤/, '') : null;
}

/** Versions compared as numbers, part by part ("16.4" < "17"). */
const newer = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};

/**
 * Per tier and browser: the oldest version with every feature of the tier (null: not shipped yet),
 * and the feature that sets it.
 */
export function floors() {
  return TIERS.map((tier) => ({
    ...tier,
    browsers: Object.fromEntries(
      Object.keys(BROWSERS).map((browser) => {
        let floor = { version: '1', feature: '' };
        for (const [name, key] of tier.features) {
          const version = shipped(key, browser);
          if (version === null) return [browser, { version: null, feature: name }];
          if (newer(version, floor.version)) floor = { version, feature: name };
        }
        return [browser, floor];
      }),
    ),
  }));
}

/** The features listed here that the built drop-in no longer shows (their `evidence` does not match). */
export function unused(built = readFileSync('dist/propel-widgets.js', 'utf8')) {
  return TIERS.flatMap((tier) => tier.features.filter(([, , evidence]) => evidence && !evidence.test(built)).map(([name]) => name));
}

/** The table as Markdown, as README.md has it. */
export function markdownTable() {
  const rows = floors().map(
    ({ label, browsers }) =>
      `| ${label} | ${Object.keys(BROWSERS)
        .map((b) => browsers[b].version ?? 'not yet')
        .join(' | ')} |`,
  );
  return [
    `| What a reader gets | ${Object.values(BROWSERS).join(' | ')} |`,
    `| --- | ${Object.keys(BROWSERS)
      .map(() => '---')
      .join(' | ')} |`,
    ...rows,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(markdownTable());
  console.log(`\nbrowser-compat-data ${bcd.__meta.version}; the feature that sets each version:`);
  for (const { label, browsers } of floors())
    console.log(
      `  ${label}: ${Object.entries(browsers)
        .map(([b, { version, feature }]) => `${BROWSERS[b]} ${version ?? 'not yet'} (${feature})`)
        .join(', ')}`,
    );
  const gone = unused();
  if (gone.length) console.log(`\nListed but not in dist/propel-widgets.js: ${gone.join(', ')}`);
}
