// Bundle-size budget: the whole drop-in, gzip -9, must stay within 28 KB (28,672 B).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 28 * 1024;
const file = 'dist/propel-widgets.js';
const raw = readFileSync(file);
const gzip = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`${file}: ${kb(raw.length)} raw, ${kb(gzip)} gzip -9 (budget ${kb(BUDGET)}, ${kb(BUDGET - gzip)} left)`);
if (gzip > BUDGET) {
  console.error(`Bundle-size budget exceeded by ${kb(gzip - BUDGET)}.`);
  process.exit(1);
}
