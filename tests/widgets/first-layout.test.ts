/**
 * What a widget asks of a page's first layout, which the prerendered snippets make the page's own.
 *
 * - The type scale (src/core/styles.ts): text at 0.875em, 1em and 1.25em of the widget's size, in
 *   weights 400 and 700, besides the testimonial's italic quote and the full guide's title. Each other
 *   size or weight would be one more font for the browser to set up.
 * - Size containers: only a widget with container queries is one, as each is laid out on its own.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { deepElements, EVERY_WIDGET, everyWidgetAt, fixture, sheetsOf } from '../helpers.js';

/** `style weight size` of each element around a piece of text a reader sees (or a screen reader reads). */
function fontsOfText(root: Element): Map<string, string> {
  const found = new Map<string, string>();
  for (const el of deepElements(root)) {
    const words = [...el.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    if (!words || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize}`;
    if (!found.has(font)) found.set(font, `${el.localName}: "${words.textContent!.trim().slice(0, 30)}"`);
  }
  return found;
}

/** The scale at the default 16 px: small, body and title, regular and bold; the quote; the guide's title. */
const SCALE = [
  ...['14px', '16px', '20px'].flatMap((size) => [`normal 400 ${size}`, `normal 700 ${size}`]),
  'italic 400 18px',
  'normal 700 26px',
];

describe('type scale', () => {
  for (const width of [360, 1100]) {
    it(`every widget at ${width} px sets its text in the scale's sizes and weights`, async () => {
      const el = await everyWidgetAt(width);
      const fonts = fontsOfText(el);
      const outside = [...fonts].filter(([font]) => !SCALE.includes(font)).map(([font, where]) => `${font} (${where})`);
      expect(outside, 'text outside the type scale').to.deep.equal([]);
      // The walk reaches the widgets' text: the body size, the titles and the small print are all there.
      expect([...fonts.keys()]).to.include.members(['normal 400 16px', 'normal 700 20px', 'normal 400 14px', 'italic 400 18px']);
      await expect(el).to.be.accessible();
    });
  }
});

/** Every rule of a style sheet, those inside @container, @media and other group rules included. */
const rulesOf = (rules: CSSRuleList): CSSRule[] =>
  [...rules].flatMap((rule) => [rule, ...(rule instanceof CSSGroupingRule ? rulesOf(rule.cssRules) : [])]);

describe('size containers', () => {
  it('a widget is a size container only when its own styles query one', async () => {
    const el = await fixture<HTMLElement>(html`<div style="width:1100px">${EVERY_WIDGET}</div>`);
    // Every widget, the ones the guide composes included, with whether its own styles query a container.
    const found = [...deepElements(el)]
      .filter((host) => host.shadowRoot)
      .map((host) => ({
        tag: host.localName,
        queries: sheetsOf(host.shadowRoot!).some((sheet) => rulesOf(sheet.cssRules).some((rule) => rule instanceof CSSContainerRule)),
        type: getComputedStyle(host).containerType,
      }));
    // Inline-size containment costs every layout of the page: only the comparison (its cards) asks for it.
    expect(found.filter((w) => w.queries).map((w) => w.tag)).to.deep.equal(['propel-treatment-comparison', 'propel-treatment-comparison']);
    expect(found.filter((w) => w.type !== (w.queries ? 'inline-size' : 'normal')).map((w) => `${w.tag}: ${w.type}`)).to.deep.equal([]);
    expect(found.length, "every widget, the guide's composed ones included").to.be.above(12);
    await expect(el).to.be.accessible();
  });
});
