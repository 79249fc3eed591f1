// Item 3: coexistence with whatever else a page runs. The drop-in loaded twice (same version, and
// two versions), a foreign element already holding one of our tags, an AMD loader, and polluted,
// patched or frozen built-ins. Each page must render every widget and sort a table.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { HEAD, WIDGETS, deepText, interact, settle } from './widgets.mjs';

const OTHER_VERSION = '0.0.0-safety';

/** The second copy's build (one for every engine) and its temporary directory. */
let otherBuild;
let otherDir;
const buildOtherVersion = () => (otherBuild ??= buildOther());

/**
 * Builds a second drop-in whose VERSION is OTHER_VERSION, with the project's own Vite config, into
 * a temporary directory. src/core/version.ts is rewritten in the build only (a transform plugin).
 */
async function buildOther() {
  const outDir = (otherDir = mkdtempSync(join(tmpdir(), 'propel-safety-')));
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, sourcemap: false },
    plugins: [
      {
        name: 'safety-other-version',
        enforce: 'pre',
        transform(code, id) {
          if (id.replace(/\\/g, '/').endsWith('/src/core/version.ts'))
            return code.replace(/VERSION = '[^']*'/, `VERSION = '${OTHER_VERSION}'`);
        },
      },
    ],
  });
  return outDir;
}

/** Scripts a page may run before ours. */
const SCRIPTS = {
  // A page that already uses the tag for something else.
  'foreign.js': `customElements.define('propel-diet-grid', class extends HTMLElement {
  connectedCallback() { this.textContent = 'their own diet grid'; }
});`,
  // RequireJS-style loader: our IIFE must neither call it nor need it.
  'amd.js': `window.amdCalls = 0;
window.define = function () { window.amdCalls++; throw new Error('AMD define must not be called'); };
window.define.amd = { jQuery: true };
window.require = window.requirejs = function () {};`,
  // Enumerable keys on the prototypes (old libraries and careless code do this).
  'polluted.js': `Object.prototype.polluted = 'x';
Object.prototype.pollutedFn = function () { return 'x'; };
Object.prototype.render = 'not a function';
Object.prototype.content = { treatments: 'poison' };
Array.prototype.extra = function () {};
Array.prototype.remove = function (item) { const i = this.indexOf(item); if (i >= 0) this.splice(i, 1); return this; };
String.prototype.capitalize = function () { return this[0].toUpperCase() + this.slice(1); };
Function.prototype.bindAll = function () {};`,
  // Prototype.js 1.6-style patches: arrays serialise to a string, Array.prototype grows helpers.
  'patched.js': `Array.prototype.toJSON = function () { return '[' + this.map(function (v) { return JSON.stringify(v); }).join(', ') + ']'; };
Array.prototype.first = function () { return this[0]; };
Object.prototype.toJSON = undefined;`,
  // Hardened JavaScript (a lockdown-like page): the built-in prototypes frozen.
  'frozen.js': `for (const C of [Object, Array, Function, String, Number, Boolean, Symbol, Promise, Map, Set, WeakMap, WeakSet, RegExp, Date, Error, TypeError, Iterator])
  if (C && C.prototype) Object.freeze(C.prototype);
for (const C of [Object, Array, Function, String, Number, Promise, Map, Set, JSON, Math, Reflect, Intl]) if (C) Object.freeze(C);`,
};

const body = WIDGETS.map((w) => `<div id="${w.id}">${w.html}</div>`).join('');

/** A page's problems (scripts/lib/engines.mjs) as errors (page errors, console errors) and console warnings. */
const split = (problems) => ({
  errors: problems.filter((p) => !p.startsWith('console warning: ')).map((p) => p.replace(/^(page error|console error): /, '')),
  warnings: problems.filter((p) => p.startsWith('console warning: ')).map((p) => p.slice('console warning: '.length)),
});

export async function run({ browser, server, check }) {
  for (const [name, code] of Object.entries(SCRIPTS)) server.page(`/co/${name}`, code);
  let other;
  try {
    other = await buildOtherVersion();
    const text = readFileSync(join(other, 'propel-widgets.js'), 'utf8');
    check('3.0', `second copy built with VERSION ${OTHER_VERSION}`, text.includes(OTHER_VERSION) && !text.includes("'0.1.0'"), other);
  } catch (error) {
    check('3.0', `second copy built with VERSION ${OTHER_VERSION}`, false, error.message);
    return;
  }
  server.mount('/other/', other);
  await scenarios({ browser, server, check });
}

/** Removes the second copy's temporary directory (after the last engine). */
process.on('exit', () => otherDir && rmSync(otherDir, { recursive: true, force: true }));

async function scenarios({ browser, server, check }) {
  /** Loads a page with these scripts (in order) and the widgets; reports what a reader would see. */
  async function scenario(name, scripts, { sortCheck = true, skip = [] } = {}) {
    const url = server.page(
      `/co/${name}.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${HEAD}
${scripts.map((src) => `<script src="${src.startsWith('/') ? src : `/co/${src}`}"></script>`).join('\n')}</head><body>${body}</body></html>`,
    );
    const page = await browser.newPage({ width: 1000, height: 800 });
    await page.goto(url);
    await settle(page);
    const blank = [];
    for (const w of WIDGETS) {
      const tag = w.html.match(/<(propel-(?!provider)[a-z-]+)/)[1];
      if (skip.includes(tag)) continue;
      const text = await deepText(page, `#${w.id} ${tag}`);
      if (!text || text.length < 10 || /cannot be shown|could not be loaded|not available/.test(text))
        blank.push(`${w.id}: ${JSON.stringify(text?.slice(0, 60))}`);
    }
    const done = sortCheck ? await interact(page) : {};
    const broken = Object.entries(done)
      .filter(([, ok]) => !ok)
      .map(([what]) => what);
    const extra = await page.evaluate(() => ({ amdCalls: window.amdCalls, global: window.PropelWidgets?.VERSION }));
    const { errors, warnings } = split(await page.problems());
    await page.close();
    return { errors, warnings, blank, broken, done, ...extra };
  }
  const summary = (r) =>
    [
      r.errors.length ? `errors: ${r.errors.join(' | ')}` : 'no errors',
      `${r.warnings.length} warning(s)${r.warnings.length ? `: ${r.warnings.join(' | ')}` : ''}`,
      r.blank.length ? `not rendered: ${r.blank.join('; ')}` : 'all rendered',
      r.broken.length ? `broken: ${r.broken.join(', ')}` : `works: ${Object.keys(r.done).join(', ')}`,
    ].join('; ');
  const fine = (r, maxWarnings) => !r.errors.length && r.warnings.length <= maxWarnings && !r.blank.length && !r.broken.length;

  const same = await scenario('same-twice', ['/dist/propel-widgets.js', '/dist/propel-widgets.js?again']);
  check('3.1', 'same version loaded twice: silent, everything works', fine(same, 0), summary(same));

  for (const [label, order] of [
    ['0.1.0 then other', ['/dist/propel-widgets.js', '/other/propel-widgets.js']],
    ['other then 0.1.0', ['/other/propel-widgets.js', '/dist/propel-widgets.js']],
  ]) {
    const r = await scenario(`versions-${label.replace(/\W+/g, '-')}`, order);
    check(
      '3.2',
      `two versions (${label}): no error, at most one warning, everything works`,
      fine(r, 1),
      `${summary(r)}; window.PropelWidgets is ${r.global}`,
    );
  }

  const foreign = await scenario('foreign', ['foreign.js', '/dist/propel-widgets.js'], { skip: ['propel-diet-grid'] });
  const foreignWarned = foreign.warnings.length === 1 && /propel-diet-grid/.test(foreign.warnings[0]);
  check(
    '3.3',
    'a foreign <propel-diet-grid> already defined: one warning, every other widget works',
    fine(foreign, 1) && foreignWarned,
    summary(foreign),
  );

  const amd = await scenario('amd', ['amd.js', '/dist/propel-widgets.js']);
  check(
    '3.4',
    'AMD loader on the page: define() never called, elements defined',
    fine(amd, 0) && amd.amdCalls === 0,
    `define called ${amd.amdCalls}×; ${summary(amd)}`,
  );

  for (const [name, label] of [
    ['polluted', 'enumerable keys on Object/Array/String/Function prototypes'],
    ['patched', 'Prototype.js-style Array.prototype.toJSON and helpers'],
    ['frozen', 'frozen built-in prototypes and constructors'],
  ]) {
    const r = await scenario(name, [`${name}.js`, '/dist/propel-widgets.js']);
    check('3.5', `${label}: renders and sorts`, fine(r, 0), summary(r));
  }

  // Content given to a provider goes through validate.ts: it must survive the same page habits.
  for (const name of ['polluted', 'patched', 'frozen']) {
    const url = server.page(
      `/co/provider-${name}.html`,
      `<!doctype html><html lang="en"><head>${HEAD}<script src="/co/${name}.js"></script><script src="/dist/propel-widgets.js"></script></head>
<body><propel-provider><propel-treatment-comparison></propel-treatment-comparison></propel-provider></body></html>`,
    );
    const page = await browser.newPage({ width: 1000, height: 800 });
    await page.goto(url);
    await settle(page);
    const result = await page.evaluate(async () => {
      const provider = document.querySelector('propel-provider');
      const content = structuredClone(window.PropelWidgets.defaultContent);
      content.treatments.heading = 'Provided by the page';
      content.treatments.items = content.treatments.items.slice(0, 3);
      provider.content = content;
      const table = document.querySelector('propel-treatment-comparison');
      await provider.updateComplete;
      await table.updateComplete;
      return {
        rows: table.shadowRoot.querySelectorAll('tbody tr').length,
        caption: table.shadowRoot.querySelector('caption')?.textContent.trim(),
      };
    });
    const { errors, warnings } = split(await page.problems());
    await page.close();
    check(
      '3.6',
      `provider content validated on a ${name} page`,
      result.rows === 3 && /Provided by the page/.test(result.caption) && !warnings.length && !errors.length,
      `${result.rows} rows, caption ${JSON.stringify(result.caption?.slice(0, 40))}${warnings.length ? `; warnings: ${warnings.join(' | ')}` : ''}${errors.length ? `; errors: ${errors.join(' | ')}` : ''}`,
    );
  }
}
