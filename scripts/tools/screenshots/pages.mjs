// Screenshots of the reference (demo/docs.html) and the embed configurator (demo/configurator.html),
// served by Vite's dev server exactly as `npm start` serves them, at 1100 px and 390 px, into
// screenshots/: docs-1100.png, docs-390.png, configurator-1100.png, configurator-390.png (full
// pages; long ones are also cut into -partN slices), plus configurator-*-themed.png after setting
// an attribute and a token. Usage: node scripts/tools/screenshots/pages.mjs [docs|configurator ...]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { build, createServer } from 'vite';
import { chromeArgs, requireChrome } from '../../lib/browsers.mjs';

const executablePath = requireChrome();
const only = process.argv.slice(2);

/** A port nothing listens on right now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = netServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

// The configurator imports dist/propel-widgets.sri.json: build the drop-in first if it is missing.
if (!existsSync('dist/propel-widgets.sri.json')) await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

const port = await freePort();
const server = await createServer({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  server: { port, strictPort: true, host: '127.0.0.1' },
});
await server.listen();
const base = `http://127.0.0.1:${port}`;

/** Waits until every element on the page, through shadow roots, has rendered. */
const settled = (tab) =>
  tab.waitForFunction(() => {
    const pending = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.includes('-') && !customElements.get(el.localName)) pending.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return pending.length === 0 && document.fonts.status === 'loaded';
  });

async function shoot(tab, file) {
  await tab.evaluate(() => window.scrollTo(0, 0)); // sticky bars where a reader first sees them
  await tab.waitForTimeout(250);
  const full = await tab.screenshot({ path: `${file}.png`, fullPage: true });
  const files = [`${file}.png`];
  // Long pages are also cut into readable slices of 1600 px, cropped from the full image.
  const image = PNG.sync.read(full);
  for (let y = 0, part = 1; image.height > 2400 && y < image.height; y += 1600, part++) {
    const slice = new PNG({ width: image.width, height: Math.min(1600, image.height - y) });
    PNG.bitblt(image, slice, 0, y, image.width, slice.height, 0, 0);
    const path = `${file}-part${part}.png`;
    writeFileSync(path, PNG.sync.write(slice));
    files.push(path);
  }
  console.log(files.join('\n'));
}

const PAGES = {
  docs: async (tab, width) => {
    await tab.goto(`${base}/docs.html`);
    await tab.waitForSelector('docs-page section.widget');
    await settled(tab);
    await shoot(tab, `screenshots/docs-${width}`);
  },
  configurator: async (tab, width) => {
    await tab.goto(`${base}/configurator.html`);
    await tab.waitForSelector('embed-configurator .stage > *');
    await settled(tab);
    await shoot(tab, `screenshots/configurator-${width}`);
    // A configured state: an attribute, a colour and a radius.
    const theme = tab.locator('[name="attr:theme"]');
    if ((await theme.evaluate((el) => el.localName)) === 'select') await theme.selectOption('dark');
    else await theme.fill('dark');
    await tab.fill('input[name="attr:highlight"]', 'exercise');
    await tab.locator('input[name="token:--propel-color-primary"]').evaluate((input) => {
      input.value = '#6b3fa0';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await tab.fill('input[name="token:--propel-radius"]', '4px');
    await tab.click('button.copy.primary');
    await shoot(tab, `screenshots/configurator-${width}-themed`);
  },
};

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: chromeArgs() });
try {
  for (const [name, run] of Object.entries(PAGES)) {
    if (only.length && !only.includes(name)) continue;
    for (const width of [1100, 390]) {
      const tab = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      tab.on('pageerror', (error) => console.error(`${name} ${width}: ${error.message}`));
      await run(tab, width);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
