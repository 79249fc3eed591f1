// Rendering benchmarks in headless Chromium (playwright-core), run after `npm run build`.
// The machine is shared and noisy: compare the ratios printed from one run, not absolute times.
//
//   1. script: evaluating the drop-in (parse + define every element), once per fresh page
//   2. mount: 50 comparison tables appended and rendered (median of 15 rounds)
//   3. sort: one click on a sort header until the table has re-rendered (median of 200)
// The same measurements run for Grid.js 6.2 (the peer, same 6×3 data, sorting on) and for a
// plain innerHTML <table> (the floor: no component at all).
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from './find-chrome.mjs';

const executablePath = requireChrome();

const ours = readFileSync('dist/propel-widgets.js', 'utf8');
const content = JSON.parse(readFileSync('dist/propel-content.json', 'utf8'));
const grid = readFileSync('node_modules/gridjs/dist/gridjs.umd.js', 'utf8');
const gridCss = readFileSync('node_modules/gridjs/dist/theme/mermaid.min.css', 'utf8');
const rows = content.treatments.items.map((t) => [t.name, t.benefits, t.sideEffects]);
const gz = (s) => (gzipSync(s, { level: 9 }).length / 1024).toFixed(1);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** In-page harnesses: each returns { script, mount, sort } in milliseconds. */
const harness = {
  async propel(page) {
    const script = await page.evaluate((src) => {
      const t0 = performance.now();
      (0, eval)(src);
      return performance.now() - t0;
    }, ours);
    const mount = await page.evaluate(async () => {
      const times = [];
      for (let round = 0; round < 15; round++) {
        const host = document.createElement('div');
        const t0 = performance.now();
        for (let i = 0; i < 50; i++) host.append(document.createElement('propel-treatment-comparison'));
        document.body.append(host);
        await Promise.all([...host.children].map((el) => el.updateComplete));
        host.getBoundingClientRect();
        times.push(performance.now() - t0);
        host.remove();
      }
      return times;
    });
    const sort = await page.evaluate(async () => {
      const el = document.body.appendChild(document.createElement('propel-treatment-comparison'));
      await el.updateComplete;
      const times = [];
      for (let i = 0; i < 200; i++) {
        const button = el.shadowRoot.querySelectorAll('thead button')[i % 3];
        const t0 = performance.now();
        button.click();
        await el.updateComplete;
        el.getBoundingClientRect();
        times.push(performance.now() - t0);
      }
      return times;
    });
    return { script, mount: median(mount), sort: median(sort) };
  },

  async gridjs(page) {
    await page.addStyleTag({ content: gridCss });
    const script = await page.evaluate((src) => {
      const t0 = performance.now();
      (0, eval)(src);
      return performance.now() - t0;
    }, grid);
    const options = { columns: ['Treatment', 'Benefits', 'Potential side effects'], data: rows, sort: true };
    const mount = await page.evaluate(async (options) => {
      const times = [];
      const rendered = (el) =>
        new Promise((resolve) => {
          const check = () => (el.querySelector('tbody tr') ? resolve() : requestAnimationFrame(check));
          check();
        });
      for (let round = 0; round < 15; round++) {
        const host = document.createElement('div');
        document.body.append(host);
        const t0 = performance.now();
        const els = [];
        for (let i = 0; i < 50; i++) {
          const el = host.appendChild(document.createElement('div'));
          new window.gridjs.Grid(options).render(el);
          els.push(el);
        }
        await Promise.all(els.map(rendered));
        host.getBoundingClientRect();
        times.push(performance.now() - t0);
        host.remove();
      }
      return times;
    }, options);
    const sort = await page.evaluate(async (options) => {
      const el = document.body.appendChild(document.createElement('div'));
      new window.gridjs.Grid(options).render(el);
      while (!el.querySelector('tbody tr')) await new Promise(requestAnimationFrame);
      const times = [];
      for (let i = 0; i < 200; i++) {
        // Grid.js re-renders asynchronously: time until its DOM changes (capped at 200 ms).
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => (observer.disconnect(), resolve()));
          observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
          setTimeout(() => (observer.disconnect(), resolve()), 200);
        });
        const t0 = performance.now();
        el.querySelectorAll('th')[i % 3].click();
        await changed;
        el.getBoundingClientRect();
        times.push(performance.now() - t0);
      }
      return times;
    }, options);
    return { script, mount: median(mount), sort: median(sort) };
  },

  async plain(page) {
    const mount = await page.evaluate((rows) => {
      const markup = `<table><caption>Comparison</caption><thead><tr><th>Treatment</th><th>Benefits</th><th>Potential side effects</th></tr></thead><tbody>${rows
        .map((r) => `<tr><th scope="row">${r[0]}</th><td>${r[1]}</td><td>${r[2]}</td></tr>`)
        .join('')}</tbody></table>`;
      const times = [];
      for (let round = 0; round < 15; round++) {
        const host = document.createElement('div');
        const t0 = performance.now();
        for (let i = 0; i < 50; i++) host.insertAdjacentHTML('beforeend', markup);
        document.body.append(host);
        host.getBoundingClientRect();
        times.push(performance.now() - t0);
        host.remove();
      }
      return times;
    }, rows);
    return { script: 0, mount: median(mount), sort: NaN };
  },
};

const browser = await chromium.launch({ executablePath, args: chromeArgs() });
const results = {};
try {
  // Interleave the subjects over several fresh pages so background noise hits them alike.
  for (let pass = 0; pass < 5; pass++) {
    for (const [name, run] of Object.entries(harness)) {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html lang="en"><body></body></html>');
      const r = await run(page);
      await page.close();
      (results[name] ??= []).push(r);
    }
  }
} finally {
  await browser.close();
}

const summary = Object.fromEntries(
  Object.entries(results).map(([name, runs]) => [
    name,
    Object.fromEntries(['script', 'mount', 'sort'].map((k) => [k, median(runs.map((r) => r[k]))])),
  ]),
);
const ms = (x) => (Number.isNaN(x) ? '—' : `${x.toFixed(2)} ms`);
console.log(`Machine: ${cpus().length}× ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${executablePath}`);
console.log(`Sizes (gzip -9): propel-widgets.js ${gz(ours)} KB (all widgets + content), gridjs.umd.js ${gz(grid)} KB + ${gz(gridCss)} KB CSS`);
console.log('');
console.log('subject        script eval   mount 50 tables   one sort');
for (const [name, r] of Object.entries(summary)) {
  console.log(`${name.padEnd(14)} ${ms(r.script).padStart(11)}   ${ms(r.mount).padStart(15)}   ${ms(r.sort).padStart(8)}`);
}
const { propel, gridjs, plain } = summary;
console.log('');
console.log(`ratios (lower is better for propel): script ${(propel.script / gridjs.script).toFixed(2)}× Grid.js; ` +
  `mount ${(propel.mount / gridjs.mount).toFixed(2)}× Grid.js, ${(propel.mount / plain.mount).toFixed(2)}× plain HTML; ` +
  `sort ${(propel.sort / gridjs.sort).toFixed(2)}× Grid.js`);
