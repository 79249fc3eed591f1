// Packed-package check: what an app gets from `npm install propel-widgets`.
//  - TypeScript: `document.createElement('propel-clinic-hours').variant` and
//    `document.createElement('propel-treatment-comparison').highlight` are precisely typed, an
//    unknown property is rejected, and a per-widget subpath (`propel-widgets/clinic-hours`) brings
//    its element and types alone; under moduleResolution "bundler" and "node16".
//  - The drop-ins (dist/propel-widgets.js and each dist/widgets/<tag>.js) are packed, each the bytes
//    its integrity in dist/propel-widgets.sri.json names.
//  - React 19 JSX (`propel-widgets/jsx`): `<propel-treatment-comparison highlight="exercise" />`
//    type-checks, fixed-value attributes (theme, sort-column, variant) and event handlers
//    (`onpropel-sort`) are exact, and a misspelt attribute is rejected.
//  - Editor data (VS Code custom data, JetBrains web-types) is in the package, reachable through
//    `exports` and package.json "web-types", and lists fixed attribute values and events.
//  - Per-widget entries: importing `propel-widgets/<widget>` defines only that widget (and the
//    widgets it composes), and an app bundle of it carries only the default content it renders.
//
// Uses the dist/ that `npm run build` made (it does not rebuild), packs it with `npm pack`,
// unpacks it into node_modules/ of a throwaway consumer project in a temp dir, links the
// package's dependencies (and @types/react for the JSX check) from this repository's
// node_modules (no network, no npm install) and runs this repository's tsc, node and vite there.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const repo = resolve('.');
const tsc = join(repo, 'node_modules/.bin/tsc');
const dir = mkdtempSync(join(tmpdir(), 'propel-pack-check-'));
let failed = 0;
const integrityOf = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

function check(ok, label, details = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  if (!ok) {
    failed++;
    if (details.trim()) console.log(details.trim().replace(/^/gm, '       '));
  }
  return ok;
}

function run(cmd, args, cwd = dir) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const write = (name, text) => writeFileSync(join(dir, name), `${text.trim()}\n`);
const json = (value) => JSON.stringify(value, null, 2);

/** The named packages and their dependencies, each linked from this repository's node_modules. */
function linkDependencies(names) {
  const seen = new Set();
  const queue = [...names];
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const from = join(repo, 'node_modules', name);
    if (!existsSync(join(from, 'package.json'))) throw new Error(`${name} is not in node_modules (npm install?)`);
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(from, join(dir, 'node_modules', name), 'dir');
    queue.push(...Object.keys(JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).dependencies ?? {}));
  }
  return [...seen];
}

/** Runs tsc on one consumer tsconfig; returns its exit code and output. */
const typecheck = (project) => run(tsc, ['-p', project, '--pretty', 'false']);

/** Writes tsconfig.<name>.json for these files, with "bundler" and a "node16" variant. */
function projects(name, files, extra = {}) {
  write(`tsconfig.${name}.json`, json({ extends: './tsconfig.json', compilerOptions: extra, files }));
  write(
    `tsconfig.${name}.node16.json`,
    json({ extends: `./tsconfig.${name}.json`, compilerOptions: { module: 'node16', moduleResolution: 'node16' } }),
  );
  return [`tsconfig.${name}.json`, `tsconfig.${name}.node16.json`];
}

// What each entry must define, and which default content it renders (src/content/defaults/*.ts:
// one export per data file; the guide's prose is keyTakeaways…selfCare).
const WIDGETS = {
  provider: { defines: ['provider'], content: [] },
  'treatment-comparison': { defines: ['treatment-comparison'], content: ['article', 'treatments'] },
  'diet-grid': { defines: ['diet-grid'], content: ['article', 'diet'] },
  'guide-section': { defines: ['guide-section'], content: ['article', 'guide'] },
  'fibro-guide': {
    defines: ['fibro-guide', 'treatment-comparison', 'diet-grid', 'guide-section', 'location-card', 'clinic-hours'],
    content: ['article', 'guide', 'treatments', 'diet', 'clinic'],
  },
  'clinic-hours': { defines: ['clinic-hours'], content: ['clinic'] },
  'location-card': { defines: ['location-card', 'clinic-hours'], content: ['clinic'] },
};
const ALL_TAGS = Object.keys(WIDGETS).map((name) => `propel-${name}`);

try {
  // 1. Pack, exactly as `npm publish` would (scripts off, so nothing is rebuilt).
  const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repo);
  const info = pack.code === 0 ? JSON.parse(pack.out.slice(pack.out.indexOf('['))).at(0) : null;
  if (!check(info, `npm pack: ${info ? `${info.filename}, ${info.entryCount} files` : 'failed'}`, pack.out)) {
    throw new Error('cannot continue without a tarball');
  }

  // 2. The consumer project: the tarball in node_modules/propel-widgets, its dependencies linked.
  const target = join(dir, 'node_modules/propel-widgets');
  mkdirSync(target, { recursive: true });
  const untar = run('tar', ['-xzf', join(dir, info.filename), '-C', target, '--strip-components=1']);
  if (!check(untar.code === 0, 'tarball unpacked into node_modules/propel-widgets', untar.out)) {
    throw new Error('cannot continue without the package');
  }
  const packed = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
  const linked = linkDependencies([...Object.keys(packed.dependencies ?? {}), '@types/react']);
  check(true, `linked from this repository: ${linked.join(', ')}`);

  // 2b. The drop-ins a page pins from a CDN: the whole one and one per widget, each the bytes its
  // Subresource Integrity hash (in the packed dist/propel-widgets.sri.json) names, or the browser
  // refuses it; and the document checks that the per-widget ones fetch, whose integrity each of them
  // carries (src/content/checks.lazy.ts).
  const sriRecord = JSON.parse(readFileSync(join(target, 'dist/propel-widgets.sri.json'), 'utf8'));
  // Every widget but the provider has a drop-in of its own.
  const WIDGET_TAGS = Object.keys(WIDGETS)
    .filter((name) => name !== 'provider')
    .map((name) => `propel-${name}`);
  const scripts = [
    ['dist/propel-widgets.js', sriRecord],
    ...WIDGET_TAGS.map((tag) => [`dist/widgets/${tag}.js`, sriRecord.widgets?.[tag]]),
    ['dist/widgets/content-checks.js', sriRecord.widgets?.['content-checks']],
  ];
  const mismatched = scripts.filter(
    ([file, record]) => !existsSync(join(target, file)) || record?.integrity !== integrityOf(join(target, file)),
  );
  const checksIntegrity = sriRecord.widgets?.['content-checks']?.integrity;
  const blind = WIDGET_TAGS.filter(
    (tag) => !checksIntegrity || !readFileSync(join(target, `dist/widgets/${tag}.js`), 'utf8').includes(checksIntegrity),
  );
  // Every drop-in starts with V8's compile hint (scripts/build/compile-hint.ts): its functions are
  // compiled off the main thread while it streams in.
  const unhinted = scripts.filter(
    ([file]) => existsSync(join(target, file)) && !readFileSync(join(target, file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'),
  );
  check(
    !unhinted.length,
    'every drop-in (the whole one, the per-widget ones, the content checks) starts with the compile hint (//# allFunctionsCalledOnLoad)',
    unhinted.map(([file]) => `${file} does not start with the compile hint`).join('\n'),
  );
  check(
    !mismatched.length && !blind.length,
    `the drop-ins are packed with matching integrity: propel-widgets.js, ${WIDGET_TAGS.length} in dist/widgets/ and the content checks they fetch`,
    [
      ...mismatched.map(([file]) => `${file}: missing, or not the bytes of its integrity`),
      ...blind.map((tag) => `dist/widgets/${tag}.js does not carry the content checks' integrity`),
    ].join('\n'),
  );

  // 3. The app: the package's types reach HTMLElementTagNameMap, precisely typed.
  write('package.json', json({ name: 'propel-consumer', private: true, type: 'module' }));
  write(
    'app.ts',
    `
import { PropelTreatmentComparison, type PropelClinicHours } from 'propel-widgets';

const hours: PropelClinicHours = document.createElement('propel-clinic-hours');
const variant: 'badge' | 'week' | undefined = document.createElement('propel-clinic-hours').variant;
// @ts-expect-error 'month' is not a variant (fails if variant were any or string)
hours.variant = 'month';

const comparison = document.createElement('propel-treatment-comparison');
const highlight: string | undefined = comparison.highlight;
// @ts-expect-error highlight is a string (fails if it were any)
comparison.highlight = 1;
const isClass: boolean = comparison instanceof PropelTreatmentComparison;

export { variant, highlight, isClass };
`,
  );
  write('bad.ts', `import 'propel-widgets';\nexport const typo = document.createElement('propel-treatment-comparison').highlite;`);
  // One widget through its subpath, without the root entry: its tag and types, and no other tag.
  write(
    'widget.ts',
    `
import 'propel-widgets/clinic-hours';
import type { PropelClinicHours } from 'propel-widgets/clinic-hours';

const hours: PropelClinicHours = document.createElement('propel-clinic-hours');
const variant: 'badge' | 'week' | undefined = hours.variant;
// @ts-expect-error 'month' is not a variant
hours.variant = 'month';
// @ts-expect-error propel-diet-grid is not declared by propel-widgets/clinic-hours
document.createElement('propel-diet-grid').groups;

export { variant };
`,
  );
  const options = {
    strict: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2022', 'dom', 'dom.iterable'],
    noEmit: true,
    noUncheckedSideEffectImports: true,
  };
  write('tsconfig.json', json({ compilerOptions: options, files: ['app.ts'] }));
  write('tsconfig.bad.json', json({ extends: './tsconfig.json', files: ['bad.ts'] }));
  write('tsconfig.node16.json', json({ extends: './tsconfig.json', compilerOptions: { module: 'node16', moduleResolution: 'node16' } }));

  const good = typecheck('tsconfig.json');
  check(good.code === 0, 'bundler: app.ts type-checks (clinic-hours .variant, treatment-comparison .highlight)', good.out);

  const bad = typecheck('tsconfig.bad.json');
  const error = bad.out.split('\n').find((line) => /error TS(2339|2551):.*'highlite'.*'PropelTreatmentComparison'/.test(line));
  check(
    bad.code !== 0 && error,
    `bundler: bad.ts rejected: ${error ? error.replace(/^.*?error /, '') : 'no TS2339/TS2551 on PropelTreatmentComparison.highlite'}`,
    error ? '' : bad.out,
  );

  // 4. The same app under Node's own resolution (package "type": "module").
  const node16 = typecheck('tsconfig.node16.json');
  check(node16.code === 0, 'node16: app.ts type-checks', node16.out);

  // 5. A per-widget subpath on its own, under both resolutions.
  for (const project of projects('widget', ['widget.ts'])) {
    const result = typecheck(project);
    const resolution = project.includes('node16') ? 'node16' : 'bundler';
    check(
      result.code === 0,
      `${resolution}: widget.ts type-checks ('propel-widgets/clinic-hours' alone: its tag and types, no other tag)`,
      result.out,
    );
  }

  // 6. React 19 JSX through `import type {} from 'propel-widgets/jsx'`.
  write(
    'app.tsx',
    `
import type {} from 'propel-widgets/jsx';
import 'propel-widgets/treatment-comparison';
import 'propel-widgets/clinic-hours';
import type { PropelSortDetail } from 'propel-widgets/treatment-comparison';

export function App({ onSort }: { onSort: (detail: PropelSortDetail) => void }) {
  return (
    <>
      <propel-treatment-comparison
        highlight="exercise"
        theme="dark"
        sort-column="benefits"
        heading-level={3}
        filterable
        onpropel-sort={(event) => {
          const column: 'treatment' | 'benefits' | 'side-effects' = event.detail.column;
          // @ts-expect-error the detail is typed: column is not a number
          const wrong: number = event.detail.column;
          onSort(event.detail);
          return [column, wrong];
        }}
        onpropel-filter={(event) => event.detail.count.toFixed()}
      />
      {/* @ts-expect-error theme is 'light' | 'dark' | 'auto' */}
      <propel-treatment-comparison theme="purple" />
      {/* @ts-expect-error sort-column is 'treatment' | 'benefits' | 'side-effects' */}
      <propel-treatment-comparison sort-column="price" />
      <propel-clinic-hours variant="week" theme="auto" />
      {/* @ts-expect-error variant is 'badge' | 'week' */}
      <propel-clinic-hours variant="month" />
      <propel-provider locale="en-GB">
        <propel-diet-grid groups="hydration,whole-grains" />
      </propel-provider>
    </>
  );
}
`,
  );
  write(
    'bad.tsx',
    `import type {} from 'propel-widgets/jsx';\nexport const Bad = () => <propel-treatment-comparison hightlight="exercise" />;`,
  );
  for (const project of projects('jsx', ['app.tsx'], { jsx: 'react-jsx' })) {
    const result = typecheck(project);
    const resolution = project.includes('node16') ? 'node16' : 'bundler';
    check(
      result.code === 0,
      `${resolution}: app.tsx type-checks (React 19 JSX: exact theme/sort-column/variant, typed onpropel-sort/onpropel-filter)`,
      result.out,
    );
  }
  const [badJsx] = projects('bad-jsx', ['bad.tsx'], { jsx: 'react-jsx' });
  const jsx = typecheck(badJsx);
  const jsxError = jsx.out.split('\n').find((line) => /Property 'hightlight' does not exist/.test(line));
  check(
    jsx.code !== 0 && jsxError,
    `bundler: bad.tsx rejected: ${jsxError ? jsxError.trim() : "no error naming 'hightlight'"}`,
    jsxError ? '' : jsx.out,
  );

  // 6b. The README's React 19 guide (the ```tsx block after `<!-- guide:react -->`), verbatim as
  // readme.tsx, type-checks against the packed package under bundler resolution (a Vite app).
  const reactGuide = /<!-- guide:react -->\s*```tsx\n([\s\S]*?)\n```/.exec(readFileSync(join(repo, 'README.md'), 'utf8'))?.[1];
  if (check(reactGuide, 'README.md has the guide:react ```tsx block')) {
    write('readme.tsx', reactGuide);
    const [readmeProject] = projects('readme', ['readme.tsx'], { jsx: 'react-jsx' });
    const result = typecheck(readmeProject);
    check(result.code === 0, "bundler: README's React guide (readme.tsx) type-checks", result.out);
  }

  // 7. Editor data: in the package, reachable by `exports` and "web-types", with values and events.
  const resolveFrom = createRequire(join(dir, 'package.json')).resolve;
  const load = (specifier) => JSON.parse(readFileSync(resolveFrom(specifier), 'utf8'));
  const html = load('propel-widgets/vscode.html-custom-data.json');
  const css = load('propel-widgets/vscode.css-custom-data.json');
  const webTypes = JSON.parse(readFileSync(join(target, packed['web-types'] ?? 'missing'), 'utf8'));
  check(
    json(load('propel-widgets/web-types.json')) === json(webTypes),
    'package.json "web-types" and exports["./web-types.json"] name the same file',
  );

  const htmlTag = (tag) => html.tags.find((entry) => entry.name === tag);
  const values = (tag, attribute) =>
    htmlTag(tag)
      ?.attributes.find((entry) => entry.name === attribute)
      ?.values.map((value) => value.name)
      .sort() ?? [];
  const same = (actual, expected) => json([...actual].sort()) === json([...expected].sort());
  check(
    same(
      html.tags.map((tag) => tag.name),
      ALL_TAGS,
    ),
    `VS Code HTML data: ${html.tags.length} elements`,
  );
  const fixed = [
    ['propel-treatment-comparison', 'theme', ['light', 'dark', 'auto']],
    ['propel-treatment-comparison', 'sort-column', ['treatment', 'benefits', 'side-effects']],
    ['propel-treatment-comparison', 'sort-direction', ['ascending', 'descending']],
    ['propel-clinic-hours', 'variant', ['badge', 'week']],
  ];
  for (const [tag, attribute, expected] of fixed) {
    const actual = values(tag, attribute);
    check(same(actual, expected), `VS Code HTML data: ${tag} ${attribute} = ${actual.join(' | ') || '(no values)'}`);
  }
  const cssNames = css.properties.map((property) => property.name);
  check(
    cssNames.includes('--propel-color-primary') &&
      css.pseudoElements.some((part) => part.name === '::part(table)') &&
      new Set(cssNames).size === cssNames.length,
    `VS Code CSS data: ${cssNames.length} tokens (each once), ${css.pseudoElements.length} parts`,
  );

  const element = (tag) => webTypes.contributions.html.elements.find((entry) => entry.name === tag);
  const comparison = element('propel-treatment-comparison');
  const events = comparison?.js?.events.map((event) => event.name) ?? [];
  const theme = comparison?.attributes.find((attribute) => attribute.name === 'theme')?.value.type ?? '';
  check(
    webTypes.name === 'propel-widgets' &&
      ALL_TAGS.every(element) &&
      events.includes('propel-sort') &&
      events.includes('propel-filter') &&
      /'light' \| 'dark' \| 'auto'/.test(theme),
    `web-types: ${webTypes.contributions.html.elements.length} elements; comparison events ${events.join(', ')}; theme ${theme}`,
  );

  // 8. Each entry defines its own element(s) only. Lit's Node build brings a DOM shim with a
  // customElements registry, so the import runs in plain Node, one process per entry.
  const probe = `await import(process.argv[1]); console.log(JSON.stringify(${json(ALL_TAGS)}.filter((tag) => customElements.get(tag))));`;
  const entries = { '.': { defines: Object.keys(WIDGETS), content: ['article', 'guide', 'treatments', 'diet', 'clinic'] }, ...WIDGETS };
  const specifier = (entry) => (entry === '.' ? 'propel-widgets' : `propel-widgets/${entry}`);
  for (const [entry, { defines }] of Object.entries(entries)) {
    const result = run(process.execPath, ['--input-type=module', '-e', probe, specifier(entry)]);
    const defined = result.code === 0 ? JSON.parse(result.out.trim().split('\n').at(-1)) : null;
    const expected = defines.map((name) => `propel-${name}`);
    check(
      defined && same(defined, expected),
      `import '${specifier(entry)}' defines ${defined ? defined.join(', ') : '(import failed)'}`,
      result.out,
    );
  }

  // 9. An app bundle of one entry (vite, lit external) holds only the default content that entry
  // renders: no sentence of another data file is in it, and some of each of its own is.
  const content = JSON.parse(readFileSync(join(target, 'dist/propel-content.json'), 'utf8'));
  const data = {
    article: content.article,
    guide: [content.keyTakeaways, content.sections, content.testimonial, content.facts, content.selfCare],
    treatments: content.treatments,
    diet: content.diet,
    clinic: content.clinic,
  };
  const strings = (value) =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  // Long plain-ASCII strings survive minification verbatim; those also found in the entry's own
  // content (a shared URL, a repeated phrase) prove nothing and are left out.
  const markers = (group, own) => {
    const ownText = own.flatMap((name) => strings(data[name])).join('\n');
    return strings(data[group]).filter(
      (text) => text.length >= 20 && /^[\x20-\x7e]+$/.test(text) && !/["'`\\$]/.test(text) && !ownText.includes(text),
    );
  };
  const sizes = {};
  for (const [entry, { content: own }] of Object.entries(entries)) {
    const main = join(dir, `bundle-${entry === '.' ? 'all' : entry}.js`);
    writeFileSync(main, `import '${specifier(entry)}';\n`);
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: { entry: main, formats: ['es'], fileName: 'bundle' },
        rollupOptions: { external: [/^lit(\/|$)/, /^@lit\//, 'valibot'] },
      },
    });
    const code = [output]
      .flat()[0]
      .output.map((chunk) => chunk.code ?? '')
      .join('\n');
    sizes[entry] = { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
    const leaked = Object.keys(data)
      .filter((group) => !own.includes(group))
      .map((group) => [group, markers(group, own)])
      .map(([group, list]) => [group, list.length, list.filter((text) => code.includes(text))]);
    const present = own.map((group) => [group, markers(group, []).some((text) => code.includes(text))]);
    const ok = leaked.every(([, count, found]) => count >= 2 && !found.length) && present.every(([, found]) => found);
    check(
      ok,
      `bundle of '${specifier(entry)}': ${sizes[entry].min} B, ${sizes[entry].gzip} B gzip; content ${own.join(', ') || 'none'}` +
        (leaked.length ? `; none of ${leaked.map(([group, count]) => `${count} ${group}`).join(', ')} strings` : ''),
      [
        ...leaked.filter(([, count]) => count < 2).map(([group, count]) => `only ${count} ${group} markers: the check would prove little`),
        ...leaked
          .filter(([, , found]) => found.length)
          .map(([group, , found]) => `${group} content in the bundle: ${found.slice(0, 3).join(' | ')}`),
        ...present.filter(([, found]) => !found).map(([group]) => `no ${group} string found: the markers do not survive bundling`),
      ].join('\n'),
    );
  }
  // 10. Loaded unbundled (an import map, a CDN's ESM files), an entry's module graph in dist/esm
  // also holds only its own content: each data file is its own module.
  const graph = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.[^"']+)["']/g))
      graph(join(file, '..', spec), seen);
    return seen;
  };
  for (const [entry, { content: own }] of Object.entries(entries)) {
    if (entry === '.') continue;
    const files = [...graph(join(target, `dist/esm/${entry}.js`))];
    const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    const leaked = Object.keys(data)
      .filter((group) => !own.includes(group))
      .filter((group) => markers(group, own).some((text) => code.includes(text)));
    check(
      !leaked.length,
      `unbundled dist/esm/${entry}.js: ${files.length} modules, no ${leaked.length ? '' : 'foreign '}content${leaked.length ? ` from ${leaked.join(', ')}` : ''}`,
    );
  }
  const one = sizes['treatment-comparison'];
  const all = sizes['.'];
  console.log(
    `     treatment-comparison alone is ${Math.round((100 * one.gzip) / all.gzip)} % of the whole package's gzip size (lit, @lit/context and valibot not counted)`,
  );
} catch (error) {
  check(false, `pack check stopped: ${error.message}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

process.exit(failed ? 1 : 0);
