import { fixture as openWcFixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { TemplateResult } from 'lit';

/**
 * open-wc's fixture, then every Lit element inside it, through shadow roots, rendered: a widget on
 * the page renders first in a task of its own, so a wrapper's fixture alone does not wait for it.
 */
export async function fixture<T extends Element>(
  template: Parameters<typeof openWcFixture>[0],
  options?: Parameters<typeof openWcFixture>[1],
): Promise<T> {
  const el = await openWcFixture<T>(template, options);
  await settle(el);
  return el;
}

/** Every tag the library defines. */
export const TAGS = [
  'propel-provider',
  'propel-treatment-comparison',
  'propel-diet-grid',
  'propel-guide-section',
  'propel-fibro-guide',
  'propel-clinic-hours',
  'propel-location-card',
] as const;

/** One of each widget, the hours both as a badge and as a week: what the theme tests place in one provider. */
export const EVERY_WIDGET = html`
  <propel-treatment-comparison highlight="ketamine-therapy"></propel-treatment-comparison>
  <propel-diet-grid></propel-diet-grid>
  <propel-guide-section section="sleep"></propel-guide-section>
  <propel-clinic-hours></propel-clinic-hours>
  <propel-clinic-hours variant="week"></propel-clinic-hours>
  <propel-location-card></propel-location-card>
  <propel-fibro-guide heading-level="3"></propel-fibro-guide>
`;

/**
 * Every widget in a box `width` px wide, with a filterable comparison besides (its chips), for checks
 * that walk all of the widgets' elements; gives the box.
 */
export const everyWidgetAt = (width: number): Promise<HTMLDivElement> =>
  fixture<HTMLDivElement>(
    html`<div style=${`width:${width}px`}>
      <propel-treatment-comparison filterable highlight="ketamine-therapy"></propel-treatment-comparison>
      ${EVERY_WIDGET}
    </div>`,
  );

/** The demo pages' stylesheet (demo/docs/site.css), so accessibility checks of demo elements see their real colours. */
export async function demoStylesheet(): Promise<void> {
  if (document.querySelector('link[data-site-css]')) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/docs/site.css' });
  link.dataset.siteCss = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error('demo/docs/site.css did not load'));
  });
  document.head.append(link);
  await loaded;
}

/** Replaces console.warn with a spy for the duration of one test. */
export function spyWarn(): sinon.SinonStub {
  return sinon.stub(console, 'warn');
}

/** Renders a template inside a wrapper of the given width, so container queries apply. */
export async function inWidth<T extends Element>(width: number, template: TemplateResult): Promise<T> {
  const wrapper = await openWcFixture<HTMLDivElement>(html`<div style=${`width:${width}px`}>${template}</div>`);
  const el = wrapper.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

/** Shadow-root query that fails loudly when nothing matches. */
export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The level of a native heading element (`<h3>` gives 3), else undefined: ARIA headings do not count. */
export function headingLevel(node: Element): number | undefined {
  const match = /^H([1-6])$/.exec(node.tagName);
  return match ? Number(match[1]) : undefined;
}

/** Native headings in a widget's shadow root, as "level text". */
export function headings(el: Element): string[] {
  return $$(el, 'h1,h2,h3,h4,h5,h6').map((h) => `${headingLevel(h)} ${text(h)}`);
}

/** Whitespace-normalised visible text. */
export function text(node: Element): string {
  return (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
}

/** The engines the tests run in (web-test-runner.config.mjs). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this page runs in, as the test runner launched it. */
export const engine = await executeServerCommand<Engine, undefined>('propel-engine');

/**
 * A test that only some engines can run: elsewhere it is listed as pending, its title saying where
 * it runs and why (`reason`), so it is never skipped silently. Prefer an equivalent in every engine.
 */
export function itIn(engines: readonly Engine[], reason: string, title: string, test: Mocha.AsyncFunc): void {
  if (engines.includes(engine)) it(title, test);
  else it.skip(`${title} [${engines.join(' and ')} only: ${reason}]`, test);
}

/**
 * Print or a colour scheme, emulated by the engine itself where it can: Chromium (the DevTools
 * protocol). Resolves false in Firefox (WebDriver BiDi) and WebKit (WebDriver), which cannot; it
 * never throws, so a reset in an `afterEach` does not abort the file there.
 */
export function emulateMedia(options: { media?: 'print' | 'screen'; colorScheme?: 'light' | 'dark' }): Promise<boolean> {
  return executeServerCommand<boolean, typeof options>('propel-media', options);
}

/** Every element below a node, through shadow roots: a widget's own and those of the widgets it composes. */
export function* deepElements(node: Element | ShadowRoot): Generator<Element> {
  for (const child of node.children) {
    yield child;
    if (child.shadowRoot) yield* deepElements(child.shadowRoot);
    yield* deepElements(child);
  }
}

/** The style sheets of a shadow root: those it adopts, and its `<style>` elements (a prerendered root's). */
export const sheetsOf = (root: ShadowRoot): CSSStyleSheet[] => [
  ...root.adoptedStyleSheets,
  ...[...root.querySelectorAll('style')].map((style) => style.sheet!),
];

/** Media rules rewritten by `onPaper()`, with their own media text. */
const rewritten = new Map<CSSMediaRule, string>();

/** A media query as on paper: a `print` type matches everything, a `screen` type nothing (`not` inverts). */
const asPaper = (query: string) =>
  query.replace(/^\s*(not\s+|only\s+)?(print|screen)\b/i, (_, prefix: string | undefined, type: string) =>
    (type.toLowerCase() === 'print') !== /^not/i.test(prefix ?? '') ? 'all' : 'not all',
  );

/**
 * The widget below `host` as printed. Chromium emulates print media. Firefox and WebKit cannot be
 * told to (their drivers have no media emulation), so there every `@media` rule in the shadow roots
 * below `host` gets its media rewritten in place: `print` rules apply, `screen` rules do not, each
 * keeping its place in the cascade. The engine's own cascade and layout then run on the print rules;
 * only pagination is left out. `offPaper()` undoes either.
 */
export async function onPaper(host: Element): Promise<void> {
  if (await emulateMedia({ media: 'print' })) return;
  const rewrite = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && !rewritten.has(rule)) {
        rewritten.set(rule, rule.media.mediaText);
        rule.media.mediaText = [...rule.media].map(asPaper).join(', ');
      }
      if (rule instanceof CSSGroupingRule) rewrite(rule.cssRules);
    }
  };
  const roots = [host.shadowRoot!, ...[...deepElements(host.shadowRoot!)].flatMap((el) => el.shadowRoot ?? [])];
  for (const root of roots) for (const sheet of sheetsOf(root)) rewrite(sheet.cssRules);
}

/** Back to the screen after `onPaper()`. */
export async function offPaper(): Promise<void> {
  await emulateMedia({ media: 'screen' });
  for (const [rule, media] of rewritten) rule.media.mediaText = media;
  rewritten.clear();
}

/** A node of the engine's own accessibility tree: its role, and its name where the engine tells it (else null). */
export interface A11yNode {
  role: string;
  name: string | null;
}

/**
 * The nodes of `role` in the engine's own accessibility tree of `host`'s shadow tree; with `names`,
 * only those named exactly one of them. Chromium's full tree, Firefox's WebDriver BiDi accessibility
 * locator, WebKit's WebDriver computed roles and labels (web-test-runner.config.mjs says what each
 * can tell): a name is null where the engine does not tell it, and such a node is not filtered out.
 */
export async function a11yNodes(host: Element, role: string, names?: string | readonly string[]): Promise<A11yNode[]> {
  let nodes: A11yNode[] = [];
  const payload = { role, names: names === undefined ? undefined : typeof names === 'string' ? [names] : [...names] };
  host.setAttribute('data-a11y-scope', '');
  try {
    // The command's own timeout timer runs on the real clock, not on a test's frozen one.
    await realTimers(async () => {
      nodes = await executeServerCommand<A11yNode[], typeof payload>('a11y-nodes', payload);
    });
  } finally {
    host.removeAttribute('data-a11y-scope');
  }
  return nodes;
}

/**
 * The text a reader gets from an element, descending into shadow roots
 * (light children of a shadow host are skipped: our widgets slot nothing).
 */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    const root = (n as Element).shadowRoot;
    for (const child of (root ?? n).childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Waits until every Lit element below `root` (through shadow roots) has rendered. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending: Promise<unknown>[] = [];
    const walk = (n: Element) => {
      const update = (n as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (update) pending.push(update);
      for (const child of (n.shadowRoot ?? n).children) walk(child);
      if (n.shadowRoot) for (const child of n.children) walk(child);
    };
    walk(root);
    await Promise.all(pending);
  }
}

/** Relative luminance (0 black … 1 white) of a computed colour, `rgb(…)` or `color(srgb …)`. */
export function luminance(color: string): number {
  const n = color.match(/[\d.]+/g)!.map(Number);
  const [r, g, b] = color.startsWith('color(') ? n : n.map((v) => v / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/**
 * This engine's Intl words for an o'clock time (`hour` 0–23) in a 12-hour locale: "7 p. m." in
 * Spanish with current ICU data, "7 p.m." with older (the system ICU WebKitGTK uses). For
 * expectations about what the widgets take from Intl, rather than strings of one ICU version.
 */
export const intlHour = (locale: string, hour: number): string =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', hourCycle: 'h12' }).format(Date.UTC(2026, 0, 1, hour));

/** Text as a reader sees it: innerText with all whitespace (incl. U+202F before "AM") as one space. */
export const say = (s: string) => s.replace(/[\s\u202f]+/g, ' ').trim();
export const seen = (node: Element) => say((node as HTMLElement).innerText);

/**
 * Counts the timers that are pending (set, not yet fired or cleared) from now
 * until `restore()`, whoever sets them: for tests on the real clock.
 */
export function trackTimers(): { pending: () => number; restore: () => void } {
  const live = new Set<unknown>();
  const { setTimeout: set, clearTimeout: clear } = globalThis;
  globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = set(() => {
      live.delete(id);
      handler(...args);
    }, ms);
    live.add(id);
    return id;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((id?: ReturnType<typeof setTimeout>) => {
    live.delete(id);
    clear(id);
  }) as typeof clearTimeout;
  return { pending: () => live.size, restore: () => Object.assign(globalThis, { setTimeout: set, clearTimeout: clear }) };
}

const REAL_TIMERS = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };

/**
 * axe-core waits on setTimeout, which a frozen sinon clock never fires: run a
 * check on the real timers while Date stays frozen.
 */
export async function realTimers(check: () => PromiseLike<unknown>): Promise<void> {
  const fake = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  Object.assign(globalThis, REAL_TIMERS);
  try {
    await check();
  } finally {
    Object.assign(globalThis, fake);
  }
}

/**
 * Ends a fake-clock test: removes the fixtures while time is still frozen (so
 * widgets cancel their wake-ups), restores every sinon fake, and returns how
 * many timers were left pending at that moment.
 */
export function releaseClock(clock: sinon.SinonFakeTimers | undefined): number {
  fixtureCleanup();
  const left = clock?.countTimers() ?? 0;
  clock?.restore();
  sinon.restore();
  return left;
}
