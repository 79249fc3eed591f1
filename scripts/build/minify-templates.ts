import { transform } from 'lightningcss';
import type { Plugin } from 'vite';
import { minifyHtmlTemplate } from './minify-html.ts';

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
        const raws = quasis.map((q) => code.slice(q.start, q.end));
        const mins = tag === 'css' ? raws.map(minifyCss) : minifyHtmlTemplate(raws);
        quasis.forEach((q, i) => {
          if (mins[i] !== raws[i]) edits.push([q.start, q.end, mins[i]!]);
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
