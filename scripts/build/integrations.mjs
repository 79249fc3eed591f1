// Editor and framework support, generated from the components' JSDoc by the manifest's own
// tools (the last step of `npm run build`; see custom-elements-manifest.config.mjs):
//   dist/integrations/jsx.d.ts                       React 19 (and Preact, Solid…) JSX IntrinsicElements
//   dist/integrations/vscode.html-custom-data.json   VS Code `html.customData`
//   dist/integrations/vscode.css-custom-data.json    VS Code `css.customData`
//   dist/integrations/web-types.json                 JetBrains IDEs (package.json "web-types")
// It runs @custom-elements-manifest/analyzer with PROPEL_INTEGRATIONS set, which turns on the
// type parser and the three generator plugins. The manifest that run writes goes to a scratch
// folder and is thrown away: the shipped custom-elements.json stays `npm run analyze`'s.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const outdir = 'dist/integrations';
const files = ['jsx.d.ts', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'];

rmSync(outdir, { recursive: true, force: true });
const scratch = mkdtempSync(join(tmpdir(), 'propel-integrations-'));
let run;
try {
  // The analyzer joins --outdir to the working directory, so it gets a relative path.
  run = spawnSync('npx', ['cem', 'analyze', '--litelement', '--quiet', '--outdir', relative('.', scratch)], {
    encoding: 'utf8',
    env: { ...process.env, PROPEL_INTEGRATIONS: outdir },
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// The type parser notes every deep object type (the content document) it leaves unexpanded;
// attributes are never such types, so those notes are dropped and everything else is shown.
const messages = `${run.stdout ?? ''}${run.stderr ?? ''}`
  .split('\n')
  .filter((line) => line.trim() && !/\[type-parser\] - Skipped parsing type/.test(line));
if (messages.length) console.log(messages.join('\n'));
if (run.error || run.status !== 0) {
  console.error(`integrations: the analyzer failed (${run.error?.message ?? `exit ${run.status}`}).`);
  process.exit(1);
}

// The analyzer logs a failing plugin and carries on: a missing or empty file fails the build here.
const missing = files.filter((file) => !existsSync(join(outdir, file)) || !readFileSync(join(outdir, file), 'utf8').trim());
if (missing.length) {
  console.error(`integrations: not generated: ${missing.join(', ')} (see the analyzer's messages above).`);
  process.exit(1);
}

// Every widget documents the shared --propel-* tokens and parts, and both generators list CSS
// entries per widget: keep one entry per name so an editor offers each token once.
const edit = (file, change) => {
  const path = join(outdir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  change(data);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
};
const once = (entries = []) => entries.filter((entry, i) => entries.findIndex((other) => other.name === entry.name) === i);
edit('vscode.css-custom-data.json', (data) => {
  data.properties = once(data.properties);
  data.pseudoElements = once(data.pseudoElements);
});
edit('web-types.json', ({ contributions: { css } }) => {
  css.properties = once(css.properties);
  css['pseudo-elements'] = once(css['pseudo-elements']);
});

const tags = JSON.parse(readFileSync(join(outdir, 'vscode.html-custom-data.json'), 'utf8')).tags.map((tag) => tag.name);
console.log(`integrations: ${files.join(', ')} in ${outdir}/ (${tags.length} elements: ${tags.join(', ')}).`);
