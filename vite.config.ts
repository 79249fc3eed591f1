import { defineConfig, type Plugin } from 'vite';
import { defaultContent } from './src/content/default-content.ts';
import { validateContent } from './src/content/schema.ts';
import { minifyTemplates } from './scripts/minify-templates.ts';

/**
 * Validates the default content at build time (a broken data/ file fails the
 * build) and emits it as dist/propel-content.json, the exact document shape
 * that <propel-provider> accepts.
 */
function contentDocument(): Plugin {
  return {
    name: 'propel-content-document',
    buildStart() {
      const result = validateContent(defaultContent);
      if (!result.ok) this.error(`data/ is not a valid content document:\n  ${result.errors.join('\n  ')}`);
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'propel-content.json',
        source: `${JSON.stringify(defaultContent, null, 2)}\n`,
      });
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
      lib: {
        entry: 'src/index.ts',
        formats: ['iife'],
        name: 'PropelWidgets',
        fileName: () => 'propel-widgets.js',
      },
    },
  };
});
