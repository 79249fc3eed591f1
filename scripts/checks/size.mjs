// Bundle-size budgets: the whole drop-in, gzip -9, must stay within 30 KB (30,720 B), and each
// per-widget drop-in (dist/widgets/<tag>.js, scripts/build/widgets.mjs) within the whole one's. The
// comparison's, the one a partner blog loads, has a goal of 12 KB (12,288 B): printed, not yet
// enforced. Issue 15 brought it from 19,953 B to about 15.3 KB (its strings are its own, it embeds only
// the article's attribution, and it fetches the document checks and the loader only when a provider
// needs them); what is left is mostly Lit and @lit/context (about 5.9 KB), the shared core, the
// provider and the widget.
// Also prints a ledger of where the gzip bytes of each script go and writes it to
// dist/size-ledger.json and docs/performance.md.
//
// How a ledger is made: each build writes a hidden source map (vite.config.ts). Each
// byte of the minified script is attributed to the source file of the mapping that covers it,
// the files are put in groups, each group's text is gzipped on its own, and the group sizes are
// scaled so that they add up to the real gzip size of the whole script. It is an estimate:
// gzip shares its dictionary across groups, so a group alone compresses a little worse.
//
// Some minified code has no mapping: the JSON modules from data/ (the JSON plugin gives no map)
// and template-heavy class bodies (scripts/build/minify-templates.ts rewrites code with `map: null`).
// An unmapped run holding one of data/'s longer strings is the inlined JSON. Otherwise it goes to
// the file around it or, between two files, to the previous one if it continues a statement
// (`,Lt=class extends …`) and to the next one if it starts a declaration (`var x=…`: a module
// the map lost, which rolldown puts just before the module that imports it).
// The IIFE prologue and the trailing export assignments are "other / wrapper".
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import { writeSection } from '../lib/performance-doc.mjs';

/** Each script and its budget in gzip -9 bytes. A per-widget script may not outgrow the whole drop-in. */
const SCRIPTS = [
  { file: 'dist/propel-widgets.js', budget: 30 * 1024 },
  { file: 'dist/widgets/propel-treatment-comparison.js', budget: 30 * 1024, goal: 12 * 1024 },
  ...['diet-grid', 'guide-section', 'clinic-hours', 'location-card', 'fibro-guide'].map((name) => ({
    file: `dist/widgets/propel-${name}.js`,
    budget: 30 * 1024,
  })),
];
const gz = (text) => (text.length ? gzipSync(text, { level: 9 }).length : 0);
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const thousands = (n) => n.toLocaleString('en');

/** The ledger group of a source file (a path relative to the repository). */
function groupOf(path) {
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/)?.[1];
  if (pkg) {
    if (['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(pkg)) return 'Lit';
    if (pkg === '@lit/context') return '@lit/context';
    if (pkg === 'valibot') return 'validation';
    return 'other / wrapper';
  }
  // In a per-widget script, "validation" is what fetches the checks when a provider needs them (checks.lazy.ts).
  if (/^src\/content\/(schema|validate|entries|clinic-check|hours-check|provided|checks\.lazy|content-checks)\.ts$/.test(path))
    return 'validation';
  if (/^data\/.*\.json$|^src\/content\/(default-content\.ts$|defaults(\.ts$|\/))/.test(path)) return 'content (embedded)';
  if (path === 'src/core/i18n.ts') return 'interface strings';
  if (/^src\/(core|content)\//.test(path)) return 'shared core';
  const widget = path.match(/^src\/widgets\/([^/]+)\//)?.[1];
  return widget ? `widget: ${widget}` : 'other / wrapper';
}

/** Splits the script into runs [start, end) that each belong to one source file (or none). */
function runsOf(code, map) {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const segments = decodedMappings(map).flatMap((line, li) =>
    line.map(([col, src]) => ({ at: lineStarts[li] + col, source: src === undefined ? null : map.sources[src] })),
  );
  const runs = segments.map((s, i) => ({ start: s.at, end: segments[i + 1]?.at ?? code.length, source: s.source }));
  if (runs.length && runs[0].start > 0) runs.unshift({ start: 0, end: runs[0].start, source: null });
  // Merge neighbours from the same file, so that the unmapped fill-in below sees whole runs.
  return runs.reduce((out, r) => {
    const last = out.at(-1);
    if (last && last.source === r.source) last.end = r.end;
    else out.push({ ...r });
    return out;
  }, []);
}

/** Longer strings of data/*.json: an unmapped declaration holding one is an inlined JSON module. */
const dataStrings = readdirSync('data')
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => JSON.stringify(JSON.parse(readFileSync(`data/${name}`, 'utf8'))).match(/"[^"\\`$]{40,}"/g) ?? [])
  .map((quoted) => quoted.slice(1, -1));

/** Gives each unmapped run a file, or keeps it as wrapper (see the header comment). */
function fillUnmapped(code, runs) {
  runs.forEach((r, i) => {
    if (r.source !== null || r.wrapper) return;
    const prev = runs.slice(0, i).findLast((x) => x.source !== null)?.source;
    const next = runs.slice(i + 1).find((x) => x.source !== null)?.source;
    if (prev === undefined) return; // the IIFE prologue
    const text = code.slice(r.start, r.end);
    if (next === undefined) {
      // The last run: the end of the last module, then `e.Name=x,…,e})({});` (the wrapper's exports).
      const exports = text.match(/(?:[\w$]+\.[\w$]+=[\w$]+,)+[\w$]+\}\)\(\{\}\);?\s*$/);
      const cut = exports ? r.end - exports[0].length : r.end;
      if (cut < r.end) runs.splice(i + 1, 0, { start: cut, end: r.end, source: null, wrapper: true });
      Object.assign(r, { end: cut, source: prev });
    } else if (dataStrings.some((s) => text.includes(s))) r.source = '../data/*.json';
    else r.source = prev === next || !/^\s*(var|let|const|function|class)\b/.test(text) ? prev : next;
  });
  return runs;
}

/** The groups of one script, in gzip bytes that add up to `gzip`. */
function ledger(raw, gzip, mapFile) {
  const code = raw.toString('utf8');
  const map = new TraceMap(readFileSync(mapFile, 'utf8'));
  const texts = new Map();
  for (const r of fillUnmapped(code, runsOf(code, map))) {
    const name = r.source === null ? 'other / wrapper' : groupOf(relative('.', resolve(dirname(mapFile), r.source)));
    texts.set(name, (texts.get(name) ?? '') + code.slice(r.start, r.end));
  }
  const order = ['Lit', '@lit/context', 'validation', 'content (embedded)', 'interface strings', 'shared core'];
  const widgets = [...texts.keys()].filter((n) => n.startsWith('widget: '));
  const names = [...order, ...widgets, 'other / wrapper'];
  const alone = names.map((n) => gz(texts.get(n) ?? ''));
  const sum = alone.reduce((a, b) => a + b, 0);
  // Scale to the real total; hand the rounding remainder to the largest fractions.
  const exact = alone.map((g) => (g * gzip) / sum);
  const bytes = exact.map(Math.floor);
  const byFraction = exact.map((x, i) => [x - bytes[i], i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < gzip - bytes.reduce((a, b) => a + b, 0); k++) bytes[byFraction[k][1]]++;
  const groups = names.map((name, i) => ({
    name,
    rawBytes: Buffer.byteLength(texts.get(name) ?? ''),
    aloneGzipBytes: alone[i],
    gzipBytes: bytes[i],
    percent: +((100 * bytes[i]) / gzip).toFixed(1),
  }));
  // Widgets by size, largest first, after the shared groups.
  const head = groups.filter((g) => !g.name.startsWith('widget: ') && g.name !== 'other / wrapper');
  const tail = groups.filter((g) => g.name.startsWith('widget: ')).sort((a, b) => b.gzipBytes - a.gzipBytes);
  return [...head, ...tail, groups.at(-1)];
}

/** The drop-in's ledger: every group with its raw, alone and scaled gzip bytes. */
function tableOf({ raw, gzip, budget, groups }) {
  const rows = [
    ['group', 'raw B', 'alone B', 'gzip -9 B', '%'],
    ...groups.map((g) => [g.name, `${g.rawBytes}`, `${g.aloneGzipBytes}`, `${g.gzipBytes}`, g.percent.toFixed(1)]),
    ['total', `${raw}`, `${groups.reduce((a, g) => a + g.aloneGzipBytes, 0)}`, `${gzip}`, '100.0'],
    ['budget', '', '', `${budget}`, `${((100 * gzip) / budget).toFixed(1)} used`],
  ];
  return align(rows, 2);
}

/** Every script side by side: its gzip bytes per group, then its total and budget. */
function comparisonOf(results) {
  const names = [...new Set(results.flatMap((r) => r.groups.map((g) => g.name)))];
  const short = (file) => file.replace(/^dist\/(widgets\/propel-)?/, '').replace(/\.js$/, '');
  const cell = (r, name) => `${r.groups.find((g) => g.name === name)?.gzipBytes ?? ''}`;
  const rows = [
    ['gzip -9 B', ...results.map((r) => short(r.file))],
    ...names.map((name) => [name, ...results.map((r) => cell(r, name))]),
    ['total', ...results.map((r) => `${r.gzip}`)],
    ['budget', ...results.map((r) => `${r.budget}`)],
  ];
  return align(rows, 2);
}

/** Rows of cells as aligned text: the first column left, the others right; rules before the last `tail` rows. */
function align(rows, tail) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]), rule, ...rows.slice(1, -tail).map(line), rule, ...rows.slice(-tail).map(line)].join('\n');
}

const results = [];
let over = 0;
for (const { file, budget, goal } of SCRIPTS) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    over++;
    continue;
  }
  const raw = readFileSync(file);
  const gzip = gz(raw);
  const mapFile = `${file}.map`;
  const groups = existsSync(mapFile) ? ledger(raw, gzip, mapFile) : [];
  if (!groups.length) console.warn(`${mapFile} is missing (build.sourcemap 'hidden' in vite.config.ts), so no ledger for it.`);
  results.push({ file, raw: raw.length, gzip, budget, goal, groups });
  if (gzip > budget) over++;
}

const [whole, ...widgets] = results;
/** The per-widget scripts' document checks, fetched only when a provider is given `src` or `content`: printed, not budgeted. */
const CHECKS = 'dist/widgets/content-checks.js';
const checksGzip = existsSync(CHECKS) ? gz(readFileSync(CHECKS)) : 0;
if (!checksGzip) {
  console.error(`${CHECKS} is missing: run \`npm run build\` first.`);
  over++;
}
if (whole?.groups.length) {
  console.log(tableOf(whole));
  console.log('alone: the group gzipped by itself; gzip -9: that, scaled so the groups sum to the real total.\n');
}
if (widgets.length) console.log(`${comparisonOf(results)}\n`);
if (results.length === SCRIPTS.length && results.every((r) => r.groups.length)) {
  writeSection(
    'size',
    `\`dist/propel-widgets.js\`: **${thousands(whole.gzip)} B** gzip -9 of its ${thousands(whole.budget)} B budget ` +
      `(${thousands(whole.budget - whole.gzip)} B left), ${thousands(whole.raw)} B raw.\n\n\`\`\`text\n${tableOf(whole)}\n\`\`\`\n\n` +
      `The per-widget drop-ins, \`dist/widgets/<tag>.js\`, for a page that shows one widget: each holds Lit, ` +
      `the provider, the shared core, its widget (and those it composes), ` +
      `its own interface strings and only the content it renders. Their content is checked at build time: the checks of a document ` +
      `given to a provider (\`src\`, \`content\`) are \`dist/widgets/content-checks.js\` (${thousands(checksGzip)} B), fetched only then, ` +
      `so "validation" in their column is the code that fetches them. \`propel-treatment-comparison.js\`: **${thousands(widgets[0].gzip)} B**, against a goal of ` +
      `${thousands(widgets[0].goal)} B (${widgets[0].gzip > widgets[0].goal ? 'not met yet' : 'met'}).\n\n\`\`\`text\n${comparisonOf(results)}\n\`\`\``,
  );
  const json = {
    scripts: results.map(({ file, raw, gzip, budget, groups }) => ({ file, rawBytes: raw, gzipBytes: gzip, budgetBytes: budget, groups })),
  };
  writeFileSync('dist/size-ledger.json', `${JSON.stringify(json, null, 2)}\n`);
  console.log('Written to dist/size-ledger.json and docs/performance.md.\n');
}

for (const r of results) {
  const status = r.gzip > r.budget ? `OVER by ${kb(r.gzip - r.budget)}` : `${kb(r.budget - r.gzip)} left`;
  const goal = r.goal ? `; goal ${kb(r.goal)}: ${r.gzip > r.goal ? `missed by ${kb(r.gzip - r.goal)}` : 'met'}` : '';
  console.log(`${r.file}: ${kb(r.raw)} raw, ${kb(r.gzip)} gzip -9 (budget ${kb(r.budget)}, ${status}${goal})`);
}
if (checksGzip)
  console.log(`${CHECKS}: ${kb(checksGzip)} gzip -9, fetched by a per-widget script only when a provider is given src or content`);
if (over) {
  console.error(`Bundle-size budget exceeded (or a script is missing): ${over} script${over === 1 ? '' : 's'}.`);
  process.exit(1);
}
