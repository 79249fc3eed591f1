// Build step: the staff's editor (demo/editor/, <content-editor>) as ONE self-contained file,
// dist/propel-editor.html, with its script and styles inline. It works opened from disk
// (file://) and from any static host, offline: no fonts, no images, no request at all unless
// the user loads a document from an address.
// Runs after `vite build` (which empties dist/). Usage: node scripts/build/editor.mjs [--out path]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 ? process.argv[outIndex + 1] : 'dist/propel-editor.html';

/** The editor and everything it imports (Lit, the widgets, the content layer) as one classic script. */
async function bundle() {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: 'demo/editor/content-editor.ts', formats: ['iife'], name: 'PropelEditor', fileName: () => 'propel-editor.js' },
      rolldownOptions: {
        output: { codeSplitting: false, generatedCode: { symbols: false } },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((file) => file.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`expected one script, got ${chunks.map((c) => c.fileName).join(', ')}`);
  return chunks[0].code;
}

/**
 * The script as the text of an inline <script>: "</script" would end the element early and
 * "<!--" could start the HTML parser's escaped mode. In JavaScript's strings, templates and
 * regular expressions, "<\/" and "\x3C!--" mean the same characters.
 */
function inlineScript(code) {
  const safe = code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
  if (/<\/script|<!--/i.test(safe)) throw new Error('the script still holds "</script" or "<!--"');
  return safe;
}

/** A stylesheet's text for an inline <style>: nothing in it may be fetched. */
function inlineStyle(path) {
  const text = readFileSync(path, 'utf8');
  if (/@import|url\(/i.test(text)) throw new Error(`${path} would make a request (@import or url()): the editor must work offline`);
  return text.replace(/<\/(style)/gi, '<\\/$1');
}

const script = inlineScript(await bundle());
const styles = ['demo/demo.css', 'demo/editor/editor.css'].map(inlineStyle).join('\n');

/**
 * The demo's editor page (demo/editor.html) as one file: its stylesheets and module script become
 * inline, and what points at the rest of the demo (the page links, the link to this very file) goes.
 */
function singleFile(page) {
  const steps = [
    [/\s*<link rel="stylesheet"[^>]*>/g, ''],
    [/\s*<script type="module" src="[^"]*"><\/script>/, ''],
    [/\s*<nav class="pages"[\s\S]*?<\/nav>/, ''],
    [/\s*<p class="single-file">[\s\S]*?<\/p>/, ''],
    ['</head>', `  <meta name="referrer" content="no-referrer" />\n    <style>\n${styles}\n    </style>\n  </head>`],
    [
      '</body>',
      `  <noscript><p class="loading">The editor needs JavaScript: allow it for this file, or open it in another browser.</p></noscript>\n    <script>\n${script}\n    </script>\n  </body>`,
    ],
  ];
  return steps.reduce((html, [pattern, replacement]) => {
    // A function, so that "$'" and "$&" in the script stay as they are.
    const next = html.replace(pattern, () => replacement);
    if (next === html) throw new Error(`demo/editor.html changed: nothing matches ${pattern}`);
    return next;
  }, page);
}

const html = singleFile(readFileSync('demo/editor.html', 'utf8'));

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, html);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${OUT}: ${kb(Buffer.byteLength(html))} (${kb(gzipSync(html).length)} gzip), one file, script and styles inline`);
