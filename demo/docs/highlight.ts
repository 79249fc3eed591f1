/**
 * A small syntax highlighter for the HTML the pages show (examples and the
 * embed snippet, including a `<style>` block of custom properties). It returns
 * Lit templates of text in classed spans; the text itself is never parsed as HTML.
 */
import { html, type TemplateResult } from 'lit';

const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)(\s*)(\/?)>/g;
const ATTR = /(\s+)([^\s=>/]+)(?:="([^"]*)")?/g;
const CSS = /(--[\w-]+)(\s*:\s*)([^;]*)(;)|([^{}\n]+)(\s*\{)/g;

const span = (kind: string, text: string) => html`<span class="tok-${kind}">${text}</span>`;

function attributes(text: string): (TemplateResult | string)[] {
  const out: (TemplateResult | string)[] = [];
  for (const [, space, name, value] of text.matchAll(ATTR)) {
    out.push(space!, span('attr', name!));
    if (value !== undefined) out.push('=', span(value.length > 24 ? 'value tok-long' : 'value', `"${value}"`));
  }
  return out;
}

function css(text: string): (TemplateResult | string)[] {
  const out: (TemplateResult | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(CSS)) {
    out.push(text.slice(last, m.index));
    if (m[1]) out.push(span('prop', m[1]), m[2]!, span('value', m[3]!), m[4]!);
    else out.push(span('selector', m[5]!), m[6]!);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/** HTML source as highlighted template parts, ready for `<pre><code>`. */
export function highlight(source: string): TemplateResult {
  const out: (TemplateResult | string)[] = [];
  let last = 0;
  let inStyle = false;
  for (const m of source.matchAll(TAG)) {
    const between = source.slice(last, m.index);
    out.push(...(inStyle ? css(between) : [between]));
    const [, close, name, attrs, space, selfClose] = m;
    out.push(span('punct', `<${close}`), span('tag', name!), ...attributes(attrs!), space!, span('punct', `${selfClose}>`));
    inStyle = name!.toLowerCase() === 'style' && !close;
    last = m.index + m[0].length;
  }
  out.push(source.slice(last));
  return html`${out}`;
}
