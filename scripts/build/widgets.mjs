// The per-widget drop-ins: dist/widgets/<tag>.js, one classic minified script per widget, for a page
// that shows one widget (a partner blog with the comparison). Each defines its tag, the tags it
// composes and <propel-provider>, and embeds only the content it renders; the define guard makes one
// of them and the whole drop-in on the same page harmless (same version: the first definition stays).
// Their content is checked at build time; the checks for a document given to a provider (`src`,
// `content`) are dist/widgets/content-checks.js, fetched only then (src/content/checks.lazy.ts).
//
// Runs `vite build --mode widget:<name>` (vite.config.ts) once per widget, after the whole drop-in's
// build, which writes dist/propel-widgets.sri.json: each build adds its script's integrity to it.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The widgets that get a script of their own (the provider is in each of them). */
export const WIDGET_SCRIPTS = ['treatment-comparison', 'diet-grid', 'guide-section', 'fibro-guide', 'clinic-hours', 'location-card'];

/** The file of a widget's drop-in, relative to dist/. */
export const widgetScript = (tag) => `widgets/${tag}.js`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  // First the document checks that each of them fetches when a provider needs them (vite.config.ts):
  // their integrity is written into each per-widget script.
  await build({ mode: 'content-checks', logLevel: 'warn' });
  for (const name of WIDGET_SCRIPTS) await build({ mode: `widget:${name}`, logLevel: 'warn' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Per-widget drop-ins: ${WIDGET_SCRIPTS.length} in dist/widgets/, and their content checks, in ${seconds} s.`);
}
