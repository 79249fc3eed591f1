/**
 * The production build's template minifier (scripts/build/minify-html.ts) and what it relies on.
 *
 * It drops the whitespace at the start and end of a block's content, which CSS never shows, and
 * which would otherwise be a text node in every render. That holds only while no widget's style makes
 * one of those elements inline: the second part checks every widget's elements, in three engines.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { BLOCK_TAGS, minifyHtml, minifyHtmlTemplate } from '../../scripts/build/minify-html.js';
import { deepElements, everyWidgetAt, onPaper, offPaper } from '../helpers.js';

describe('template minifier', () => {
  it('turns the whitespace of a line break into one space, or nothing between tags and at the ends', () => {
    expect(minifyHtml('\n  <p>\n    <b>a</b>\n    b\n  </p\n  >\n', true, true)).to.equal('<p><b>a</b> b </p>');
    // Spaces on one line stay: the words around an expression keep their gaps.
    expect(minifyHtml('</b> ', false, false)).to.equal('</b> ');
  });

  it("drops the whitespace at a block's edges, across the template's parts", () => {
    // <div class="head">\n  ${title}\n  ${filter}\n</div>
    expect(minifyHtmlTemplate(['<div class="head">\n  ', '\n  ', '\n</div>'])).to.deep.equal(['<div class="head">', ' ', '</div>']);
    // An opening tag whose attribute is an expression: its `>` is in the next part.
    expect(minifyHtmlTemplate(['<tr data-label=', '>\n  ', '\n</tr>'])).to.deep.equal(['<tr data-label=', '>', '</tr>']);
    // A `>` inside a quoted value does not end the tag.
    expect(minifyHtmlTemplate(['<p title="a > b"> x </p>'])).to.deep.equal(['<p title="a > b">x</p>']);
  });

  it('keeps the whitespace of inline elements, and of tags that only start like a block', () => {
    expect(minifyHtmlTemplate(['<span> ', ' </span> <b>', '</b>'])).to.deep.equal(['<span> ', ' </span> <b>', '</b>']);
    expect(minifyHtmlTemplate(['<button> ', ' </button>'])).to.deep.equal(['<button> ', ' </button>']);
    expect(minifyHtmlTemplate(['<path d="M0 0"> ', '</path>'])).to.deep.equal(['<path d="M0 0"> ', '</path>']);
    expect(minifyHtmlTemplate(['<time> ', ' </time>'])).to.deep.equal(['<time> ', ' </time>']);
  });
});

/** Those of `blocks` whose style would show the whitespace at their edges. */
function inlineBlocks(blocks: Element[]): string[] {
  return blocks
    .map((el) => ({ el, style: getComputedStyle(el) }))
    .filter(({ style }) => ['inline', 'contents'].includes(style.display) || style.whiteSpaceCollapse.startsWith('preserve'))
    .map(({ el, style }) => `${el.localName}.${el.className}: ${style.display}, ${style.whiteSpaceCollapse}`);
}

describe("the minifier's block elements", () => {
  for (const width of [360, 1100]) {
    it(`stay blocks in every widget at ${width} px, on screen and on paper`, async () => {
      const el = await everyWidgetAt(width);
      const blocks = [...deepElements(el)].filter((e) => BLOCK_TAGS.includes(e.localName));
      // The walk reaches the widgets' tables, paragraphs and lists, the composed widgets' included.
      expect(new Set(blocks.map((e) => e.localName))).to.include.all.keys('div', 'p', 'table', 'tr', 'td', 'th', 'li', 'fieldset');
      expect(inlineBlocks(blocks), 'on screen').to.deep.equal([]);
      for (const widget of el.children) await onPaper(widget);
      try {
        expect(inlineBlocks(blocks), 'on paper').to.deep.equal([]);
      } finally {
        await offPaper();
      }
      await expect(el).to.be.accessible();
    });
  }
});
