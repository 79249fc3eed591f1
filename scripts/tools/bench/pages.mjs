// What the benchmark pages hold: the blank page every micro-benchmark starts from, the same six
// rows for Grid.js and a static table, a 1,000-row content document, and the long-article page
// in its three forms (empty tags, prerendered snippets, no widgets).
import { existsSync, readFileSync } from 'node:fs';
import { articleObserver } from './in-page.mjs';

export const escapeHtml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CATEGORY = { procedure: 'Procedure', medication: 'Medication', lifestyle: 'Lifestyle', alternative: 'Alternative therapy' };
const COLUMNS = ['Treatment', 'Benefits', 'Potential side effects'];

/**
 * Registers the blank page every micro-benchmark starts from, and its stylesheet, on `server`; gives
 * its URL. It has some text already laid out and a stylesheet already loaded, so that what any page
 * pays once is paid before anything is measured: the fonts and the first layout, and the first
 * subresource request (a page that has requested nothing yet spent 3.5 to 6.5 ms more main-thread
 * time on the comparison's own script from its URL; every real page has loaded something by then).
 * The subjects go into its empty <main id="stage">.
 */
export function blankPage(server) {
  server.page('blank.css', 'body { margin: 2rem; font: 16px/1.5 system-ui, sans-serif }');
  return server.page(
    'blank',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>propel-widgets bench</title>
<link rel="stylesheet" href="/page/blank.css"></head>
<body><h1>Benchmark page</h1><p>Warm-up text, so that fonts and the page's first layout are done before anything is measured.</p>
<main id="stage"></main></body></html>`,
  );
}

/** The text the comparison widget shows around its rows: title and attribution. */
function frame(content) {
  const { treatments, article } = content;
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${article.updated}T00:00:00Z`));
  return {
    before: `<p>${escapeHtml(treatments.heading)}</p>`,
    after: `<p>Source: <a href="${escapeHtml(article.publisher.url)}">${escapeHtml(article.publisher.name)}</a> · Updated ${date}</p><p>${escapeHtml(article.disclaimer)}</p>`,
  };
}

const nameCell = (t) => [t.name, CATEGORY[t.category], t.examples?.length ? `e.g. ${t.examples.join(', ')}` : ''].filter(Boolean).join(' ');

/** Grid.js options' data: the six rows with the same text as the widget (name, category, examples in the first cell). */
export function gridData(content) {
  return { columns: COLUMNS, rows: content.treatments.items.map((t) => [nameCell(t), t.benefits, t.sideEffects]), ...frame(content) };
}

/** A plain <table> with the same text as the widget: title, caption, headers, six rows, attribution. No CSS, no script. */
export function staticMarkup(content) {
  const { before, after } = frame(content);
  const rows = content.treatments.items
    .map(
      (t) =>
        `<tr><th scope="row">${escapeHtml(t.name)} <span>${CATEGORY[t.category]}</span>${t.examples?.length ? ` <span>e.g. ${escapeHtml(t.examples.join(', '))}</span>` : ''}</th><td>${escapeHtml(t.benefits)}</td><td>${escapeHtml(t.sideEffects)}</td></tr>`,
    )
    .join('');
  return `<div>${before}<table><caption>${escapeHtml(content.treatments.heading)}. Select a column header to sort the table.</caption><thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>${after}</div>`;
}

/** A small deterministic PRNG (mulberry32), so the 1,000 rows are the same in every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The content document with `count` treatment rows made from the six: unique ids, and names,
 * benefits and side effects recombined from the six rows' phrases so that every column sorts
 * differently.
 */
export function bigContent(content, count = 1000) {
  const next = random(10);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const six = content.treatments.items;
  const phrases = (key) => [...new Set(six.flatMap((t) => t[key].split(/,\s*/)))];
  const benefits = phrases('benefits');
  const effects = phrases('sideEffects');
  const qualifiers = ['low-dose', 'guided', 'weekly', 'home', 'group', 'intensive', 'gentle', 'combined', 'short-course', 'maintenance'];
  const items = Array.from({ length: count }, (_, i) => {
    const base = six[i % six.length];
    const phrase = (list) => {
      const a = pick(list);
      const b = pick(list);
      return a === b ? a : `${a}, ${b.toLowerCase()}`;
    };
    return {
      id: `${base.id}-${i + 1}`,
      name: `${base.name}, ${pick(qualifiers)} (variant ${1 + Math.floor(next() * 9000)})`,
      category: base.category,
      benefits: phrase(benefits),
      sideEffects: phrase(effects),
      ...(base.examples ? { examples: base.examples.slice(0, 1 + Math.floor(next() * base.examples.length)) } : {}),
    };
  });
  const doc = { ...content, treatments: { ...content.treatments, items } };
  delete doc.$schema;
  return doc;
}

/** The widgets on the article page: where they go (after which paragraph), and their attributes. */
export const ARTICLE_WIDGETS = [
  { tag: 'propel-clinic-hours', attrs: '', inline: 'Our clinic is open today:', after: 0 },
  { tag: 'propel-treatment-comparison', attrs: 'filterable highlight="ketamine-therapy"', after: 2 },
  { tag: 'propel-guide-section', attrs: 'section="ketamine"', after: 5 },
  { tag: 'propel-diet-grid', attrs: '', after: 9 },
  { tag: 'propel-location-card', attrs: '', after: 13 },
];

/**
 * The prerendered markup of a widget's snippet (dist/snippets/<tag>.html), or undefined when not built.
 * Without the file's comment and its own script tag: the article loads the whole drop-in once, `async`,
 * as a page with several kinds of widget does (the snippet's comment says so).
 */
export function snippetOf(tag, origin, localize) {
  const file = `dist/snippets/${tag}.html`;
  if (!existsSync(file)) return undefined;
  const markup = readFileSync(file, 'utf8')
    .replace(/^<!--[\s\S]*?-->/, '')
    .replace(/<script\b[^>]*\bsrc=[^>]*><\/script>\s*$/, '');
  return localize(markup, origin).trim();
}

/**
 * A snippet's content as plain HTML, for a reference: the markup of its declarative shadow root in
 * the page itself, without its style sheet (what the same words, tables and lists cost a page as
 * plain HTML, with no widget at all).
 */
export const plainOf = (snippet = '') =>
  snippet.replace(/<template shadowrootmode="open">|<\/template>/g, '').replace(/<style>[^]*?<\/style>/g, '');

/**
 * A long article (the clinic's own paragraphs, then again) with the widgets between paragraphs.
 * form: 'tags' (empty custom elements), 'snippets' (prerendered declarative shadow DOM) or 'none'.
 * The script loads `async` from the local server, held back `delayMs` so that the page paints first.
 * `head`: more markup for <head>, before the script (experiments.mjs). `observe: false` leaves out the
 * page's own observer (for Lighthouse, which observes the page itself); `script: false`, the script.
 * `widgets`: the article's widgets
 * (bench.mjs --article-without leaves some out).
 */
export function articlePage(
  content,
  form,
  { delayMs, settleMs, snippet, head = '', observe = true, script = true, widgets = ARTICLE_WIDGETS },
) {
  const paragraphs = content.sections.flatMap((s) => s.subsections.flatMap((x) => x.body ?? []));
  const text = [...paragraphs, ...paragraphs].slice(0, 30);
  const widgetAt = (i) => widgets.filter((w) => w.after === i);
  const markup = (w) => (form === 'snippets' ? snippet(w.tag) : `<${w.tag}${w.attrs ? ` ${w.attrs}` : ''}></${w.tag}>`);
  const body = [`<h1>${escapeHtml(content.article.title)}</h1>`, `<p>${escapeHtml(content.article.summary)}</p>`];
  text.forEach((p, i) => {
    body.push(`<p>${escapeHtml(p)}</p>`);
    if (form === 'none') return;
    for (const w of widgetAt(i)) body.push(w.inline ? `<p>${escapeHtml(w.inline)} ${markup(w)}</p>` : markup(w));
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.article.title)}</title>
${observe ? `<script>(${articleObserver})(${settleMs})</script>` : ''}${head}
<style>body { max-width: 46rem; margin: 0 auto; padding: 1rem; font: 18px/1.6 Georgia, serif; color: #222 } h1 { line-height: 1.2 }</style>
${form === 'none' || !script ? '' : `<script async src="/dist/propel-widgets.js?delay=${delayMs}"></script>`}
</head><body><article>
${body.join('\n')}
</article></body></html>`;
}
