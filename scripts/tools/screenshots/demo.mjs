// Screenshots of demo pages as `npm start` serves them (Vite, sources), at 360 px and 1100 px,
// light and dark (the main page's ?theme=dark), into screenshots/demo-<page>-<width>-<theme>.png,
// with long pages also cut into 1600 px slices. Usage: node scripts/tools/screenshots/demo.mjs [index clinic ...]
// With PROPEL_ENGINES naming firefox or webkit (e.g. PROPEL_ENGINES=firefox,webkit), those engines
// shoot the same pages at 390 px and 1100 px into screenshots/demo-<page>-<engine>-<width>-<theme>-<n>.png:
// the viewport (900 px high) scrolled down a screen at a time, as WebDriver has no full-page shot.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build, createServer } from 'vite';
import { chromeArgs, requireChrome, selectedEngines } from '../../lib/browsers.mjs';
import { launch } from '../../lib/engines.mjs';
import { shootSliced } from './slices.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index'];
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const base = server.resolvedUrls.local[0];
mkdirSync('screenshots', { recursive: true });
const upgraded = () => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('propel-') || el.shadowRoot);

const others = process.env.PROPEL_ENGINES ? selectedEngines().filter((engine) => engine !== 'chromium') : [];
for (const engine of others) {
  const browser = await launch(engine);
  try {
    for (const name of pages)
      for (const width of [390, 1100])
        for (const theme of ['light', 'dark']) {
          const tab = await browser.newPage({ width, height: 900 });
          await tab.goto(`${base}${name}.html?theme=${theme}`);
          await tab.waitFor(upgraded);
          const height = await tab.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, n = 1; y < Math.min(height, 4 * 900); y += 900, n++) {
            await tab.evaluate((top) => scrollTo(0, top), y);
            await new Promise((resolve) => setTimeout(resolve, 400));
            const file = `screenshots/demo-${name}-${engine}-${width}-${theme}-${n}.png`;
            writeFileSync(file, await tab.screenshot());
            console.log(`${file} (${browser.version})`);
          }
          await tab.close();
        }
  } finally {
    await browser.close();
  }
}
if (others.length && !selectedEngines().includes('chromium')) {
  await server.close();
  process.exit(0);
}

const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
try {
  for (const name of pages)
    for (const width of [360, 1100])
      for (const theme of ['light', 'dark']) {
        const tab = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
        await tab.goto(`${base}${name}.html?theme=${theme}`);
        await tab.waitForFunction(upgraded);
        await tab.waitForTimeout(400);
        const file = `screenshots/demo-${name}-${width}-${theme}`;
        const { height } = await shootSliced(tab, file);
        console.log(`${file}.png (${height} px)`);
        await tab.close();
      }
} finally {
  await browser.close();
  await server.close();
}
