// Checks the prerendered snippets of `npm run build` (scripts/build/snippets.mjs) in Chromium, the way a partner
// blog uses them: each snippet between the paragraphs of a long article served by a local HTTP server,
// its CDN URLs rewritten to that server.
//   - markup: no hydration marker left, the script tag named, no inline style in the CSP variants;
//   - without JavaScript: visible, styled and its key text present, at 1280 and 390 px;
//   - the drop-in held back until the page has painted and at least 1 s has passed: no layout-shift
//     entry above 0.001 on upgrade, at 1280 and 390 px wide, at the top of the page and with the reader
//     scrolled to the widget; linked stylesheets are served 300 ms late. A control (an empty tag) must shift;
//   - the CSP variants under `Content-Security-Policy: style-src 'self'`: styled, no violation, no shift;
//   - edited snippets (attributes edited in the markup, or in the DOM before the script runs) and stale
//     ones (older text in the shadow root) show the current content in the edited state once upgraded;
//     an empty tag still renders.
// Prints one line per check and exits non-zero on a failure.
// Usage: node scripts/checks/snippets.mjs [--dist dist] [--screenshots]   (PNGs: screenshots/snippets-*.png)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../lib/browsers.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const DIST = resolve(arg('--dist', 'dist'));
/** The drop-in arrives no sooner than this after it is requested, and only once the page has painted. */
export const SCRIPT_DELAY = 1000;
/** Linked stylesheets arrive this late. */
export const CSS_DELAY = 300;
export const MAX_SHIFT = 0.001;
export const WIDTHS = [1280, 390];
/** The light theme's text colour: a shadow root whose styles apply has it. */
const STYLED = 'rgb(20, 35, 43)';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The page's own look: a blog column. A file, so that `style-src 'self'` allows it. */
const PAGE_CSS = `body{margin:0;background:#f6f7f8;color:#1d2a30;font:17px/1.6 Georgia,serif}
main{max-width:860px;margin:0 auto;padding:16px}h1{font-size:1.8em;line-height:1.2}.slot{margin:1.5em 0}`;

/**
 * Serves `root` under /dist/, /page.css, and the pages registered in `pages` (path → { html, csp }).
 * A path under /slow/<ms>/ is answered <ms> later; one under /hold/<key>/ when `release(key)` is called.
 */
export async function serve(root = DIST) {
  const pages = new Map();
  const holds = new Map();
  const hold = (key) => {
    if (!holds.has(key)) {
      let release;
      holds.set(key, { promise: new Promise((r) => (release = r)), release });
    }
    return holds.get(key);
  };
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const slow = path.match(/^\/slow\/(\d+)(\/.*)$/);
    if (slow) {
      await sleep(Number(slow[1]));
      path = slow[2];
    }
    const held = path.match(/^\/hold\/([\w-]+)(\/.*)$/);
    if (held) {
      await hold(held[1]).promise;
      path = held[2];
    }
    const page = pages.get(path);
    if (page) {
      const headers = { 'content-type': TYPES['.html'], 'cache-control': 'no-store' };
      if (page.csp) headers['content-security-policy'] = page.csp;
      res.writeHead(200, headers).end(page.html);
    } else if (path === '/page.css') {
      res.writeHead(200, { 'content-type': TYPES['.css'] }).end(PAGE_CSS);
    } else if (path.startsWith('/dist/')) {
      const file = normalize(join(root, path.slice('/dist/'.length)));
      if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    pages,
    release: (key) => hold(key).release(),
    close: () => new Promise((r) => server.close(r)),
  };
}

/** Records layout shifts and CSP violations from the first moment (runs in the page's head). */
const RECORDER = `window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) __shifts.push({ value: e.value, at: Math.round(e.startTime), sources: (e.sources || []).map((s) =>
    (s.node ? s.node.nodeName.toLowerCase() + (s.node.id ? '#' + s.node.id : '') : '?') + ' y,h ' + [s.previousRect.y, s.previousRect.height] + '→' + [s.currentRect.y, s.currentRect.height]) });
}).observe({ type: 'layout-shift', buffered: true });
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => __violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

const words =
  'Fibromyalgia affects how the body processes pain, and treatment usually combines several approaches. Readers of this blog often ask which options have the best evidence, how long they take to work, and what they cost.';

/**
 * A long article with `body` (one or more snippets, each in a .slot) between its paragraphs. `script`: the
 * drop-in's URL, or none. `scroll`: scroll the reader to the first slot while the page loads.
 */
export function articlePage({ body, script, scroll = false, title = 'Living with fibromyalgia' }) {
  const paragraphs = (from, to) => Array.from({ length: to - from }, (_, i) => `<p>${from + i + 1}. ${words}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="/page.css"><script>${RECORDER}</script></head>
<body><main><h1>${title}</h1>
${paragraphs(0, 2)}
${body}
${scroll ? `<script>scrollTo(0, document.querySelector('.slot').getBoundingClientRect().top + scrollY - 80)</script>` : ''}
${paragraphs(2, 30)}
</main>${script ? `<script src="${script}" defer></script>` : ''}</body></html>`;
}

/** A snippet file's markup, its CDN URLs pointing at the local server (`prefix`, e.g. a /slow/ one). */
export function localSnippet(file, base, prefix = '/dist/') {
  return readFileSync(join(DIST, 'snippets', file), 'utf8').replaceAll(base, prefix);
}

/** In the page: every propel-* element, through shadow roots. */
const ALL_WIDGETS = `(() => { const out = []; const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.localName.startsWith('propel-')) out.push(el); if (el.shadowRoot) walk(el.shadowRoot); } }; walk(document); return out; })()`;

/** Waits until the drop-in has run and every widget (nested ones included) has rendered, then two frames. */
export async function waitUpgraded(page) {
  await page.waitForFunction(
    `customElements.get('propel-treatment-comparison') && ${ALL_WIDGETS}.every((el) => el.localName === 'propel-provider' || (el.hasUpdated && !el.isUpdatePending))`,
    null,
    { timeout: 20000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(150);
}

/** The text a reader gets from an element, through open shadow roots. */
export const deepText = (page, selector) =>
  page.evaluate((selector) => {
    const text = (node) =>
      node.nodeType === 3
        ? node.textContent
        : node.localName === 'style' || node.localName === 'template'
          ? ''
          : [...(node.shadowRoot ?? node).childNodes].map(text).join('');
    const el = document.querySelector(selector);
    return el ? text(el).replace(/\s+/g, ' ') : '';
  }, selector);

/** Runs `run` over `items`, `size` at a time; the results in the items' order. */
async function pool(items, size, run) {
  const results = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await run(items[i], i);
      }
    }),
  );
  return results;
}

/** Runs the checks; returns the number of failures. */
async function main() {
  if (!existsSync(join(DIST, 'snippets/index.json'))) {
    console.error(`No snippets in ${DIST}/snippets: run \`npm run build\` first (scripts/build/snippets.mjs writes them).`);
    return 1;
  }
  const index = JSON.parse(readFileSync(join(DIST, 'snippets/index.json'), 'utf8'));
  const base = index.base;
  const shots = process.argv.includes('--screenshots');
  let failed = 0;
  const check = ([ok, label, details = '']) => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${details ? `: ${details}` : ''}`);
    if (!ok) failed++;
  };

  // 1. Markup: clean, names the script, no inline style in the CSP variants.
  for (const s of index.snippets) {
    for (const file of [s.file, s.csp].filter(Boolean)) {
      const text = readFileSync(join(DIST, 'snippets', file), 'utf8');
      const markers = text.match(/<!--\/?lit-(part|node)[^>]*-->|<\?lit\$|defer-hydration|\sshadowroot="/g) ?? [];
      // The comment names the pinned script, with the build's integrity hash.
      const sri = JSON.parse(readFileSync(join(DIST, 'propel-widgets.sri.json'), 'utf8')).integrity;
      const script = text.includes(`<script src="${base}propel-widgets.js" integrity="${sri}" crossorigin="anonymous" defer></script>`);
      const inline = (file.endsWith('.csp.html') || s.styles === 'linked') && /<style|\sstyle="/.test(text);
      const dsd = s.tag === 'propel-provider' ? !text.includes('<template') : text.includes('<template shadowrootmode="open">');
      const problems = [
        markers.length && `hydration markers left: ${[...new Set(markers)].join(' ')}`,
        !script && 'no script tag in its comment',
        inline && 'an inline style where stylesheets should be linked',
        !dsd && (s.tag === 'propel-provider' ? 'unexpected declarative shadow root' : 'no declarative shadow root'),
      ].filter(Boolean);
      check([!problems.length, `markup ${file}`, problems.join('; ')]);
    }
  }

  const server = await serve(DIST);
  const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
  let n = 0;
  /**
   * Opens `html` in a fresh context. With JavaScript, returns once the page is parsed and has painted,
   * with the drop-in (/hold/<key>/...) still held back: `release()` lets it through.
   */
  const open = async (html, { width = 1280, js = true, csp } = {}) => {
    const key = `p${++n}`;
    server.pages.set(`/${key}.html`, { html: html.replaceAll('/hold/KEY/', `/hold/${key}/`), csp });
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, javaScriptEnabled: js });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requested = Date.now();
    await page.goto(`${server.origin}/${key}.html`, { waitUntil: js ? 'commit' : 'load' });
    if (js)
      await page.waitForFunction(() => document.readyState !== 'loading' && performance.getEntriesByName('first-contentful-paint').length);
    const release = async () => {
      await sleep(SCRIPT_DELAY - (Date.now() - requested));
      server.release(key);
    };
    return { page, errors, release, close: () => context.close() };
  };
  const shoot = async (page, name) => {
    if (!shots) return;
    mkdirSync('screenshots', { recursive: true });
    const clip = await page.evaluate(() => {
      const slots = [...document.querySelectorAll('.slot')];
      const y = Math.max(0, slots[0].getBoundingClientRect().top + scrollY - 40);
      return { x: 0, y, width: innerWidth, height: Math.min(slots.at(-1).getBoundingClientRect().bottom + scrollY + 40 - y, 8000) };
    });
    await page.screenshot({ path: `screenshots/snippets-${name}.png`, fullPage: true, clip });
  };
  const slot = (markup, id = 'w') => `<div class="slot" id="${id}">${markup}</div>`;
  const script = '/hold/KEY/dist/propel-widgets.js';
  const visual = index.snippets.filter((s) => s.tag !== 'propel-provider');
  const main = visual.filter((s) => !s.file.includes('--'));
  const sections = visual.filter((s) => s.file.includes('--'));
  const provider = index.snippets.filter((s) => s.tag === 'propel-provider');

  /** Loads a page, lets the drop-in in after first paint, and reports the shifts and the sizes. */
  const upgrade = async (body, { width, scroll = false, csp, shot }) => {
    const { page, errors, release, close } = await open(articlePage({ body, script, scroll }), { width, csp });
    const before = await page.evaluate(() => ({
      heights: [...document.querySelectorAll('.slot')].map((s) => s.getBoundingClientRect().height),
      defined: !!customElements.get('propel-treatment-comparison'),
      color: getComputedStyle(document.querySelector('.slot > *').shadowRoot?.querySelector('.root') ?? document.body).color,
    }));
    await release();
    await waitUpgraded(page);
    const after = await page.evaluate(`(() => ({
      shifts: __shifts,
      violations: __violations,
      kept: ${ALL_WIDGETS}.filter((el) => el.shadowRoot && el.shadowRoot.querySelector(':scope > style, :scope > link')).length,
      heights: [...document.querySelectorAll('.slot')].map((s) => s.getBoundingClientRect().height),
      color: getComputedStyle(document.querySelector('.slot > *').shadowRoot?.querySelector('.root') ?? document.body).color,
    }))()`);
    if (shot) await shoot(page, shot);
    await close();
    const worst = Math.max(0, ...after.shifts.map((s) => s.value));
    const resized = before.heights
      .map((h, i) => (Math.abs(h - after.heights[i]) < 0.5 ? '' : `slot ${i} ${h}→${after.heights[i]} px`))
      .filter(Boolean);
    const sources = after.shifts.flatMap((s) => s.sources).slice(0, 3);
    return {
      worst,
      before,
      after,
      errors,
      text:
        `max shift ${worst.toFixed(4)}${after.shifts.length ? ` (${after.shifts.length} entries: ${sources.join(', ')})` : ''}, height ${resized.length ? resized.join(', ') : 'unchanged'}` +
        `${before.defined ? ', the drop-in ran before first paint' : ''}${after.kept ? `, ${after.kept} roots kept their prerendered styles` : ''}${errors.length ? `, errors: ${errors.join('; ')}` : ''}`,
      ok: worst <= MAX_SHIFT && !before.defined && !after.kept && !errors.length,
    };
  };

  try {
    // 2. Without JavaScript: visible, styled, readable. The section snippets share one page.
    const nojs = WIDTHS.flatMap((width) => [
      ...[...main, ...provider].flatMap((s) =>
        [s.file, s.csp].filter(Boolean).map((file) => ({ name: file, width, items: [{ s, file }] })),
      ),
      ...['file', 'csp'].map((key) => ({
        name: `all ${sections.length} section snippets${key === 'csp' ? ' (.csp.html)' : ''}`,
        width,
        items: sections.map((s) => ({ s, file: s[key] })),
      })),
    ]);
    const results = await pool(nojs, 4, async ({ name, width, items }) => {
      const body = items.map(({ file }, i) => slot(localSnippet(file, base), `w${i}`) + `<p>${words}</p>`).join('\n');
      const { page, close } = await open(articlePage({ body }), { width, js: false });
      const problems = [];
      const sizes = [];
      for (const [i, { s, file }] of items.entries()) {
        const box = await page.evaluate(
          ([id, tag]) => {
            const el = document.querySelector(`#${id} ${tag}`);
            const { width, height } = el.getBoundingClientRect();
            const root = el.shadowRoot?.querySelector('.root');
            return { width, height, color: root && getComputedStyle(root).color };
          },
          [`w${i}`, s.tag],
        );
        const text = await deepText(page, `#w${i} ${s.tag}`);
        const missing = s.text.filter((t) => !text.includes(t));
        sizes.push(`${Math.round(box.width)}×${Math.round(box.height)}`);
        if (!(box.width > 0 && box.height > 0)) problems.push(`${file} is not visible`);
        if (missing.length) problems.push(`${file} lacks: ${missing.join(' | ')}`);
        if (s.tag !== 'propel-provider' && box.color !== STYLED) problems.push(`${file} is unstyled (text colour ${box.color})`);
      }
      if (items.length === 1 && !name.endsWith('.csp.html') && items[0].s.tag !== 'propel-provider')
        await shoot(page, `${items[0].s.file.replace('.html', '')}-${width}-nojs`);
      await close();
      const text = items.length === 1 ? `, text: ${items[0].s.text.join(' | ')}` : ', each with its heading';
      return [
        !problems.length,
        `no-JS ${width}px ${name}`,
        problems.length
          ? problems.join('; ')
          : `${sizes.length > 1 ? `${sizes.length} widgets` : `${sizes[0]} px`}, ${items[0].s.tag === 'propel-provider' ? 'its fallback link shows' : 'styled'}${text}`,
      ];
    });
    results.forEach(check);

    // 3. Upgrade without layout shift. Control first: an empty tag must shift, or the measurement is blind.
    const control = await upgrade(slot('<propel-treatment-comparison></propel-treatment-comparison>'), { width: 1280 });
    check([control.worst > 0.05, 'control: an empty tag shifts the article on upgrade', `max shift ${control.worst.toFixed(4)}`]);
    const cases = [
      ...main.map((s) => ({
        name: s.file,
        body: slot(localSnippet(s.file, base, s.styles === 'linked' ? `/slow/${CSS_DELAY}/dist/` : '/dist/')),
        shot: s.file.replace('.html', ''),
      })),
      {
        name: `all ${sections.length} section snippets`,
        body: sections.map((s, i) => slot(localSnippet(s.file, base), `s${i}`) + `<p>${words}</p>`).join('\n'),
      },
    ];
    const runs = WIDTHS.flatMap((width) => cases.flatMap((c) => [false, true].map((scroll) => ({ ...c, width, scroll }))));
    (
      await pool(runs, 3, async (c) => {
        const options = { width: c.width, scroll: c.scroll, shot: c.shot && !c.scroll && `${c.shot}-${c.width}-upgraded` };
        let r = await upgrade(c.body, options);
        // A machine under heavy load has shown one rare small shift (0.008) that did not come back:
        // measure a failure once more, and print both, so a real shift (which repeats) still fails.
        if (!r.ok) {
          const first = r.text;
          r = await upgrade(c.body, options);
          r.text = `${r.text} (first try: ${first})`;
        }
        return [r.ok, `upgrade ${c.width}px ${c.scroll ? 'scrolled to it' : 'at the top'} ${c.name}`, r.text];
      })
    ).forEach(check);

    // 4. CSP variants under style-src 'self' (stylesheets 300 ms late): styled before and after, no violation, no shift.
    (
      await pool(main, 3, async (s) => {
        const r = await upgrade(slot(localSnippet(s.csp, base, `/slow/${CSS_DELAY}/dist/`)), { width: 1280, csp: "style-src 'self'" });
        const styled = r.before.color === STYLED && r.after.color === STYLED;
        return [
          r.ok && styled && !r.after.violations.length,
          `CSP style-src 'self' ${s.csp}`,
          `styled before/after upgrade ${r.before.color === STYLED}/${r.after.color === STYLED}, ${r.after.violations.length} violations` +
            `${r.after.violations.length ? ` (${r.after.violations.join('; ')})` : ''}, ${r.text}`,
        ];
      })
    ).forEach(check);

    // 5. Edited and stale snippets upgrade to the current content, in the edited state.
    const comparison = localSnippet('propel-treatment-comparison.html', base);
    const edited = [
      {
        name: 'attributes edited in the markup (highlight="exercise", theme="dark" added)',
        body: comparison.replace(
          '<propel-treatment-comparison filterable highlight="ketamine-therapy"',
          '<propel-treatment-comparison filterable highlight="exercise" theme="dark"',
        ),
        tag: 'propel-treatment-comparison',
        expect: (r) => r.highlighted === 'Exercise' && r.theme === 'dark' && r.filter,
      },
      {
        name: 'attributes edited in the DOM before the script runs (highlight="acupuncture", filterable removed)',
        body: comparison,
        tag: 'propel-treatment-comparison',
        before: (el) => {
          el.setAttribute('highlight', 'acupuncture');
          el.removeAttribute('filterable');
        },
        expect: (r) => r.highlighted === 'Acupuncture' && !r.filter,
      },
      {
        name: 'guide section edited to section="sleep"',
        body: localSnippet('propel-guide-section.html', base).replace(
          '<propel-guide-section section="ketamine"',
          '<propel-guide-section section="sleep"',
        ),
        tag: 'propel-guide-section',
        expect: (r) => r.title === 'The Role of Sleep in Fibromyalgia Management' && !r.text.includes('Ketamine Therapy for Fibromyalgia'),
      },
      {
        name: 'stale snippet (an old treatment name, a row missing) shows the current content',
        body: comparison
          .replace('<span class="name">Ketamine Therapy</span>', '<span class="name">Ketamine Infusions (2023)</span>')
          .replace(/<tr part="row" class="">(?:(?!<\/tr>)[\s\S])*?Acupuncture[\s\S]*?<\/tr>/, ''),
        tag: 'propel-treatment-comparison',
        stale: '2023',
        expect: (r) => r.text.includes('Ketamine Therapy') && !r.text.includes('2023') && r.rows === 6,
      },
      {
        name: 'stale diet grid (a card missing) shows every food group',
        body: localSnippet('propel-diet-grid.html', base).replace(
          /<li part="card">(?:(?!<\/li><\/ul>)[\s\S])*?Hydration[\s\S]*?<\/p><\/li>/,
          '',
        ),
        tag: 'propel-diet-grid',
        expect: (r) => r.cards === 5,
      },
      {
        name: 'an empty tag still renders',
        body: '<propel-diet-grid></propel-diet-grid>',
        tag: 'propel-diet-grid',
        expect: (r) => r.cards === 5 && r.height > 100,
      },
      {
        name: `the hours badge ("${index.hours}" prerendered) goes live`,
        body: localSnippet('propel-clinic-hours.html', base),
        tag: 'propel-clinic-hours',
        expect: (r) => ['open', 'closing-soon', 'closed', 'appointment'].includes(r.badge) && !r.text.includes(index.hours),
      },
    ];
    (
      await pool(edited, 3, async (e) => {
        const { page, errors, release, close } = await open(articlePage({ body: slot(e.body), script }));
        const preview = await deepText(page, `#w ${e.tag}`);
        if (e.before) await page.evaluate(`(${e.before})(document.querySelector('#w ${e.tag}'))`);
        await release();
        await waitUpgraded(page);
        const r = await page.evaluate((tag) => {
          const el = document.querySelector(`#w ${tag}`);
          const root = el.shadowRoot;
          return {
            highlighted: root.querySelector('tr.highlighted .name')?.textContent,
            theme: root.querySelector('.root')?.classList[1],
            filter: !!root.querySelector('fieldset'),
            title: root.querySelector('.title')?.textContent,
            rows: root.querySelectorAll('tbody tr').length,
            cards: root.querySelectorAll('[part=card]').length,
            badge: root.querySelector('[part=badge]')?.className,
            height: el.getBoundingClientRect().height,
          };
        }, e.tag);
        r.text = await deepText(page, `#w ${e.tag}`);
        await close();
        const previewed = !e.body.includes('<template') || (preview.length > 0 && (!e.stale || preview.includes(e.stale)));
        const ok = e.expect(r) && previewed && !errors.length;
        return [ok, `edited: ${e.name}`, ok ? '' : JSON.stringify({ ...r, text: r.text.slice(0, 160), previewed, errors })];
      })
    ).forEach(check);
  } finally {
    await browser.close();
    await server.close();
  }
  return failed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const failed = await main();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (failed) {
    console.error(`Snippet check: ${failed} failed (${seconds} s).`);
    process.exit(1);
  }
  console.log(`Snippet check passed (${seconds} s).`);
}
