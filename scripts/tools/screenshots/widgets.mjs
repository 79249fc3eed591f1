// Screenshots of the built drop-in at 360 px and 1100 px, light and dark, into screenshots/.
// Usage: npm run screenshots [-- <page-name> ...]; open the PNGs afterwards.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../lib/browsers.mjs';
import { shootSliced } from './slices.mjs';

const executablePath = requireChrome();

const script = readFileSync('dist/propel-widgets.js', 'utf8');

/** Pages to shoot: a body of markup, placed in a page that looks like a typical blog column. */
export const PAGES = {
  comparison: `<propel-treatment-comparison filterable highlight="ketamine-therapy" THEME></propel-treatment-comparison>`,
  diet: `<propel-diet-grid THEME></propel-diet-grid>`,
  sections: `<propel-guide-section section="ketamine" THEME></propel-guide-section><br><propel-guide-section section="facts" THEME></propel-guide-section><br><propel-guide-section section="testimonial" THEME></propel-guide-section>`,
  guide: `<propel-fibro-guide THEME></propel-fibro-guide>`,
  clinic: `<p><propel-clinic-hours THEME></propel-clinic-hours></p><propel-location-card THEME></propel-location-card><br><propel-clinic-hours variant="week" THEME></propel-clinic-hours>`,
  spanish: `<div lang="es-US"><propel-treatment-comparison filterable highlight="exercise" THEME></propel-treatment-comparison><br><p><propel-clinic-hours THEME></propel-clinic-hours></p><propel-location-card THEME></propel-location-card><br><propel-clinic-hours variant="week" THEME></propel-clinic-hours></div>`,
};

const only = process.argv.slice(2);
const page = async (browser, name, body, width, dark) => {
  const tab = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme: dark ? 'dark' : 'light' });
  const bg = dark ? '#0c1216' : '#f6f7f8';
  const fg = dark ? '#e3ecef' : '#1d2a30';
  await tab.setContent(
    `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
     <style>body{margin:0;padding:16px;background:${bg};color:${fg};font:17px/1.6 Georgia,serif}</style></head>
     <body>${body.replaceAll('THEME', dark ? 'theme="dark"' : '')}</body></html>`,
  );
  await tab.addScriptTag({ content: script });
  await tab.waitForFunction(() => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('propel-') || el.shadowRoot));
  await tab.waitForTimeout(100);
  const file = `screenshots/${name}-${width}-${dark ? 'dark' : 'light'}`;
  const { files } = await shootSliced(tab, file);
  await tab.close();
  return files.join('\n');
};

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: chromeArgs() });
try {
  for (const [name, body] of Object.entries(PAGES)) {
    if (only.length && !only.includes(name)) continue;
    for (const width of [360, 1100]) for (const dark of [false, true]) console.log(await page(browser, name, body, width, dark));
  }
} finally {
  await browser.close();
}
