import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Minifies a css`` template with lightningcss (which keeps light-dark(), color-mix(), container
 * queries and the rest as written: no targets, so nothing is lowered). The template's text is the
 * source's raw text, so a backslash in the output is written back escaped.
 */
export function minifyCss(raw: string): string {
  return transform({ filename: 'widget.css', code: Buffer.from(raw), minify: true })
    .code.toString()
    .replace(/\\/g, '\\\\');
}

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

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
  } else if (node && typeof node === 'object' && typeof (node as Node).type === 'string') {
    visit(node as Node);
    for (const key in node) if (key !== 'type') walk((node as Record<string, unknown>)[key], visit);
  }
}

/**
 * Vite plugin: shrinks the static parts of Lit's css``, html`` and svg``
 * templates in this project's own sources (production builds only).
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'propel-minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const edits: Array<[number, number, string]> = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = (node.tag as Node & { name?: string }).name;
        if (tag !== 'css' && tag !== 'html' && tag !== 'svg') return;
        const quasis = (node.quasi as Node & { quasis: Node[] }).quasis;
        // A part of a stylesheet is not a stylesheet: the css`` templates here are written whole.
        if (tag === 'css' && quasis.length > 1) this.error(`${id}: a css\`\` template with \${…} cannot be minified; write the values out`);
        quasis.forEach((q, i) => {
          const raw = code.slice(q.start, q.end);
          const min = tag === 'css' ? minifyCss(raw) : minifyHtml(raw, i === 0, i === quasis.length - 1);
          if (min !== raw) edits.push([q.start, q.end, min]);
        });
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
