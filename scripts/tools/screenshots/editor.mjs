// Screenshots of the content editor (demo/editor.html) from Vite's dev server, into screenshots/:
// editor-1100.png (light), editor-1100-dark.png, editor-390.png, and editor-1100-problems.png
// (a few deliberate mistakes, so the problem list and the form's error states show), each
// also cut into slices of 1200 px (-partN.png) for reading, and editor-1100-scrolled.png (the
// viewport while editing the hours: sticky toolbar and preview).
// Usage: node scripts/tools/screenshots/editor.mjs; open the PNGs afterwards.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, requireChrome } from '../../lib/browsers.mjs';
import { shootSliced } from './slices.mjs';

const executablePath = requireChrome();
const PORT = 5199;

/** Breaks the document three ways through the editor's own textarea, as a person typing would. */
async function makeMistakes(tab) {
  await tab.evaluate(() => {
    const editor = document.querySelector('content-editor');
    const textarea = editor.shadowRoot.querySelector('textarea#json');
    const doc = JSON.parse(textarea.value);
    doc.clinic.hours.weekly[0].opens = '9am';
    doc.clinic.hours.weekly[1].clozes = '13:00';
    doc.clinic.hours.exceptions.push({ from: '2026-12-26', through: '2026-12-24', status: 'closed', note: 'Holidays' });
    textarea.value = JSON.stringify(doc, null, 2);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const server = await createServer({ configFile: 'vite.config.ts', server: { port: PORT, strictPort: true }, logLevel: 'warn' });
await server.listen();
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: chromeArgs() });
try {
  const shots = [
    { file: 'editor-1100', width: 1100 },
    { file: 'editor-1100-dark', width: 1100, dark: true },
    { file: 'editor-390', width: 390 },
    { file: 'editor-1100-problems', width: 1100, mistakes: true },
    { file: 'editor-1100-scrolled', width: 1100, mistakes: true, scrolled: true },
  ];
  for (const { file, width, dark, mistakes, scrolled } of shots) {
    const tab = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme: dark ? 'dark' : 'light' });
    tab.on('pageerror', (error) => console.error(`${file}: ${error.message}`));
    await tab.goto(`http://localhost:${PORT}/editor.html`);
    await tab.waitForFunction(() => document.querySelector('content-editor')?.shadowRoot?.querySelector('propel-provider'));
    if (mistakes) await makeMistakes(tab);
    // Every widget rendered, then a moment for fonts and layout.
    await tab.waitForFunction(() => {
      const root = document.querySelector('content-editor').shadowRoot;
      return [...root.querySelectorAll('propel-provider *')].every((el) => !el.localName.startsWith('propel-') || el.shadowRoot);
    });
    await tab.waitForTimeout(300);
    if (scrolled) {
      // What a person sees while editing the hours: the sticky toolbar and preview beside the form.
      await tab.evaluate(() => window.scrollTo(0, 900));
      await tab.waitForTimeout(200);
      await tab.screenshot({ path: `screenshots/${file}.png` });
      console.log(`screenshots/${file}.png`);
      await tab.close();
      continue;
    }
    // The page is long: also readable slices of 1200 px.
    console.log((await shootSliced(tab, `screenshots/${file}`, { slice: 1200, over: 1600 })).files.join('\n'));
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
