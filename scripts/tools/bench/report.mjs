// The one table `npm run bench` prints: a fixed grid of columns, with section rows that say what
// the columns hold in that section.

const fmt = (x, digits = 2) => (x === undefined || x === null || Number.isNaN(x) ? '·' : typeof x === 'string' ? x : x.toFixed(digits));

/**
 * rows: { section: 'title', columns?: [...] } or { cells: [label, ...values] }.
 * Numbers are printed with 2 decimals unless given as strings.
 */
export function renderTable(header, rows) {
  const width = header.length;
  const lines = rows.map((r) => (r.section ? r : { cells: r.cells.map((c, i) => (i ? fmt(c) : c)) }));
  const all = [header, ...lines.filter((r) => r.cells).map((r) => r.cells), ...lines.filter((r) => r.columns).map((r) => r.columns)];
  const widths = Array.from({ length: width }, (_, c) => Math.max(...all.map((r) => String(r[c] ?? '').length)));
  const line = (cells) =>
    cells
      .map((cell, c) =>
        c === 0 ? String(cell ?? '').padEnd(widths[c]) : c === width - 1 ? String(cell ?? '') : String(cell ?? '').padStart(widths[c]),
      )
      .join('  ')
      .trimEnd();
  const total = widths.reduce((a, b) => a + b + 2, 0);
  const out = [line(header), '─'.repeat(total)];
  for (const r of lines) {
    if (r.section) {
      out.push(`── ${r.section} ${'─'.repeat(Math.max(3, total - r.section.length - 4))}`);
      if (r.columns) out.push(line(r.columns));
    } else out.push(line(r.cells));
  }
  return out.join('\n');
}

/** "0.42× ≤ 0.5 ✓" */
export function goal(ratio, limit, unit = '×') {
  if (!Number.isFinite(ratio)) return '·';
  return `${ratio.toFixed(2)}${unit} (goal ≤ ${limit}${unit}) ${ratio <= limit ? 'met' : 'MISSED'}`;
}
