import { defineConfig, type Plugin } from 'vite';
import { defaultContent } from './src/content/default-content.ts';
import { validateContent } from './src/content/validate.ts';
import { cdnBase, contentJsonSchema } from './scripts/json-schema.ts';
import { minifyTemplates } from './scripts/minify-templates.ts';

/**
 * Validates the default content at build time (a broken data/ file fails the
 * build) and emits it as dist/propel-content.json, the exact document shape
 * that <propel-provider> accepts, with its JSON Schema beside it
 * (dist/propel-content.schema.json, named by the document's `$schema`).
 */
function contentDocument(): Plugin {
  return {
    name: 'propel-content-document',
    buildStart() {
      const { issues } = validateContent(defaultContent);
      if (issues.length) this.error(`data/ is not a valid content document:\n  ${issues.join('\n  ')}`);
    },
    generateBundle() {
      const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
      const document = { $schema: `${cdnBase()}propel-content.schema.json`, ...defaultContent };
      this.emitFile({ type: 'asset', fileName: 'propel-content.json', source: json(document) });
      this.emitFile({ type: 'asset', fileName: 'propel-content.schema.json', source: json(contentJsonSchema()) });
    },
  };
}

export default defineConfig(({ command, mode }) => {
  // `npm start`: the demo pages, served from demo/ with the TypeScript sources.
  if (command === 'serve') return { root: 'demo', server: { fs: { allow: ['..'] } } };

  // `vite build --mode esm`: ES modules for npm consumers; lit and valibot stay external.
  if (mode === 'esm') {
    return {
      build: {
        outDir: 'dist/esm',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: { entry: { index: 'src/index.ts' }, formats: ['es'] },
        rollupOptions: { external: [/^lit(\/|$)/, /^@lit\//, 'valibot'] },
      },
    };
  }

  // `vite build`: the drop-in, one minified classic script (IIFE) with everything inside.
  return {
    plugins: [contentDocument(), minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: 'hidden', // dist/propel-widgets.js.map, for `npm run size`'s ledger; no sourceMappingURL comment
      lib: {
        entry: 'src/index.ts',
        formats: ['iife'],
        name: 'PropelWidgets',
        fileName: () => 'propel-widgets.js',
      },
    },
  };
});
