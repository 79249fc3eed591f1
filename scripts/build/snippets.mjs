// Prerendered embed snippets: dist/snippets/<tag>.html, the markup a partner pastes where a widget goes.
// Each holds the tag with a declarative shadow root (<template shadowrootmode="open">) rendered at build
// time, so the widget is laid out at first paint, readable without JavaScript and visible to crawlers.
// When the drop-in runs, PropelElement's first update() clears that root (src/core/lit-internals.ts) and
// Lit renders fresh in the same task: no hydration, so edited attributes and older snippets still end up current.
//
// How: a Vite SSR build of scripts/build/snippets-entry.ts (same sources, same minifyTemplates() plugin as the
// drop-in; scripts/build/snippets.vite.config.ts) into a cache folder; Node imports it behind Lit's DOM shim and
// @lit-labs/ssr renders each tag. Lit's hydration markers (<!--lit-part-->, <!--lit-node N-->,
// defer-hydration) are stripped: the clear-and-render upgrade does not read them.
//
// Writes, for every widget with a visual:
//   dist/snippets/<tag>.html       inline <style> in each shadow root; <propel-fibro-guide>, whose 16 roots
//                                  would repeat 4 stylesheets, links them instead (see SNIPPETS)
//   dist/snippets/<tag>.csp.html   <link rel="stylesheet"> to dist/snippets/<tag>.css instead, for
//                                  hosts whose CSP forbids inline styles (style-src without 'unsafe-inline')
//   dist/snippets/<tag>.css        the element's own `static styles`, exactly what it adopts when upgraded
//   dist/snippets/propel-guide-section--<id>.html (+ .csp.html) one per guide section
//   dist/snippets/propel-provider.html  a provider with `src` around a widget, without a shadow root
//   dist/snippets/index.json       the list of snippets, with their tags, attributes, key text and script
// Each file ends with its script tag: the widget's own drop-in (dist/widgets/<tag>.js), pinned, with its
// integrity, crossorigin and defer, so that it can be pasted as-is.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the snippets go: dist/snippets, or `--out <dir>`. */
const outArg = process.argv.indexOf('--out');
export const OUT_DIR = outArg > 0 ? process.argv[outArg + 1] : 'dist/snippets';
/** The SSR bundle's folder, one per run: two builds at once do not share it. Removed once loaded. */
const SSR_DIR = `node_modules/.cache/propel-snippets-ssr/${process.pid}`;

/** The snippets with a prerendered shadow root: file name, tag, attributes, text a reader must see. */
export const SNIPPETS = [
  {
    tag: 'propel-treatment-comparison',
    attrs: 'filterable highlight="ketamine-therapy"',
    text: ['Ketamine Therapy', 'Anti-seizure Drugs'],
  },
  { tag: 'propel-diet-grid', attrs: '', text: ['Anti-inflammatory Foods', 'Hydration'] },
  {
    tag: 'propel-guide-section',
    attrs: 'section="ketamine"',
    text: ['Ketamine Therapy'],
    note: 'section="ketamine" is this snippet\'s choice. Every section has its own snippet: propel-guide-section--<section>.html.',
  },
  {
    tag: 'propel-fibro-guide',
    attrs: '',
    text: ['Ketamine Therapy', 'Anti-inflammatory Foods', 'Key Takeaways', '1010 Hurley Way'],
    // 16 shadow roots (the guide, 13 sections, the table, the diet grid): inline, their styles would take
    // 52 KB of the 77 KB. Linked, each widget class's stylesheet is fetched once and cached.
    styles: 'linked',
    note:
      "Each shadow root links its widget's stylesheet (4 files, fetched once and cached) instead of repeating it\n" +
      "  inline 16 times. Chromium waits for a shadow root's stylesheet before it shows what follows, so the\n" +
      '  guide never shows unstyled and nothing shifts. This snippet is also its own CSP variant.',
  },
  {
    tag: 'propel-clinic-hours',
    attrs: '',
    text: [], // + the neutral hours, added in main()
    note: 'Until the script runs the badge shows the regular hours; then it goes live ("Open now", "Closed", ...).',
  },
  { tag: 'propel-location-card', attrs: '', text: ['Propel Therapeutics', '1010 Hurley Way', 'Sacramento, CA 95825'] },
];

/** Lit's hydration markers, which a clear-and-render upgrade does not need. */
export function stripHydrationMarkers(markup) {
  return (
    markup
      .replace(/<!--\/?lit-part[^>]*?-->/g, '')
      .replace(/<!--lit-node \d+-->/g, '')
      .replace(/<!--\??lit\$\d+\$-->|<\?lit\$\d+\$>/g, '')
      .replace(/ defer-hydration(?==""|[\s/>])(="")?/g, '')
      .replace(/<template shadowroot="(open|closed)" shadowrootmode="\1"/g, '<template shadowrootmode="$1"')
      // Boolean properties bound with `.checked=${…}` come out as checked="true"/"false"; any value means checked in HTML.
      .replace(/ (checked|selected|disabled)="false"/g, '')
      .replace(/ (checked|selected|disabled)="true"/g, ' $1')
      // Tidy the custom elements' opening tags: SSR re-serialises their attributes.
      .replace(/<(propel-[\w-]+)\s+(?=[^\s])/g, '<$1 ')
      .replace(/<(propel-[\w-]+) >/g, '<$1>')
  );
}

/** Whatever hydration leftovers a snippet still holds (empty when clean). */
export const leftoverMarkers = (markup) =>
  markup.match(/<!--\/?lit-(part|node)[^>]*-->|<\??!?-*\??lit\$[^>]*>|defer-hydration|\sshadowroot="/g) ?? [];

/**
 * Makes every <propel-clinic-hours> root state-neutral: the badge says the regular hours instead of the
 * state at build time, holding the room of its longest live words (`held(icon)`: heldBadge in
 * scripts/build/prerender.ts; the rules that hold that room come with `withPrerenderRules`), and the week
 * table marks no day as today. Fails loudly when the badge's markup changes, rather than ship the state
 * of the build's moment.
 */
export function neutralizeHours(markup, held) {
  let badges = 0;
  const out = markup.replace(
    /(<propel-clinic-hours\b[^>]*><template shadowrootmode="open">)([\s\S]*?)(<\/template>)/g,
    (_, open, root, close) => {
      root = root.replace(/<p part="badge"[^>]*>([\s\S]*?)<\/p>/, (__, inner) => {
        badges++;
        const icon = inner.match(/<span part="icon"\s*>[\s\S]*?<\/span\s*>/)?.[0];
        if (!icon) throw new Error('neutral hours: the badge has no <span part="icon"> (did its markup change?)');
        return held(icon);
      });
      root = root
        .replace(/ aria-current="date"/g, '')
        .replace(/<span class="vh">, <\/span><span part="today">[^<]*<\/span>/g, '')
        .replace(/<ul part="exceptions">[\s\S]*?<\/ul>/g, '');
      return open + root + close;
    },
  );
  const week = (out.match(/<propel-clinic-hours\b[^>]*variant="week"/g) ?? []).length;
  const all = (out.match(/<propel-clinic-hours\b/g) ?? []).length;
  if (badges !== all - week)
    throw new Error(`neutral hours: ${badges} badges rewritten, ${all - week} expected (did the badge's markup change?)`);
  if (/part="today"|aria-current=|part="exceptions"/.test(out))
    throw new Error('neutral hours: the week table still marks today or lists dated exceptions');
  return out;
}

/**
 * Makes the comparison's controls in prerendered markup not offered: disabled, and invisible in the
 * space kept for them (UNTIL_UPGRADE in scripts/build/prerender.ts, which `withPrerenderRules` puts in
 * the root's <style>); `hint` is the caption's sort hint, dropped.
 */
export function withoutDeadControls(markup, hint) {
  return markup
    .replace(/<button part="(sort-button|show-all)"([^>]*?)\s*>/g, '<button part="$1"$2 disabled>')
    .replace(/<fieldset part="filter"\s*>/g, '<fieldset part="filter" disabled>')
    .replace(/(<caption class="vh">[^<]*?)\s*<\/caption>/g, (_, caption) => `${caption.replace(` ${hint}`, '')} </caption>`);
}

/**
 * Each declarative shadow root (nested ones too) with its rules for the time before the script runs
 * (`prerenderCss`, scripts/build/prerender.ts: shown once parsed to its end, no dead controls, the
 * badge's held room) at the end of its <style>, and the marker they wait for as its last child
 * (`markParsed`). A root with linked styles gets the rules from its stylesheet (see main()).
 */
export function withPrerenderRules(markup, { markParsed, prerenderCss }) {
  return markParsed(markup).replace(
    /(<(propel-[a-z-]+)\b[^>]*><template shadowrootmode="open"><style>)([\s\S]*?)(<\/style>)/g,
    (_, open, tag, rules, close) => `${open}${rules}${prerenderCss(tag)}${close}`,
  );
}

let env;

/** Builds the SSR bundle and loads it with @lit-labs/ssr behind Lit's DOM shim (once). */
export async function prepare() {
  if (env) return env;
  const { build } = await import('vite');
  await build({ configFile: 'scripts/build/snippets.vite.config.ts', logLevel: 'warn', build: { outDir: SSR_DIR } });
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { LitElementRenderer } = await import('@lit-labs/ssr/lib/lit-element-renderer.js');
  const { html, unsafeStatic } = await import('lit/static-html.js');
  const bundle = await import(pathToFileURL(resolve(SSR_DIR, 'snippets-entry.js')).href);
  rmSync(SSR_DIR, { recursive: true, force: true });
  const base = bundle.cdnBase();
  // The prerendered badge, for the default hours: computed once (it reads two weeks of the hours, every half hour).
  const badge = new Map();
  const held = (icon) => {
    if (!badge.has(icon)) badge.set(icon, bundle.heldBadge(icon));
    return badge.get(icon);
  };
  const cssUrl = (tag) => `${base}snippets/${tag}.css`;

  /** Renders each shadow root's styles as a <link> to dist/snippets/<tag>.css instead of an inline <style>. */
  class LinkedStylesRenderer extends LitElementRenderer {
    renderShadow(info) {
      const out = super.renderShadow(info);
      const end = out?.indexOf('</style>') ?? -1;
      if (out?.[0] !== '<style>' || end < 0) return out;
      return [`<link rel="stylesheet" href="${cssUrl(this.tagName)}">`, ...out.slice(end + 1)];
    }
  }

  /**
   * One tag, prerendered: `styles` is `inline` (a <style> per root) or `linked` (a <link> per root).
   * Returns the markup without hydration markers and the tags rendered (nested ones included).
   */
  function renderTag(tag, attrs, styles = 'inline') {
    const tags = new Set();
    const value = html`<${unsafeStatic(tag)} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}>`;
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    let markup;
    try {
      markup = collectResultSync(
        render(value, {
          elementRenderers: [styles === 'linked' ? LinkedStylesRenderer : LitElementRenderer],
          customElementRendered: (name) => tags.add(name),
        }),
      );
    } finally {
      console.warn = warn;
    }
    if (warnings.length) throw new Error(`<${tag} ${attrs}> warned while rendering:\n  ${warnings.join('\n  ')}`);
    markup = withPrerenderRules(
      withoutDeadControls(neutralizeHours(stripHydrationMarkers(markup), held), bundle.COMPARISON_STRINGS.en.sortHint),
      bundle,
    );
    const left = leftoverMarkers(markup);
    if (left.length) throw new Error(`<${tag}>: hydration markers left: ${[...new Set(left)].join(' ')}`);
    return { markup, tags: [...tags] };
  }

  /** An element class's styles, as it adopts them once upgraded. */
  function stylesOf(tag) {
    const ctor = customElements.get(tag);
    ctor.finalize?.();
    return ctor.elementStyles.map((s) => s.cssText).join('\n') + '\n';
  }

  // The script tags pin the build's Subresource Integrity hashes (written by scripts/build/sri.ts and the
  // per-widget builds, scripts/build/widgets.mjs, before this runs).
  const sriFile = resolve('dist/propel-widgets.sri.json');
  const record = existsSync(sriFile) ? JSON.parse(readFileSync(sriFile, 'utf8')) : {};
  const attributes = (integrity) => (integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '');
  const scriptAttributes = attributes(record.integrity);
  const scriptUrl = `${base}propel-widgets.js`;
  /** The script a page with this tag needs: the tag's own drop-in (dist/widgets/<tag>.js), else the whole one. */
  const scriptTag = (tag) => {
    const own = record.widgets?.[tag];
    if (!own && tag !== 'propel-provider')
      throw new Error(`no per-widget drop-in for <${tag}> in ${sriFile}: run scripts/build/widgets.mjs first`);
    return own
      ? `<script src="${own.url}"${attributes(own.integrity)} defer></script>`
      : `<script src="${scriptUrl}"${scriptAttributes} defer></script>`;
  };
  env = { ...bundle, renderTag, stylesOf, cssUrl, scriptUrl, scriptAttributes, scriptTag };
  return env;
}

/** The comment above every snippet: what it is, and what its script tag (at the end of the file) does. */
function header({ VERSION, scriptUrl, scriptAttributes }, tag, { csp, note } = {}) {
  const lines = [
    `Propel widgets ${VERSION}: <${tag}>, prerendered (declarative shadow DOM). Paste the whole file where the`,
    'widget goes: it is laid out at first paint and readable without JavaScript, and its controls (sorting,',
    'filters) are offered once its script, the <script> at the end, has run. That script is this widget alone',
    `(dist/widgets/${tag}.js): pinned, integrity-checked, deferred. Pasting several snippets on one page is`,
    'harmless: each tag is defined once and a second copy of a script is ignored. A page that shows several',
    "kinds of widget may load the whole library once instead, and leave out the snippets' script tags:",
    `<script src="${scriptUrl}"${scriptAttributes} defer></script>`,
    'Its attributes may be edited: when the script runs the widget renders again from them and from the',
    "script's content. What is inside <template> is only the preview until then.",
  ];
  if (csp) {
    lines.push(
      "CSP variant: no inline style; each shadow root links its widget's stylesheet instead, so the page's",
      "style-src needs to allow the stylesheets' origin only (once upgraded, the widget adopts constructed",
      "stylesheets, which CSP does not restrict). Chromium waits for a shadow root's stylesheet before it",
      'shows what follows: no flash of unstyled content, no layout shift (a first visit waits one request).',
    );
  }
  if (note) lines.push(note);
  return `<!--\n  ${lines.join('\n  ')}\n-->\n`;
}

/** The provider has no visual: its snippet shows `src` around a widget, and why there is no shadow root. */
function providerSnippet({ VERSION, scriptTag }) {
  return `<!--
  Propel widgets ${VERSION}: <propel-provider>, which shares a content document (src) with the widgets
  inside it. It has no visual of its own, so there is nothing to prerender; and a widget inside
  renders the document at src, which is known only when the page runs, so it is not prerendered
  either (a preview of the default content would be replaced when the document arrives). The link
  inside the widget shows until the script runs and without JavaScript. To keep the page from
  moving when the widget appears, reserve its height on the page, e.g.
  propel-treatment-comparison:not(:defined) { display: block; min-height: 40rem }.
  The script at the end is the comparison's own drop-in, which also defines <propel-provider>.
-->
<propel-provider src="https://example.org/propel-content.json">
  <propel-treatment-comparison filterable highlight="ketamine-therapy">
    <a href="https://www.propeltherapeutics.com/">Compare fibromyalgia treatments</a>
  </propel-treatment-comparison>
</propel-provider>
${scriptTag('propel-treatment-comparison')}
`;
}

async function main() {
  const started = performance.now();
  const env = await prepare();
  const hoursText = env.neutralHours();
  const sections = env
    .guideSections(env.defaultContent)
    .filter((s) => s.subsections)
    .map((s) => ({ tag: 'propel-guide-section', file: `propel-guide-section--${s.id}`, attrs: `section="${s.id}"`, text: [s.heading] }));
  const snippets = [
    ...SNIPPETS.map((s) => ({ ...s, file: s.tag, text: s.tag === 'propel-clinic-hours' ? [hoursText] : s.text })),
    ...sections,
  ];

  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const styled = new Set();
  const index = [];
  const write = (name, text) => writeFileSync(join(OUT_DIR, name), text);
  for (const s of snippets) {
    const main = env.renderTag(s.tag, s.attrs, s.styles ?? 'inline');
    const linked = env.renderTag(s.tag, s.attrs, 'linked');
    for (const tag of main.tags) styled.add(tag);
    write(`${s.file}.html`, `${header(env, s.tag, s)}${main.markup}\n${env.scriptTag(s.tag)}\n`);
    write(`${s.file}.csp.html`, `${header(env, s.tag, { ...s, csp: true })}${linked.markup}\n${env.scriptTag(s.tag)}\n`);
    index.push({
      file: `${s.file}.html`,
      csp: `${s.file}.csp.html`,
      tag: s.tag,
      attributes: s.attrs,
      styles: s.styles ?? 'inline',
      tags: main.tags,
      text: s.text,
      script: `widgets/${s.tag}.js`,
    });
  }
  // The stylesheets also carry the prerender-only rules, for the CSP variants' linked roots: the
  // upgraded element adopts its own styles and never reads these files.
  const prerenderOnly = (tag) => `/* Until the script runs */\n${env.prerenderCss(tag)}\n`;
  for (const tag of styled) write(`${tag}.css`, env.stylesOf(tag) + prerenderOnly(tag));
  write('propel-provider.html', providerSnippet(env));
  index.push({
    file: 'propel-provider.html',
    tag: 'propel-provider',
    attributes: 'src',
    tags: ['propel-provider', 'propel-treatment-comparison'],
    text: ['Compare fibromyalgia treatments'],
    script: 'widgets/propel-treatment-comparison.js',
  });
  write('index.json', `${JSON.stringify({ version: env.VERSION, base: env.cdnBase(), hours: hoursText, snippets: index }, null, 2)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Snippets: ${index.length} in ${OUT_DIR}/ (+ .csp.html variants and ${styled.size} stylesheets) in ${seconds} s.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
