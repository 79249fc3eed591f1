/**
 * Every documented `--propel-*` property and `::part` of every element, as
 * custom-elements.json lists them, is proven to change the rendering: the
 * widget is rendered in a state where the token or part applies, and the
 * computed styles of everything in its shadow root (the widgets it composes
 * included) are compared before and after. A documented token that changes
 * nothing is a defect: wire it, or drop it from the JSDoc.
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import '../../src/widgets/location-card/location-card.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { Content } from '../../src/content/schema.js';
import manifest from '../../custom-elements.json';
import { deepElements, fixture, settle } from '../helpers.js';

interface Documented {
  tag: string;
  tokens: string[];
  parts: string[];
}

/** The manifest's custom elements with their documented CSS custom properties and parts. */
const ELEMENTS: Documented[] = manifest.modules.flatMap((m) =>
  ((m.declarations ?? []) as Array<{ tagName?: string; cssProperties?: { name: string }[]; cssParts?: { name: string }[] }>)
    .filter((d) => d.tagName)
    .map((d) => ({ tag: d.tagName!, tokens: (d.cssProperties ?? []).map((p) => p.name), parts: (d.cssParts ?? []).map((p) => p.name) })),
);

/** Every token documented anywhere. */
const ALL_TOKENS = [...new Set(ELEMENTS.flatMap((e) => e.tokens))].sort();

/** A rendering of a widget: markup (placed in a 1100 px wrapper), the clock, an optional provider document. */
interface State {
  markup: string;
  /** The instant the clock shows (only `Date` is faked); default: a Wednesday, 10:00 in Los Angeles (open). */
  now?: string;
  /** Wraps the markup in a `<propel-provider>` with this document (the property, so it may be anything). */
  content?: unknown;
  /** The provider's `fallback`. */
  fallback?: 'error';
  /** Opens every `<details>` in the widget (e.g. the location card's week). */
  open?: boolean;
}

/** Wednesday 2025-01-15, 10:00 in Los Angeles: open. */
const OPEN = '2025-01-15T18:00:00Z';
/** The same Wednesday, 18:30: closing soon (the clinic closes at 19:00). */
const SOON = '2025-01-16T02:30:00Z';
/** Sunday 2025-01-19, 12:00: closed. */
const CLOSED = '2025-01-19T20:00:00Z';

/** The clinic's content with an upcoming closure, so the week shows its exceptions. */
function withClosure(): Content {
  const content = structuredClone(defaultContent);
  content.clinic.hours.exceptions = [{ from: '2025-01-20', status: 'closed', note: 'Holiday' }];
  return content;
}

/** The default content whose hours have a problem (a closing time of 25:00): "Hours unavailable", with the website. */
function withBrokenHours(): Content {
  const content = structuredClone(defaultContent);
  content.clinic.hours.weekly[0]!.closes = '25:00';
  return content;
}

const CARD = '<propel-location-card></propel-location-card>';
const HOURS_BOTH = '<propel-clinic-hours></propel-clinic-hours> <propel-clinic-hours variant="week"></propel-clinic-hours>';

/** The state in which every documented token of the widget applies, unless TOKEN_STATES names another. */
const BASE: Record<string, State> = {
  'propel-treatment-comparison': {
    markup: '<propel-treatment-comparison filterable highlight="ketamine-therapy" sort-column="treatment"></propel-treatment-comparison>',
  },
  'propel-diet-grid': { markup: '<propel-diet-grid></propel-diet-grid>' },
  'propel-guide-section': { markup: '<propel-guide-section section="ketamine"></propel-guide-section>' },
  'propel-clinic-hours': { markup: HOURS_BOTH },
  'propel-location-card': { markup: CARD },
  'propel-fibro-guide': { markup: '<propel-fibro-guide></propel-fibro-guide>' },
};

/** Tokens that apply only in another state. */
const TOKEN_STATES: Record<string, Record<string, State>> = {
  'propel-guide-section': {
    '--propel-color-accent': { markup: '<propel-guide-section section="testimonial"></propel-guide-section>' },
  },
  'propel-clinic-hours': {
    '--propel-hours-soon-color': { markup: HOURS_BOTH, now: SOON },
    '--propel-hours-closed-color': { markup: HOURS_BOTH, now: CLOSED },
    // The "Coming up" callout: a closure within the week.
    '--propel-color-accent': { markup: HOURS_BOTH, content: withClosure() },
    '--propel-color-surface-alt': { markup: HOURS_BOTH, content: withClosure() },
  },
  'propel-location-card': {
    '--propel-color-accent': { markup: CARD, content: withClosure() },
    '--propel-color-primary-soft': { markup: CARD, open: true },
    '--propel-hours-soon-color': { markup: CARD, now: SOON },
    '--propel-hours-closed-color': { markup: CARD, now: CLOSED },
  },
  // The guide closes with the location card: its badge's states.
  'propel-fibro-guide': {
    '--propel-hours-soon-color': { markup: '<propel-fibro-guide></propel-fibro-guide>', now: SOON },
    '--propel-hours-closed-color': { markup: '<propel-fibro-guide></propel-fibro-guide>', now: CLOSED },
  },
};

/** Any widget, under a provider whose document lacks its content and says `fallback="error"`: the message part. */
const contentError = (tag: string): State => ({ markup: `<${tag}></${tag}>`, content: {}, fallback: 'error' });

/** Parts rendered but not documented, by widget: each is a defect to fix in the widget's JSDoc (none today). */
const UNDOCUMENTED: Record<string, string[]> = {};

/** Tokens that change a widget without being documented on it (none today). */
const UNDOCUMENTED_TOKENS: Record<string, string[]> = {};

/** Parts that show only in another state. */
const PART_STATES: Record<string, Record<string, State>> = {
  'propel-fibro-guide': { message: contentError('propel-fibro-guide') },
  'propel-location-card': {
    message: contentError('propel-location-card'),
    notice: { markup: CARD, content: withClosure() },
    exceptions: { markup: CARD, content: withClosure() },
  },
  'propel-treatment-comparison': {
    message: { markup: '<propel-treatment-comparison treatments="none-of-these"></propel-treatment-comparison>' },
    'show-all': { markup: '<propel-treatment-comparison max-rows="2"></propel-treatment-comparison>' },
  },
  'propel-diet-grid': { message: { markup: '<propel-diet-grid groups="none-of-these"></propel-diet-grid>' } },
  'propel-guide-section': {
    quote: { markup: '<propel-guide-section section="testimonial"></propel-guide-section>' },
    message: { markup: '<propel-guide-section section="none-of-these"></propel-guide-section>' },
  },
  'propel-clinic-hours': {
    contact: { markup: '<propel-clinic-hours></propel-clinic-hours>', content: withBrokenHours() },
    // The visitor's zone (the test browser's) differs from the clinic's, so the local time shows.
    local: { markup: '<propel-clinic-hours show-local></propel-clinic-hours>' },
    exceptions: { markup: HOURS_BOTH, content: withClosure() },
    notice: { markup: HOURS_BOTH, content: withClosure() },
  },
};

/** Widgets that render nothing of their own (the provider). */
const NOT_RENDERED = new Set(['propel-provider']);

/** The visitor's local time shows only when the browser's zone differs from the clinic's. */
const UNREACHABLE: Record<string, string[]> =
  Intl.DateTimeFormat().resolvedOptions().timeZone === defaultContent.clinic.hours.timeZone ? { 'propel-clinic-hours': ['local'] } : {};

/** A value no default has, by the kind of token. */
function distinctive(token: string): string {
  if (token.endsWith('font-family')) return 'monospace';
  if (token.endsWith('shadow')) return '0 0 0 7px rgb(1, 2, 3)';
  if (/-color|-bg$/.test(token)) return 'rgb(1, 2, 3)';
  return '37px';
}

/** The computed properties a token can reach. */
const PROPERTIES = [
  'color',
  'background-color',
  'background-image',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-width',
  'border-left-width',
  'border-top-left-radius',
  'border-bottom-right-radius',
  'box-shadow',
  'outline-color',
  'text-decoration-color',
  'fill',
  'stroke',
  'font-family',
  'font-size',
  'padding-top',
  'padding-left',
  'margin-top',
  'margin-left',
  'row-gap',
  'column-gap',
  'width',
  'height',
];

const PSEUDOS = [null, '::before', '::after', '::marker'] as const;

/** Whether a computed value can be seen: a border colour needs a border, an outline colour an outline, and so on. */
function visible(style: CSSStyleDeclaration, property: string, svg: boolean): boolean {
  const side = property.match(/^border-(\w+)-color$/)?.[1];
  if (side) return style.getPropertyValue(`border-${side}-style`) !== 'none' && style.getPropertyValue(`border-${side}-width`) !== '0px';
  if (property === 'outline-color') return style.outlineStyle !== 'none';
  if (property === 'text-decoration-color') return style.textDecorationLine !== 'none';
  if (property === 'fill' || property === 'stroke') return svg;
  return true;
}

/**
 * The visible computed values of PROPERTIES for every rendered shadow element and
 * pseudo-element, as one list of strings (hidden elements, empty pseudo-elements
 * and invisible values such as the colour of a border that is not there are left out).
 */
function snapshot(hosts: Element[]): string[] {
  return hosts.flatMap((host) =>
    [...deepElements(host.shadowRoot!)].flatMap((el, i) => {
      // Not rendered: display none, or inside a closed <details>.
      if (!el.checkVisibility()) return [];
      const own = getComputedStyle(el);
      return PSEUDOS.flatMap((pseudo) => {
        const style = pseudo ? getComputedStyle(el, pseudo) : own;
        if (pseudo === '::marker' ? own.display !== 'list-item' : pseudo && ['none', 'normal'].includes(style.content)) return [];
        return PROPERTIES.filter((p) => visible(style, p, el instanceof SVGElement)).map(
          (p) => `${host.localName} #${i} ${el.localName}${pseudo ?? ''} ${p}: ${style.getPropertyValue(p)}`,
        );
      });
    }),
  );
}

/** What a token set on the hosts changes in their rendering. */
function changes(hosts: HTMLElement[], token: string, value: string): string[] {
  const before = snapshot(hosts);
  for (const host of hosts) host.style.setProperty(token, value);
  const after = snapshot(hosts);
  const seen = new Set(before);
  return after.filter((line) => !seen.has(line));
}

let clock: sinon.SinonFakeTimers | undefined;

/** Renders a state in a wide wrapper; returns the hosts of the widget under test. */
async function render(tag: string, state: State): Promise<HTMLElement[]> {
  clock = sinon.useFakeTimers({ now: new Date(state.now ?? OPEN), toFake: ['Date'] });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1100px"></div>`);
  if (state.content) {
    const provider = document.createElement('propel-provider');
    provider.content = state.content as Content;
    if (state.fallback) provider.fallback = state.fallback;
    provider.innerHTML = state.markup;
    wrapper.append(provider);
  } else {
    wrapper.innerHTML = state.markup;
  }
  await settle(wrapper);
  const hosts = [...wrapper.querySelectorAll<HTMLElement>(tag)];
  expect(hosts, `${tag} in ${state.markup}`).to.not.be.empty;
  if (state.open) for (const host of hosts) host.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
  return hosts;
}

describe('documented tokens and parts', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => {
    fixtureCleanup();
    clock?.restore();
    clock = undefined;
    sinon.restore();
    document.querySelectorAll('style[data-part-test]').forEach((s) => s.remove());
  });

  it('the manifest documents tokens and parts for every widget', () => {
    const rendered = ELEMENTS.filter((e) => !NOT_RENDERED.has(e.tag));
    expect(rendered.map((e) => e.tag).sort()).to.deep.equal(Object.keys(BASE).sort());
    for (const e of rendered) {
      expect(e.tokens, e.tag).to.not.be.empty;
      expect(e.parts, e.tag).to.not.be.empty;
    }
  });

  it('an undocumented token changes nothing (the comparison is not fooled)', async () => {
    for (const tag of Object.keys(BASE)) {
      const hosts = await render(tag, BASE[tag]!);
      for (const token of ['--propel-nonexistent-color', '--propel-nonexistent-size']) {
        expect(changes(hosts, token, distinctive(token)), `${tag} ${token}`).to.deep.equal([]);
      }
      fixtureCleanup();
      clock?.restore();
    }
  });

  for (const { tag, tokens, parts } of ELEMENTS.filter((e) => !NOT_RENDERED.has(e.tag))) {
    describe(`<${tag}>`, () => {
      for (const token of tokens) {
        it(`${token} changes the rendering`, async () => {
          const state = TOKEN_STATES[tag]?.[token] ?? BASE[tag]!;
          const hosts = await render(tag, state);
          const value = distinctive(token);
          const changed = changes(hosts, token, value);
          expect(changed.length, `${token}: ${value} on <${tag}> changed nothing visible`).to.be.greaterThan(0);
        });
      }

      it('documents every token that changes it', async () => {
        const others = ALL_TOKENS.filter((t) => !tokens.includes(t));
        const undocumented: string[] = [];
        for (const token of others) {
          const hosts = await render(tag, BASE[tag]!);
          if (changes(hosts, token, distinctive(token)).length) undocumented.push(token);
          fixtureCleanup();
          clock?.restore();
        }
        expect(undocumented, 'changes the widget but is not documented').to.deep.equal(UNDOCUMENTED_TOKENS[tag] ?? []);
      });

      it('documents every part it renders', async () => {
        const states = [BASE[tag]!, contentError(tag), ...Object.values(PART_STATES[tag] ?? {})];
        const seen = new Set<string>();
        for (const state of states) {
          const hosts = await render(tag, state);
          for (const host of hosts) {
            host.shadowRoot!.querySelectorAll('[part]').forEach((el) =>
              el
                .getAttribute('part')!
                .split(/\s+/)
                .forEach((p) => seen.add(p)),
            );
          }
          fixtureCleanup();
          clock?.restore();
        }
        expect(
          [...seen].filter((p) => !parts.includes(p)),
          'rendered but undocumented',
        ).to.deep.equal(UNDOCUMENTED[tag] ?? []);
        expect(
          parts.filter((p) => !seen.has(p)),
          'documented but never rendered',
        ).to.deep.equal(UNREACHABLE[tag] ?? []);
      });

      for (const part of parts) {
        it(`::part(${part}) styles what it names`, async function () {
          if (UNREACHABLE[tag]?.includes(part)) this.skip();
          const hosts = await render(tag, PART_STATES[tag]?.[part] ?? BASE[tag]!);
          const targets = hosts.flatMap((h) => [...h.shadowRoot!.querySelectorAll(`[part~='${part}']`)]);
          expect(targets, `no element has part="${part}"`).to.not.be.empty;
          const before = targets.map((el) => getComputedStyle(el).outline);
          const style = document.createElement('style');
          style.dataset.partTest = '';
          style.textContent = `${tag}::part(${part}) { outline: 3px solid rgb(1, 2, 3) }`;
          document.head.append(style);
          for (const [i, el] of targets.entries()) {
            const outline = getComputedStyle(el).outline;
            expect(outline, `${part} #${i}`).to.equal('rgb(1, 2, 3) solid 3px');
            expect(outline).to.not.equal(before[i]);
          }
        });
      }
    });
  }
});
