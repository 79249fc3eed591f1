// The static text of html``/svg`` templates, minified for production builds (minify-templates.ts).
// Apart from it, with no native dependency, so that the browser tests can import it.

/**
 * Minifies the static text of an html``/svg`` template. Only whitespace that
 * spans a line break changes: between two tags or at the template's ends it
 * goes, elsewhere it becomes one space (as the HTML renderer would show it).
 * Spaces on one line are kept, so `</b> ${x}` keeps its space. A line break
 * before a tag's closing `>` (`</span\n>`, as Prettier wraps a long tag) goes
 * too: inside a tag it is not text.
 */
export function minifyHtml(text: string, first: boolean, last: boolean): string {
  let out = text.replace(/\s*\n\s*(\/?>)/g, '$1').replace(/>\s*\n\s*</g, '><');
  if (first) out = out.replace(/^\s*\n\s*/, '');
  if (last) out = out.replace(/\s*\n\s*$/, '');
  return out.replace(/\s*\n\s*/g, ' ');
}

/**
 * Elements that hold their own lines wherever the widgets use them: block containers and table parts.
 * A browser test (tests/widgets/templates.test.ts) fails if a widget's style makes one inline.
 */
export const BLOCK_TAGS = ['blockquote', 'caption', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer']
  .concat(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'nav', 'ol', 'p', 'section'])
  .concat(['table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);
const BLOCK = `(?:${BLOCK_TAGS.join('|')})`;
/** The end of an opening tag of a block (`<td part="cell">`, or `<tr data-label=${…}>` across its parts), then whitespace. */
const AFTER_OPENING = new RegExp(`(<${BLOCK}(?:\\s(?:[^<>"']|"[^"]*"|'[^']*')*)?>)\\s+`, 'g');
const BEFORE_CLOSING = new RegExp(`\\s+(</${BLOCK}>)`, 'g');
const GAP = '\u0000';

/**
 * Minifies the static parts of an html`` template (their raw texts, in order) with minifyHtml, and
 * drops whitespace right after a block's opening tag and right before its closing tag: the start
 * and end of a block's lines, where CSS never shows a space. It takes a text node out of each
 * render too. No widget makes these elements inline (or `display: contents`), nor `white-space: pre`.
 */
export function minifyHtmlTemplate(quasis: readonly string[]): string[] {
  const joined = quasis.map((raw, i) => minifyHtml(raw, i === 0, i === quasis.length - 1)).join(GAP);
  return joined.replace(AFTER_OPENING, '$1').replace(BEFORE_CLOSING, '$1').split(GAP);
}
