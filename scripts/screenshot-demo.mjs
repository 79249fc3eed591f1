// Screenshots of demo pages as `npm start` serves them (Vite, sources), at 360 px and 1100 px,
// light and dark (the main page's ?theme=dark), into screenshots/demo-<page>-<width>-<theme>.png,
// with long pages also cut into 1600 px slices. Usage: node scripts/screenshot-demo.mjs [index clinic ...]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build, createServer } from 'vite';
import { chromeArgs, requireChrome } from './find-chrome.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index'];
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
mkdirSync('screenshots', { recursive: true });
try {
  for (const name of pages)
    for (const width of [360, 1100])
      for (const theme of ['light', 'dark']) {
        const tab = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
        await tab.goto(`${base}${name}.html?theme=${theme}`);
        await tab.waitForFunction(() =>
          [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('propel-') || el.shadowRoot),
        );
        await tab.waitForTimeout(400);
        const file = `screenshots/demo-${name}-${width}-${theme}`;
        await tab.screenshot({ path: `${file}.png`, fullPage: true });
        const height = await tab.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, part = 1; height > 2000 && y < height; y += 1600, part++)
          await tab.screenshot({
            path: `${file}-part${part}.png`,
            fullPage: true,
            clip: { x: 0, y, width, height: Math.min(1600, height - y) },
          });
        console.log(`${file}.png (${height} px)`);
        await tab.close();
      }
} finally {
  await browser.close();
  await server.close();
}
