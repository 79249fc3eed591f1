// Generates custom-elements.json from the JSDoc in src/ with @custom-elements-manifest/analyzer,
// with modules sorted by path so the output does not depend on file-system order.
// `--check` compares instead of writing, and fails when the committed file is stale.
// Both fail when package.json's `customElements` does not name the shipped custom-elements.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const scratch = '.manifest-check';
rmSync(scratch, { recursive: true, force: true });
execFileSync('npx', ['cem', 'analyze', '--litelement', '--outdir', scratch], { stdio: ['ignore', 'ignore', 'inherit'] });
const manifest = JSON.parse(readFileSync(`${scratch}/custom-elements.json`, 'utf8'));
rmSync(scratch, { recursive: true, force: true });
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;

// Tools find the manifest through package.json: it must name the shipped file.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.customElements !== 'custom-elements.json' || !pkg.files?.includes('custom-elements.json')) {
  console.error(
    `package.json "customElements" must be "custom-elements.json" and listed in "files" (it is ${JSON.stringify(pkg.customElements)}).`,
  );
  process.exit(1);
}

if (process.argv.includes('--check')) {
  const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
  if (committed !== fresh) {
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} else {
  writeFileSync('custom-elements.json', fresh);
  console.log(`custom-elements.json written (${manifest.modules.length} modules).`);
}
