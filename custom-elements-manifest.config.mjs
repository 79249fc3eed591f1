import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

// scripts/build/integrations.mjs sets PROPEL_INTEGRATIONS to the folder the editor and framework
// integrations go to (dist/integrations). Unset (`npm run analyze`, `analyze:check`), the
// analyzer runs with the token table alone and writes exactly the committed custom-elements.json.
const integrations = process.env.PROPEL_INTEGRATIONS;

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // scripts/build/manifest.mjs analyses into a scratch folder; the analyzer must not point
  // package.json's `customElements` at it (the field names the shipped custom-elements.json).
  packagejson: false,
  ...(integrations ? await integrationPlugins(integrations) : { plugins: [tokenDocs()] }),
};

/**
 * The CSS custom properties' docs from one table, src/core/tokens.json: each widget's JSDoc names
 * the tokens it reads (`@cssprop --propel-color-primary - what it colours here`); the table gives
 * each token's default (light / dark) and, where the JSDoc says nothing more, its description.
 * A token the table does not hold stops the analysis.
 */
function tokenDocs() {
  const table = JSON.parse(readFileSync('src/core/tokens.json', 'utf8'));
  return {
    name: 'propel-token-docs',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? [])
          for (const property of declaration.cssProperties ?? []) {
            const row = table[property.name];
            if (!row) throw new Error(`<${declaration.tagName}> documents ${property.name}, which src/core/tokens.json does not hold`);
            property.description ||= row.description;
            property.default = row.default;
          }
    },
  };
}

/**
 * The manifest-driven outputs of `npm run build`:
 * - @wc-toolkit/type-parser resolves type aliases (`Theme` → `'light' | 'dark' | 'auto'`) into
 *   `parsedType`, so the editor data lists an attribute's fixed values; it needs the TypeScript
 *   program, hence overrideModuleCreation.
 * - @wc-toolkit/jsx-types: React 19 / Preact / Solid `IntrinsicElements` (jsx.d.ts). Prop types
 *   point at the classes' declarations in dist/types, so they are exactly the element's types.
 * - custom-element-vs-code-integration: VS Code HTML and CSS custom data.
 * - custom-element-jet-brains-integration: web-types.json (package.json "web-types").
 */
async function integrationPlugins(outdir) {
  const [{ getTsProgram, typeParserPlugin }, { jsxTypesPlugin }, { customElementVsCodePlugin }, { customElementJetBrainsPlugin }] =
    await Promise.all([
      import('@wc-toolkit/type-parser'),
      import('@wc-toolkit/jsx-types'),
      import('custom-element-vs-code-integration'),
      import('custom-element-jet-brains-integration'),
    ]);
  // From dist/integrations/jsx.d.ts to the declaration of a manifest module (src/x/y.ts).
  const declaration = (modulePath) => `../types/${modulePath.replace(/\.ts$/, '.js')}`;
  return {
    overrideModuleCreation({ ts, globs }) {
      const files = new Set(globs.map((glob) => relative('.', glob)));
      return getTsProgram(ts, globs, 'tsconfig.build.json')
        .getSourceFiles()
        .filter((file) => files.has(relative('.', file.fileName)));
    },
    plugins: [
      tokenDocs(),
      typeParserPlugin(),
      relativePaths(),
      jsxTypesPlugin({ outdir, fileName: 'jsx.d.ts', componentTypePath: (_name, _tag, modulePath) => declaration(modulePath) }),
      customElementVsCodePlugin({ outdir, typesSrc: 'parsedType', hideLogs: true }),
      // packageJson: false: package.json's "web-types" field is ours, not the plugin's to write.
      customElementJetBrainsPlugin({ outdir, typesSrc: 'parsedType', hideLogs: true, packageJson: false }),
    ],
  };
}

/**
 * With overrideModuleCreation the analyzer names modules by absolute path; this puts them back
 * to repository-relative paths (as in custom-elements.json) and in path order, before the
 * generators read the manifest, so their output does not depend on the checkout's location.
 */
function relativePaths() {
  const root = `${process.cwd()}${sep}`;
  const local = (path) => path.slice(root.length).split(sep).join('/');
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string' && child.startsWith(root)) value[key] = local(child);
      else visit(child);
    }
  };
  return {
    name: 'propel-relative-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest);
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}
