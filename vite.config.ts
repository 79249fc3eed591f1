import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { defaultContent } from './src/content/default-content.ts';
import { issueText } from './src/content/issues.ts';
import { validateContent } from './src/content/validate.ts';
import { cdnBase, contentJsonSchema } from './scripts/build/json-schema.ts';
import { compileHint } from './scripts/build/compile-hint.ts';
import { minifyTemplates } from './scripts/build/minify-templates.ts';
import { integrityOf, sri, widgetSri } from './scripts/build/sri.ts';
import { preformat } from './scripts/build/preformat.ts';
import { WIDGET_ENTRIES } from './scripts/build/widget-entries.ts';

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
      if (issues.length) this.error(`data/ is not a valid content document:\n  ${issues.map(issueText).join('\n  ')}`);
    },
    generateBundle() {
      const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
      const document = { $schema: `${cdnBase()}propel-content.schema.json`, ...defaultContent };
      this.emitFile({ type: 'asset', fileName: 'propel-content.json', source: json(document) });
      this.emitFile({ type: 'asset', fileName: 'propel-content.schema.json', source: json(contentJsonSchema()) });
    },
  };
}

/** The dev server's extras: dist/propel-editor.html at /propel-editor.html, as a static host would serve it, and /demo/… paths. */
function builtEditor(): Plugin {
  return {
    name: 'propel-built-editor',
    configureServer(server) {
      // The demo's pages are served from demo/, at /guide.html: /demo/guide.html (as the files are
      // named in the repository) redirects there rather than showing the index.
      server.middlewares.use((request, response, next) => {
        const page = /^\/demo\/([\w-]+\.html)$/.exec(request.url ?? '')?.[1];
        if (!page) return next();
        response.statusCode = 302;
        response.setHeader('Location', `/${page}`);
        response.end();
      });
      server.middlewares.use('/propel-editor.html', (_request, response, next) => {
        if (!existsSync('dist/propel-editor.html')) return next();
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(readFileSync('dist/propel-editor.html'));
      });
    },
  };
}

const WIDGET_ENTRY = 'propel-widget-entry';

/** The per-widget scripts' document checks, built before them (scripts/build/widgets.mjs). */
const CHECKS_SCRIPT = 'widgets/content-checks.js';

/**
 * The entry of a per-widget drop-in: the provider and the widget's module (which defines its tag).
 * The provider's checks and loader are src/content/checks.lazy.ts in the place of
 * src/content/provided.ts and src/content/loader.ts: they fetch dist/widgets/content-checks.js (with
 * its integrity, given as `__PROPEL_CHECKS_INTEGRITY__`) once a provider is given `src` or `content`.
 */
function widgetEntry(name: string): Plugin {
  const module = (folder: string) => JSON.stringify(`/src/widgets/${folder}/${folder}.ts`);
  const code = `import ${module('provider')};\nimport ${module(name)};\n`;
  return {
    name: 'propel-widget-entry',
    enforce: 'pre',
    config() {
      const checks = `dist/${CHECKS_SCRIPT}`;
      if (!existsSync(checks)) throw new Error(`${checks} is missing: build it first (\`vite build --mode content-checks\`)`);
      return { define: { __PROPEL_CHECKS_INTEGRITY__: JSON.stringify(integrityOf(readFileSync(checks))) } };
    },
    async resolveId(id, importer) {
      if (id === WIDGET_ENTRY) return `\0${WIDGET_ENTRY}`;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      return resolved && /\/src\/content\/(provided|loader)\.ts$/.test(resolved.id)
        ? resolved.id.replace(/(provided|loader)\.ts$/, 'checks.lazy.ts')
        : null;
    },
    load: (id) => (id === `\0${WIDGET_ENTRY}` ? code : null),
  };
}

/**
 * data/*.json as `JSON.parse('…')`: a string is scanned once, where an object literal of the same
 * content is parsed as code and then evaluated (V8 and JavaScriptCore parse JSON several times faster).
 */
function jsonAsString(): Plugin {
  return {
    name: 'propel-json-as-string',
    enforce: 'pre',
    load(id) {
      if (!/\/data\/[\w-]+\.json$/.test(id)) return null;
      const text = JSON.stringify(JSON.parse(readFileSync(id, 'utf8')));
      return { code: `export default JSON.parse(${JSON.stringify(text)});\n`, moduleType: 'js' };
    },
  };
}

export default defineConfig(({ command, mode }) => {
  // `npm start`: the demo pages, served from demo/ with the TypeScript sources, and the staff's
  // single-file editor as `npm start` built it (dist/propel-editor.html) at /propel-editor.html.
  if (command === 'serve') return { root: 'demo', server: { fs: { allow: ['..'] } }, plugins: [builtEditor()] };

  // `vite build --mode esm`: ES modules for npm consumers; lit, @lit/context and valibot stay
  // external. One entry per widget (`propel-widgets/<name>` in package.json `exports`) next to
  // the everything-entry, so an app that imports one widget loads that widget, the modules it
  // shares with others (dist/esm/chunks/) and only the default content it renders.
  if (mode === 'esm') {
    const widget = (name: string) => `src/widgets/${name}/${name}.ts`;
    const widgets = ['provider', 'treatment-comparison', 'diet-grid', 'guide-section', 'fibro-guide', 'clinic-hours', 'location-card'];
    return {
      build: {
        outDir: 'dist/esm',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: {
          entry: { index: 'src/index.ts', ...Object.fromEntries(widgets.map((name) => [name, widget(name)])) },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rollupOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, 'valibot'],
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }

  // `vite build --mode content-checks` (scripts/build/widgets.mjs, before the per-widget scripts):
  // dist/widgets/content-checks.js, the document checks and the loader that a per-widget script
  // fetches when a provider is given `src` or `content` (src/content/checks.lazy.ts).
  if (mode === 'content-checks') {
    return {
      plugins: [compileHint(), widgetSri('content-checks')],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        copyPublicDir: false,
        target: 'es2022',
        sourcemap: 'hidden',
        rollupOptions: {
          input: 'src/content/checks-script.ts',
          output: { format: 'iife', entryFileNames: CHECKS_SCRIPT, generatedCode: { symbols: false } },
        },
      },
    };
  }

  // `vite build --mode widget:<name>` (scripts/build/widgets.mjs runs one per widget): the widget's own
  // drop-in, dist/widgets/propel-<name>.js, a minified classic script (IIFE) that defines that tag, the
  // tags it composes and <propel-provider>, and embeds only the content it renders. No global: it
  // exports nothing, so window.PropelWidgets stays the whole drop-in's. Its content is embedded as
  // JSON.parse('…') (jsonAsString()); its hash goes into dist/propel-widgets.sri.json (widgetSri()).
  const widget = /^widget:([a-z-]+)$/.exec(mode)?.[1];
  if (widget) {
    return {
      plugins: [
        widgetEntry(widget),
        jsonAsString(),
        minifyTemplates(),
        preformat(WIDGET_ENTRIES[widget]?.includes('clinic')),
        compileHint(),
        widgetSri(`propel-${widget}`),
      ],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        copyPublicDir: false,
        target: 'es2022',
        sourcemap: 'hidden', // dist/widgets/propel-<name>.js.map, for `npm run size`'s ledger of this script
        rollupOptions: {
          input: WIDGET_ENTRY,
          output: { format: 'iife', entryFileNames: `widgets/propel-${widget}.js`, generatedCode: { symbols: false } },
        },
      },
    };
  }

  // `vite build`: the drop-in, one minified classic script (IIFE) with everything inside.
  return {
    plugins: [contentDocument(), minifyTemplates(), preformat(), compileHint(), sri()],
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
      // window.PropelWidgets is a plain object: no Symbol.toStringTag "Module" on it.
      rollupOptions: { output: { generatedCode: { symbols: false } } },
    },
  };
});
