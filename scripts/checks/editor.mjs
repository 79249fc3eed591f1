// Check of the single-file editor (dist/propel-editor.html, from scripts/build/editor.mjs), the
// way the clinic's staff use it: opened from disk (file://) in Chromium with the network off.
// Fails on any request other than file: or data:, on a page error or console error, when the
// week grid does not show the seven days, when the preview shows no opening-hours badge, or when
// the staff's edit (Friday closes at 17:00, Christmas Eve closed every year), made through the page
// in five steps (each control found by its label, as a person finds it), does not download as the
// expected document.
// Usage: node scripts/checks/editor.mjs [--file path] [--screenshots dir]
//   --screenshots dir: also saves the editor at 390 px and 1280 px, light and dark, to look at.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../lib/browsers.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const file = resolve(arg('--file') ?? 'dist/propel-editor.html');
const shots = arg('--screenshots');
if (!existsSync(file)) {
  console.error(`${file} does not exist: run npm run build first.`);
  process.exit(1);
}
const url = pathToFileURL(file).href;
const problems = [];

/** What the page shows, read through the editor's shadow root. */
function readEditor() {
  const root = document.querySelector('content-editor')?.shadowRoot;
  if (!root) return undefined;
  const days = [...root.querySelectorAll('.week .day-row .day-name')].map((label) => label.textContent.trim());
  const badge = root.querySelector('propel-clinic-hours:not([variant])')?.shadowRoot?.querySelector('[part~=badge]');
  const weekRows = root.querySelector('propel-clinic-hours[variant=week]')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
  return {
    days,
    badge: badge?.textContent.trim() ?? '',
    weekRows,
    status: root.querySelector('.toolbar [role=status]')?.textContent.trim(),
  };
}

const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs() });
try {
  const runs = shots
    ? [
        { width: 390, scheme: 'light' },
        { width: 390, scheme: 'dark' },
        { width: 1280, scheme: 'light' },
        { width: 1280, scheme: 'dark' },
      ]
    : [{ width: 1280, scheme: 'light' }];
  if (shots) mkdirSync(shots, { recursive: true });
  for (const { width, scheme } of runs) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    await context.setOffline(true);
    const page = await context.newPage();
    const tag = `${width}px ${scheme}`;
    page.on('request', (request) => {
      if (!/^(file|data|blob):/.test(request.url())) problems.push(`${tag}: a request to ${request.url()}`);
    });
    page.on('pageerror', (error) => problems.push(`${tag}: page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`${tag}: console error: ${message.text()}`));
    await page.goto(url);
    let seen;
    try {
      await page.waitForFunction(
        () => {
          const root = document.querySelector('content-editor')?.shadowRoot;
          const badge = root?.querySelector('propel-clinic-hours:not([variant])')?.shadowRoot?.querySelector('[part~=badge]');
          return root?.querySelectorAll('.week .day-row').length === 7 && !!badge?.textContent.trim();
        },
        undefined,
        { timeout: 10_000 },
      );
    } catch {
      // Reported below, with what the page did show.
    }
    seen = await page.evaluate(readEditor);
    const days = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday';
    if (!seen) problems.push(`${tag}: <content-editor> did not render`);
    else {
      if (seen.days.join(' ') !== days) problems.push(`${tag}: the week grid shows [${seen.days.join(', ')}], not the seven days`);
      if (!seen.badge) problems.push(`${tag}: the preview shows no opening-hours badge`);
      if (seen.weekRows !== 7) problems.push(`${tag}: the preview's week shows ${seen.weekRows} rows`);
      if (seen.status !== 'No problems') problems.push(`${tag}: the default document shows "${seen.status}"`);
    }
    if (shots) {
      await page.waitForTimeout(300);
      const path = `${shots}/propel-editor-${width}-${scheme}.png`;
      await page.screenshot({ path, fullPage: true });
      // The hours form alone, at full size: the long page shrinks too much to judge it.
      const hours = `${shots}/propel-editor-${width}-${scheme}-hours.png`;
      await page.locator('content-editor section:has(#hours-title)').screenshot({ path: hours });
      console.log(`${path}\n${hours}`);
    }
    if (!shots || width === 1280) console.log(`${tag}: grid ${seen?.days.length ?? 0} days, badge "${seen?.badge ?? ''}"`);
    await context.close();
  }
  await theStaffsEdit();
} finally {
  await browser.close();
}

/**
 * The edit the clinic asked to make in a few steps, through the page as a person would:
 * Friday closes at 17:00, and Christmas Eve (12-24, every year) is closed with a note.
 * Then the download, whose document must hold exactly that.
 */
async function theStaffsEdit() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.setOffline(true);
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) problems.push(`edit: a request to ${request.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`edit: page error: ${error.message}`));
  await page.goto(url);
  const row = page.locator('[data-row="exceptions-0"]');
  const steps = [
    () => page.getByLabel('Friday closes', { exact: true }).fill('17:00'),
    () => page.getByRole('button', { name: 'Add a holiday or special day' }).click(),
    () => row.getByLabel('Date', { exact: true }).fill('2026-12-24'),
    () => row.getByLabel('Every year').check(),
    () => row.getByLabel('Note for visitors').fill('Christmas Eve'),
  ];
  for (const step of steps) await step();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download propel-content.json' }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const { weekly, exceptions } = saved.clinic.hours;
  const expected = {
    version: 2,
    weekly: [
      { days: ['mon', 'tue', 'wed', 'thu'], status: 'open', opens: '09:00', closes: '19:00' },
      { days: ['fri'], status: 'open', opens: '09:00', closes: '17:00' },
      { days: ['sat'], status: 'appointment', note: 'Some Saturdays by appointment only' },
    ],
    exceptions: [{ from: '12-24', status: 'closed', note: 'Christmas Eve' }],
  };
  if (JSON.stringify({ version: saved.version, weekly, exceptions }) !== JSON.stringify(expected)) {
    problems.push(`edit: the downloaded hours are ${JSON.stringify({ version: saved.version, weekly, exceptions })}`);
  } else console.log(`The Friday and Christmas Eve edit: ${steps.length} steps, then Download; the downloaded document holds it.`);
  if (shots) {
    await page.locator('#preview-date').fill('2026-12-24');
    await page.locator('#preview-time').fill('10:00');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${shots}/propel-editor-1280-edited.png`, fullPage: true });
    // Up close: a split Monday, a night past midnight, a note asked for, and the holiday, at both widths.
    await page.getByRole('button', { name: 'Add hours on Monday' }).click();
    await page.getByLabel('Sunday', { exact: true }).selectOption('open');
    await page.getByLabel('Sunday opens', { exact: true }).fill('22:00');
    await page.getByLabel('Sunday closes').fill('02:00');
    await page.getByRole('button', { name: 'Add note for Tuesday' }).click();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const path = `${shots}/propel-editor-${width}-edited-hours.png`;
      await page.locator('content-editor section:has(#hours-title)').screenshot({ path });
      console.log(path);
    }
    console.log(`${shots}/propel-editor-1280-edited.png`);
  }
  await context.close();
}

if (problems.length) {
  console.error(`Single-file editor check failed (${url}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Single-file editor check passed: ${url} opened from disk with the network off, no request, grid and preview shown.`);
