// Packed-package check: a TypeScript app that installs the packed package type-checks
// `document.createElement('propel-clinic-hours').variant` and
// `document.createElement('propel-treatment-comparison').highlight`, and rejects an unknown property.
//
// Uses the dist/ that `npm run build` made (it does not rebuild), packs it with `npm pack`,
// unpacks it into node_modules/ of a throwaway consumer project in a temp dir, links the
// package's dependencies from this repository's node_modules (no network, no npm install)
// and runs this repository's tsc there: moduleResolution "bundler", then "node16".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repo = resolve('.');
const tsc = join(repo, 'node_modules/.bin/tsc');
const dir = mkdtempSync(join(tmpdir(), 'propel-pack-check-'));
let failed = 0;

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

/** The package's dependencies and theirs, each linked from this repository's node_modules. */
function linkDependencies(pkg) {
  const seen = new Set();
  const queue = Object.keys(pkg.dependencies ?? {});
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
  const linked = linkDependencies(packed);
  check(true, `linked from this repository: ${linked.join(', ')}`);

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
  check(bad.code !== 0 && error, `bundler: bad.ts rejected: ${error ? error.replace(/^.*?error /, '') : 'no TS2339/TS2551 on PropelTreatmentComparison.highlite'}`, error ? '' : bad.out);

  // 4. The same app under Node's own resolution (package "type": "module").
  const node16 = typecheck('tsconfig.node16.json');
  check(node16.code === 0, 'node16: app.ts type-checks', node16.out);
} catch (error) {
  check(false, `pack check stopped: ${error.message}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

process.exit(failed ? 1 : 0);
