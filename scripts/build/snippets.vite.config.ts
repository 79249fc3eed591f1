/**
 * The snippet generator's Vite SSR build (`node scripts/build/snippets.mjs` runs it): the elements from
 * the same sources and through the same template minifier as the drop-in, as an ES module for
 * Node. Its dependencies (lit, @lit/context, valibot) stay external, so the elements and
 * @lit-labs/ssr share one copy of Lit. The bundle goes to a cache folder and never ships.
 */
import { defineConfig } from 'vite';
import { minifyTemplates } from './minify-templates.ts';

export default defineConfig({
  plugins: [minifyTemplates()],
  logLevel: 'warn',
  build: {
    ssr: 'scripts/build/snippets-entry.ts',
    outDir: 'node_modules/.cache/propel-snippets-ssr/latest', // scripts/build/snippets.mjs sets one per run
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'snippets-entry.js' } },
  },
});
