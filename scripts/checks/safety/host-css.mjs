// Item 1: host CSS does not reach in. Every widget under the hostile theme of demo/hostile.html is
// pixel-identical to the same widget on a neutral page, in the same engine (each engine draws text
// its own way: its hostile page is compared with its own neutral page); light-DOM content stays
// hidden; the page's reduced-motion and forced-colors settings are honoured (emulated in Chromium:
// Firefox's and WebKit's drivers cannot).
import { readFileSync, writeFileSync } from 'node:fs';
import { HEAD, WIDGETS, inWidget, interact, settle } from './widgets.mjs';
import { compare, sideBySide } from './png.mjs';

/** The hostile theme, exactly as demo/hostile.html ships it. */
export const HOSTILE_CSS = readFileSync('demo/hostile.html', 'utf8').match(/^\s*<style id="hostile-theme">([\s\S]*?)<\/style>/m)[1];

const FONT = `Georgia, 'Liberation Serif', serif`;

/**
 * The frame both pages share. Widgets sit inside the theme's wrapping blocks: .entry-content
 * (inherited text properties), .callout (underline) and .is-outdated (line-through). The frame
 * pins those blocks' boxes, so each widget lands on the same pixels on both pages, and the font
 * family (deliberately inherited by the widgets); every other property is the theme's. The inline
 * badge's paragraph also gets a pinned alignment, indent and vertical-align: they place the badge
 * in its line (the page's business; a fractional x would change anti-aliasing), not what is drawn
 * inside it.
 */
const FRAME = `
  #t { margin: 0 !important; padding: 8px !important; max-width: none !important; background: #fff !important; }
  #t main, #t .callout, #t .is-outdated { display: block !important; width: auto !important; max-width: none !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important; }
  #t .slot { display: block !important; margin: 0 0 24px !important; padding: 0 !important; border: 0 !important;
    box-sizing: content-box !important; background: #fff !important; font-family: ${FONT} !important; }
  #t p.slot { text-align: left !important; text-indent: 0 !important; }
  #t .slot > propel-clinic-hours { vertical-align: top !important; }
  #t .w720 { width: 720px !important; }
  #t .w340 { width: 340px !important; }`;

/**
 * Each widget at 720 px, and in a 340 px column (the whole guide only at 720 px). The inline badge
 * comes last: its paragraph's height follows the theme's line-height, and would move what follows.
 */
const SLOTS = WIDGETS.flatMap((w) =>
  [720, 340].filter((px) => px === 720 || !['guide', 'hours'].includes(w.id)).map((px) => ({ ...w, slot: `${w.id}-${px}`, px })),
).sort((a, b) => !!a.inline - !!b.inline);

const tagOf = (html) => [...html.matchAll(/<(propel-[a-z-]+)/g)].map((m) => m[1]).find((t) => t !== 'propel-provider');

/**
 * The control: the page's own text in the same wrappers, which the theme must change. It gets
 * pages of its own: text elsewhere on a page can change how a widget's glyphs are rasterised
 * (seen: a sibling paragraph far below, with a text-shadow and a wavy decoration, changed 36
 * anti-aliasing pixels of the comparison's ↕ glyphs, the font being the same), a browser effect
 * with no style reaching in, which would blur what this check measures.
 */
const CONTROL = `<div id="control" class="slot w720">Plain text of the page, in the same wrappers.</div>`;

export function testPage(css, body) {
  // No whitespace between elements: a theme's white-space: pre-wrap would turn it into lines.
  const slots =
    body ??
    SLOTS.map(({ slot, px, html, inline }) =>
      inline ? `<p id="${slot}" class="slot w${px}">${html}</p>` : `<div id="${slot}" class="slot w${px}">${html}</div>`,
    ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host CSS</title>${HEAD}
<style>${css}</style><style>${FRAME}</style><script src="/dist/propel-widgets.js" defer></script></head>
<body id="t"><main class="entry-content"><div class="callout"><div class="is-outdated">${slots}</div></div></main></body></html>`;
}

/** Every element inside the widgets' shadow roots, with `(el, pseudo)` pairs for ::before/::after. */
const SHADOW_STYLES = () => {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (root === document) continue;
      for (const pseudo of [null, '::before', '::after', '::marker']) {
        const s = getComputedStyle(el, pseudo);
        if (pseudo && s.content === 'none' && pseudo !== '::marker') continue;
        out.push({
          where: `<${el.localName}${el.className?.baseVal === undefined && el.className ? ` class="${el.className}"` : ''}>${pseudo ?? ''} in <${root.host.localName}>`,
          transition: s.transitionDuration,
          animation: s.animationDuration,
          running: pseudo ? 0 : el.getAnimations().length,
        });
      }
    }
  };
  walk(document);
  return out;
};

export async function run({ browser, engine, server, check, scoped, shots }) {
  // Sizes in the built CSS: text sizes come from --propel-font-size (medium) and em, never rem.
  const built = readFileSync('dist/propel-widgets.js', 'utf8');
  const rems = built.match(/[\d.]rem\b/g) ?? [];
  check('1.0', 'no rem units in the drop-in', rems.length === 0, rems.length ? `${rems.length} found` : 'sizes are em-based');

  const neutralUrl = server.page('/host/neutral.html', testPage(`body { font-family: ${FONT}; }`));
  const hostileUrl = server.page('/host/hostile.html', testPage(HOSTILE_CSS));
  // One browser context (in Chromium, so one renderer process) per page: font fallback caches are
  // per process, and the hostile page's own text must not choose the fallback fonts the neutral page
  // draws with.
  const pages = [];
  const open = async (url) => {
    const page = await browser.newPage({ width: 800, height: 900 });
    pages.push(page);
    await page.goto(url);
    await settle(page);
    // The theme's `* { transition: all 0.3s }` animates the page's own styles after load.
    await page.waitFor(() => document.getAnimations().length === 0);
    return { page, errors: () => page.problems() };
  };
  const neutral = await open(neutralUrl);
  const hostile = await open(hostileUrl);

  /** The element's box in page coordinates (a screenshot scrolls the page). */
  const boxOf = (page, selector) =>
    page.evaluate((selector) => {
      const r = document.querySelector(selector).getBoundingClientRect();
      return [r.x + scrollX, r.y + scrollY, r.width, r.height];
    }, selector);
  const shot = (page, selector) => page.elementScreenshot((selector) => document.querySelector(selector), selector);

  const identical = [];
  for (const { slot, html } of SLOTS) {
    const selector = `#${slot} ${tagOf(html)}`;
    const [boxA, boxB] = [await boxOf(neutral.page, selector), await boxOf(hostile.page, selector)];
    const [shotA, shotB] = [await shot(neutral.page, selector), await shot(hostile.page, selector)];
    const { a, b, diff, differing } = compare(shotA, shotB);
    // Neutral | hostile, and the diff (differing pixels in red) when there is one.
    sideBySide(`${shots}-${slot}.png`, differing ? [a, b, diff] : [a, b]);
    const same = differing === 0 && JSON.stringify(boxA) === JSON.stringify(boxB);
    if (same) identical.push(slot);
    else
      check(
        '1.1',
        `${slot}: pixel-identical under the hostile theme`,
        false,
        differing === null
          ? `size ${a.width}×${a.height} vs ${b.width}×${b.height}`
          : `${differing} pixels differ; boxes ${JSON.stringify(boxA)} vs ${JSON.stringify(boxB)}`,
      );
  }
  if (identical.length)
    check(
      '1.1',
      'pixel-identical under the hostile theme (0 differing pixels, anti-aliasing included)',
      identical.length === SLOTS.length,
      identical.join(', '),
    );

  // Control: the theme is in effect, and changes the page's own text in the same wrappers.
  const theme = await hostile.page.evaluate(() => ({
    root: getComputedStyle(document.documentElement).fontSize,
    decoration: getComputedStyle(document.querySelector('.is-outdated')).textDecorationLine,
  }));
  const controls = [];
  for (const css of [`body { font-family: ${FONT}; }`, HOSTILE_CSS]) {
    const { page } = await open(server.page(`/host/control-${controls.length}.html`, testPage(css, CONTROL)));
    controls.push(await shot(page, '#control'));
  }
  const control = compare(...controls);
  check(
    '1.1',
    "control: the hostile theme is in effect and changes the page's own text",
    theme.root === '10px' && theme.decoration === 'line-through' && control.differing !== 0,
    `root font-size ${theme.root}, wrapper decoration ${theme.decoration}, control text ${control.differing ?? 'resized'} pixels differ`,
  );

  // The widget's box is its .root's box: the inline-block .root (which stops decorations) adds no gap.
  const gaps = await neutral.page.evaluate(() =>
    [...document.querySelectorAll('.slot:not(#control)')].flatMap((slot) => {
      const host = slot.querySelector('propel-provider > *') ?? slot.firstElementChild;
      const [a, b] = [host, host.shadowRoot.querySelector('.root')].map((el) => el.getBoundingClientRect());
      return a.height !== b.height || a.width !== b.width ? [`${slot.id}: host ${a.width}×${a.height}, root ${b.width}×${b.height}`] : [];
    }),
  );
  check(
    '1.2',
    'the widget box is exactly its content box: no gap below, no extra width',
    gaps.length === 0,
    gaps.join('; ') || `${SLOTS.length} widgets`,
  );

  // Light DOM: the fallback link inside a tag and the JSON-LD in <head> stay unrendered, whatever the theme says.
  const light = await hostile.page.evaluate(() => ({
    fallback: document.querySelector('propel-treatment-comparison > a').getClientRects().length,
    jsonLd: document.querySelectorAll('head > script[data-propel-clinic]').length,
    jsonLdBoxes: [...document.querySelectorAll('script[data-propel-clinic]')].reduce((n, s) => n + s.getClientRects().length, 0),
  }));
  check(
    '1.3',
    'light DOM: fallback link hidden after upgrade, JSON-LD in <head> unrendered',
    light.fallback === 0 && light.jsonLd === 1 && light.jsonLdBoxes === 0,
    `fallback boxes ${light.fallback}, JSON-LD scripts in head ${light.jsonLd}, their boxes ${light.jsonLdBoxes}`,
  );

  // The demo page itself (with the drop-in in place of the sources): a look at the whole page.
  const demo = readFileSync('demo/hostile.html', 'utf8')
    .replace(/<script type="module">[\s\S]*?<\/script>/, '<script src="/dist/propel-widgets.js" defer></script>')
    .replace(/<head>/, `<head>${HEAD}`);
  const demoPage = await open(server.page('/host/demo.html', demo));
  const height = Math.min(3200, await demoPage.page.evaluate(() => document.documentElement.scrollHeight));
  writeFileSync(`${shots}-hostile-page.png`, await demoPage.page.screenshot({ clip: { x: 0, y: 0, width: 800, height } }));
  const inline = await demoPage.page.evaluate(() => {
    const badge = document.querySelector('.sidebar propel-clinic-hours');
    const line = badge.parentElement.getBoundingClientRect();
    const box = badge.getBoundingClientRect();
    return { badge: box.height, line: line.height, display: getComputedStyle(badge).display };
  });
  check(
    '1.4',
    'inline hours badge stays an inline-block within its line of text',
    inline.display === 'inline-block' && inline.badge < inline.line,
    `badge ${inline.badge.toFixed(1)} px tall in a ${inline.line.toFixed(1)} px paragraph`,
  );

  // Reduced motion, on the hostile page after every interaction: no transition or animation inside.
  const REDUCED = 'prefers-reduced-motion: every transition and animation duration inside the widgets is 0s';
  if (await hostile.page.emulate({ reducedMotion: 'reduce' })) {
    await interact(hostile.page, '#comparison-720 ');
    await interact(hostile.page, '#location-720 ');
    const moving = (await hostile.page.evaluate(SHADOW_STYLES)).filter(
      (s) => s.running || s.transition.split(',').some((d) => parseFloat(d) > 0) || s.animation.split(',').some((d) => parseFloat(d) > 0),
    );
    check(
      '1.5',
      REDUCED,
      moving.length === 0,
      moving.length
        ? moving
            .slice(0, 3)
            .map((m) => `${m.where}: ${m.transition}/${m.animation}`)
            .join('; ')
        : 'no transitions, no animations, none running',
    );
  } else scoped('1.5', REDUCED, 'Chromium only: no media emulation over WebDriver BiDi or WebDriver; the same CSS rule in every engine');

  // Page errors, and (where the driver reports them) console errors. Warnings are the check's
  // own business elsewhere (one per bad attribute): the hostile page has none.
  const errors = (await Promise.all([neutral, hostile, demoPage].map((p) => p.errors())))
    .flat()
    .filter((e) => !e.startsWith('console warning'));
  check('1.6', 'no page errors on the neutral, hostile and demo pages', errors.length === 0, errors.join('; '));
  for (const page of pages) await page.close();
  if (engine === 'chromium') await forcedColors({ browser, server, check, shots });
  else
    scoped('1.7', 'forced colors', "Chromium only: forced-colors emulation is Chromium's DevTools protocol; the same CSS in every engine");
}

/** Forced colours (Windows high contrast): screenshots to look at, and the state cues that must survive. */
async function forcedColors({ browser, server, check, shots }) {
  const page = await browser.newPage({ width: 800, height: 900 });
  await page.emulate({ forcedColors: 'active' });
  const slots = WIDGETS.filter((w) => w.id !== 'guide');
  await page.goto(
    server.page(
      '/host/forced.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>forced colours</title>${HEAD}
<style>body { font-family: ${FONT}; margin: 8px; } .slot { width: 720px; margin-bottom: 24px; }</style>
<script src="/dist/propel-widgets.js" defer></script></head><body>${slots.map((w) => `<div id="${w.id}" class="slot">${w.html}</div>`).join('')}
<div id="narrow" class="slot" style="width: 340px">${WIDGETS[0].html}</div></body></html>`,
    ),
  );
  await settle(page);
  const matches = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
  // A reader's state: a filter picked, a column sorted (in both layouts), keyboard focus on a sort button.
  const comparison = '#comparison propel-treatment-comparison';
  await page.click(inWidget, [comparison, 'label.chip', 'Medication']);
  await page.click(inWidget, [comparison, 'thead th button', null, 1]);
  await page.click(inWidget, ['#narrow propel-treatment-comparison', 'thead th button', null, 0]);
  await page.click(inWidget, ['#location propel-location-card', 'summary']);
  await page.evaluate(`(${inWidget})(${JSON.stringify([comparison, 'thead th button', null, 2])}).focus()`);
  await page.press('Shift+Tab');
  await page.press('Tab');
  for (const w of [...slots, { id: 'narrow', html: WIDGETS[0].html }]) {
    writeFileSync(`${shots}-forced-colors-${w.id}.png`, await page.elementScreenshot((id) => document.getElementById(id), w.id));
  }
  const cues = await page.evaluate(() => {
    const sr = (sel) => document.querySelector(sel).shadowRoot;
    const cmp = sr('#comparison propel-treatment-comparison');
    const style = (el, pseudo) => getComputedStyle(el, pseudo);
    const chips = [...cmp.querySelectorAll('label.chip')];
    const picked = chips.find((c) => c.querySelector('input').checked);
    const other = chips.find((c) => c !== picked);
    const focused = cmp.activeElement;
    const sorted = cmp.querySelector('[aria-sort] button');
    const unsorted = cmp.querySelector('th:not([aria-sort]) button');
    const badge = sr('#narrow propel-treatment-comparison').querySelector('.badge.featured');
    const hours = sr('#hours propel-clinic-hours');
    const icon = hours.querySelector('[part=icon]');
    const week = sr('#week propel-clinic-hours');
    const today = week.querySelector('[aria-current]');
    const plain = week.querySelector('tr:not([aria-current])');
    return {
      chip: [style(picked).backgroundColor, style(other).backgroundColor, style(picked).color, style(other).color],
      focus: focused ? [focused.matches(':focus-visible'), style(focused).outlineStyle, style(focused).outlineColor] : null,
      sort: [style(sorted, '::after').content, style(unsorted, '::after').content, style(sorted, '::after').opacity],
      badge: [style(badge).borderTopStyle, style(badge).borderTopColor, style(badge).color],
      icon: [style(icon).backgroundColor, style(icon.querySelector('svg')).stroke],
      today: [+style(today).fontWeight, +style(plain).fontWeight, today.textContent.includes('Today')],
    };
  });
  check('1.7', 'forced colors: media query matches', matches, '');
  const [pickedBg, otherBg, pickedFg, otherFg] = cues.chip;
  check(
    '1.7',
    'forced colors: the selected filter chip differs from the others',
    pickedBg !== otherBg && pickedFg !== otherFg,
    `selected ${pickedBg} on ${pickedFg}, others ${otherBg} on ${otherFg}`,
  );
  check(
    '1.7',
    'forced colors: keyboard focus ring drawn',
    !!cues.focus && cues.focus[0] && cues.focus[1] === 'solid' && !/rgba\(.*, 0\)|transparent/.test(cues.focus[2]),
    cues.focus ? `outline ${cues.focus[1]} ${cues.focus[2]}` : 'no focus',
  );
  check(
    '1.7',
    'forced colors: sort indication is a glyph, not a colour',
    cues.sort[0] !== cues.sort[1] && cues.sort[2] === '1',
    `sorted ${cues.sort[0]}, unsorted ${cues.sort[1]}`,
  );
  check(
    '1.7',
    'forced colors: featured badge keeps a visible border',
    cues.badge[0] === 'solid' && cues.badge[1] === cues.badge[2],
    `border ${cues.badge[1]}, text ${cues.badge[2]}`,
  );
  check(
    '1.7',
    'forced colors: status icon glyph contrasts with its disc',
    cues.icon[0] !== cues.icon[1],
    `disc ${cues.icon[0]}, glyph ${cues.icon[1]}`,
  );
  check(
    '1.7',
    "forced colors: today's row marked in words and weight, not by its background alone",
    cues.today[2] && cues.today[0] > cues.today[1],
    `font-weight ${cues.today[0]} vs ${cues.today[1]}, "Today" marker`,
  );
  await page.close();
}
