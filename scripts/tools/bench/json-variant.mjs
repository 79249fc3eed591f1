// The drop-in with its embedded content as JSON.parse('…') instead of object literals, for
// scripts/tools/bench/experiments.mjs: each variable initialised with a large JSON-compatible object
// literal (data/*.json inlined by the bundler) becomes JSON.parse of the same value's JSON text,
// which is what Vite's `json.stringify` would emit for those modules. Never shipped.
import { parseAst } from 'rolldown/parseAst';

/** True for an object/array literal made only of JSON values (no spreads, identifiers or computed keys). */
function jsonLike(node) {
  switch (node.type) {
    case 'Literal':
      return node.value === null || ['string', 'number', 'boolean'].includes(typeof node.value);
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'ArrayExpression':
      return node.elements.every((e) => e && jsonLike(e));
    case 'ObjectExpression':
      return node.properties.every((p) => p.type === 'Property' && !p.computed && p.kind === 'init' && !p.method && jsonLike(p.value));
    case 'UnaryExpression':
      return node.operator === '!' && node.argument.type === 'Literal'; // minified true/false: !0, !1
    default:
      return false;
  }
}

function walk(node, visit) {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) if (key !== 'type' && node[key] && typeof node[key] === 'object') walk(node[key], visit);
}

/** Returns { code, replaced: [{ bytes }] }: literals of at least `minBytes` source characters are rewritten. */
export function jsonParseVariant(code, minBytes = 300) {
  const ast = parseAst(code);
  const edits = [];
  walk(ast, (node) => {
    if (node.type !== 'VariableDeclarator' || !node.init || !['ObjectExpression', 'ArrayExpression'].includes(node.init.type)) return;
    const { start, end } = node.init;
    if (end - start < minBytes || !jsonLike(node.init)) return;
    const value = new Function(`return (${code.slice(start, end)});`)();
    edits.push([start, end, `JSON.parse(${JSON.stringify(JSON.stringify(value))})`]);
  });
  edits.sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  return {
    code: out,
    replaced: edits.map(([start, end, text]) => ({ start, end, text, bytes: end - start, jsonParseBytes: text.length })),
  };
}
