// What a patient gets on paper: the built drop-in in a page with print media emulated.
// Screenshots of the guide, the comparison (wide, in a narrow sidebar, and dark-themed, which
// prints light) and the location card into screenshots/print-*.png, and the guide as a real PDF, screenshots/print-guide.pdf
// (its first pages also as PNGs: with pdftoppm when installed, else through Chromium's PDF viewer).
// Usage: npm run build && node scripts/tools/screenshots/print.mjs; then open the PNGs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../lib/browsers.mjs';
import { shootSliced } from './slices.mjs';

const executablePath = requireChrome();
const script = readFileSync('dist/propel-widgets.js', 'utf8');

/** About the printable width of an A4 or Letter page at 96 dpi. */
const WIDTH = 720;

const PAGES = {
  guide: '<propel-fibro-guide></propel-fibro-guide>',
  comparison: '<propel-treatment-comparison filterable highlight="ketamine-therapy" sort-column="treatment"></propel-treatment-comparison>',
  'comparison-narrow':
    '<aside style="width:320px"><propel-treatment-comparison filterable sort-column="benefits"></propel-treatment-comparison></aside>',
  'comparison-dark': '<propel-treatment-comparison theme="dark" highlight="exercise"></propel-treatment-comparison>',
  location: '<propel-location-card theme="dark"></propel-location-card>',
};

/** A blog-like page: grey on screen; its own print styles make the paper white, as most sites' do. */
const page = (body) => `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
  <style>body{margin:0;padding:16px;background:#f6f7f8;color:#1d2a30;font:17px/1.6 Georgia,serif}
  @media print{body{background:#fff;color:#000;padding:0}}</style></head><body>${body}</body></html>`;

async function open(browser, body) {
  const tab = await browser.newPage({ viewport: { width: WIDTH, height: 1000 }, deviceScaleFactor: 1 });
  await tab.emulateMedia({ media: 'print' });
  await tab.setContent(page(body));
  await tab.addScriptTag({ content: script });
  await tab.waitForFunction(() => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('propel-') || el.shadowRoot));
  await tab.waitForTimeout(100);
  return tab;
}

/**
 * Without pdftoppm: the first pages of the PDF as Chromium's own PDF viewer shows them (it runs in the
 * new headless mode), one screenshot per page, to screenshots/print-guide-pdf-<n>.png.
 */
async function viewerShots(pdf, pages) {
  const viewer = await chromium.launch({ executablePath, args: [...chromeArgs(), '--headless=new'] });
  const files = [];
  try {
    for (let n = 1; n <= pages; n++) {
      const tab = await viewer.newPage({ viewport: { width: 800, height: 1130 } });
      await tab.goto(`${pathToFileURL(pdf)}#toolbar=0&navpanes=0&view=Fit&page=${n}`);
      await tab.waitForTimeout(3000);
      const path = pdf.replace(/\.pdf$/, `-pdf-${n}.png`);
      await tab.screenshot({ path });
      files.push(path);
      await tab.close();
    }
  } catch (error) {
    files.push(`(no pdftoppm, and the PDF viewer failed: ${error.message}; the emulated-media screenshots show the print styles)`);
  } finally {
    await viewer.close();
  }
  return files.join('\n');
}

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: chromeArgs() });
try {
  for (const [name, body] of Object.entries(PAGES)) {
    const tab = await open(browser, body);
    const file = `screenshots/print-${name}`;
    console.log((await shootSliced(tab, file)).files.join('\n'));
    if (name === 'guide') {
      await tab.pdf({ path: `${file}.pdf`, format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
      console.log(`${file}.pdf`);
      try {
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', `${file}.pdf`, `${file}-pdf`]);
        console.log(`${file}-pdf-*.png (pages 1-4)`);
      } catch {
        console.log(await viewerShots(`${file}.pdf`, 4));
      }
    }
    await tab.close();
  }
} finally {
  await browser.close();
}
