import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../../src/index.js';
import '../../src/widgets/location-card/location-card.js';
import { EVERY_WIDGET, emulateMedia, fixture, itIn, settle, spyWarn } from '../helpers.js';

const DARK_SURFACE = 'rgb(20, 28, 33)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';

/** Every Propel widget below `root`, through shadow roots (the ones a guide or a card composes included). */
function widgets(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (n: Element) => {
    if (n.localName.startsWith('propel-') && n.localName !== 'propel-provider') found.push(n as HTMLElement);
    for (const child of n.children) walk(child);
    if (n.shadowRoot) for (const child of n.shadowRoot.children) walk(child);
  };
  walk(root);
  return found;
}

/** What a reader sees of a widget's theme: the scheme of its `.root` and the background of its card (the pill for the hours badge). */
function look(el: HTMLElement) {
  const root = el.shadowRoot!.querySelector('.root')!;
  const surface = el.shadowRoot!.querySelector('.card, [part=badge], table')!;
  const background = getComputedStyle(surface).backgroundColor;
  return {
    scheme: getComputedStyle(root).colorScheme,
    // The week table has no fill of its own: its text colour tells the theme instead.
    surface: surface.localName === 'table' ? getComputedStyle(surface).color : background,
  };
}

/**
 * A provider on a page in the matching scheme (a dark-themed widget sits on a dark page: the week
 * table, like any text without a card, is transparent and shows the page behind it).
 */
async function provide(theme: string | undefined, body = EVERY_WIDGET) {
  const page = theme === 'dark' ? 'dark' : theme === 'auto' ? 'light dark' : 'light';
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="color-scheme:${page};background:Canvas;color:CanvasText;padding:8px">
      <propel-provider theme=${theme ?? nothing}>${body}</propel-provider>
    </div>`,
  );
  const provider = wrapper.querySelector('propel-provider')!;
  await settle(provider);
  await settle(provider);
  return provider;
}

describe('theme on <propel-provider>', () => {
  afterEach(async () => {
    sinon.restore();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('theme="dark" makes every widget inside dark, the composed ones included', async () => {
    const provider = await provide('dark');
    const all = widgets(provider);
    // 7 placed + 15 composed by the guide + 2 composed by the card.
    expect(all.length).to.be.greaterThan(20);
    for (const el of all) {
      expect(look(el).scheme, el.localName).to.equal('dark');
    }
    const cards = all.filter((el) => el.shadowRoot!.querySelector('.card, [part=badge]'));
    for (const el of cards) expect(look(el).surface, el.localName).to.equal(DARK_SURFACE);
    // Text on the dark card is light.
    const comparison = provider.querySelector('propel-treatment-comparison')!;
    expect(getComputedStyle(comparison.shadowRoot!.querySelector('td')!).color).to.equal('rgb(232, 238, 241)');
    await expect(provider).to.be.accessible();
  });

  it('without a theme anywhere, every widget is light', async () => {
    const provider = await provide(undefined);
    for (const el of widgets(provider)) expect(look(el).scheme, el.localName).to.equal('light');
    expect(look(provider.querySelector('propel-diet-grid')!).surface).to.equal(LIGHT_SURFACE);
    await expect(provider).to.be.accessible();
  });

  it('follows a change of the provider’s theme', async () => {
    const provider = await provide('dark');
    provider.theme = 'light';
    provider.parentElement!.style.colorScheme = 'light';
    await settle(provider);
    await settle(provider);
    for (const el of widgets(provider)) expect(look(el).scheme, el.localName).to.equal('light');
    const guide = provider.querySelector('propel-fibro-guide')!;
    expect(look(guide.shadowRoot!.querySelector<HTMLElement>('propel-diet-grid')!).surface).to.equal(LIGHT_SURFACE);
    await expect(provider).to.be.accessible();
  });

  it('a widget’s own theme="light" wins over the provider’s, and reaches the widgets it composes', async () => {
    const provider = await provide(
      'dark',
      html`<propel-diet-grid theme="light"></propel-diet-grid>
        <propel-location-card theme="light"></propel-location-card>
        <propel-fibro-guide theme="light"></propel-fibro-guide>
        <propel-guide-section section="sleep"></propel-guide-section>`,
    );
    const [diet, card, guide, section] = [...provider.children] as HTMLElement[];
    expect(look(diet!)).to.deep.equal({ scheme: 'light', surface: LIGHT_SURFACE });
    for (const el of [card!, guide!, ...widgets(card!), ...widgets(guide!)]) expect(look(el).scheme, el.localName).to.equal('light');
    expect(look(section!)).to.deep.equal({ scheme: 'dark', surface: DARK_SURFACE });
    await expect(provider).to.be.accessible();
  });

  it('the widgets a guide composes follow the provider', async () => {
    const provider = await provide('dark', html`<propel-fibro-guide></propel-fibro-guide>`);
    const guide = provider.querySelector('propel-fibro-guide')!;
    const composed = [...guide.shadowRoot!.querySelectorAll<HTMLElement>('.guide > [id]')];
    expect(composed).to.have.length(15);
    for (const el of composed) {
      expect(el.getAttribute('theme'), el.id).to.equal('dark');
      expect(look(el), el.id).to.deep.equal({ scheme: 'dark', surface: DARK_SURFACE });
    }
    await expect(provider).to.be.accessible();
  });

  // Firefox and WebKit: theme.dark.test.ts, in browsers launched preferring dark.
  itIn(
    ['chromium'],
    'Firefox and WebKit cannot switch the preference with a page open',
    'theme="auto" follows prefers-color-scheme',
    async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const provider = await provide('auto');
      const all = widgets(provider);
      for (const el of all) expect(look(el).scheme, el.localName).to.equal('light dark');
      const cards = all.filter((el) => el.shadowRoot!.querySelector('.card, [part=badge]'));
      for (const el of cards) expect(look(el).surface, el.localName).to.equal(DARK_SURFACE);
      await expect(provider).to.be.accessible();

      await emulateMedia({ colorScheme: 'light' });
      for (const el of cards) expect(look(el).surface, el.localName).to.equal(LIGHT_SURFACE);
      await expect(provider).to.be.accessible();
    },
  );

  it('a bad provider theme warns once and falls back to light', async () => {
    const warn = spyWarn();
    const provider = await provide('neon', html`<propel-fibro-guide></propel-fibro-guide>`);
    const guide = provider.querySelector('propel-fibro-guide')!;
    guide.requestUpdate();
    await settle(provider);
    for (const el of widgets(provider)) expect(look(el).scheme, el.localName).to.equal('light');
    expect(look(guide).surface).to.equal(LIGHT_SURFACE);
    // The guide warns; the widgets it composes get its valid theme and stay silent.
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('<propel-provider> theme="neon" ignored');
    await expect(provider).to.be.accessible();
  });
});
