// Item 2: a strict Content-Security-Policy with Trusted Types, sent as a real response header.
// Every widget renders and works, with no securitypolicyviolation event and no console error.
import { HEAD, WIDGETS, deepText, interact, settle } from './widgets.mjs';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** External, since inline scripts are forbidden: records every violation the page reports. */
const LISTEN = `window.violations = [];
const record = (e) => window.violations.push([e.effectiveDirective, e.blockedURI, e.sourceFile + ':' + e.lineNumber, e.sample].join(' '));
document.addEventListener('securitypolicyviolation', record, true);`;

/**
 * A page of `body` served under the policy, loaded, with its violations recorded. `header`: the
 * policy the page's own response carries, read again from the page (drivers differ in what they tell).
 */
async function open(browser, server, name, body) {
  const url = server.page(
    `/csp/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>${HEAD}
<script src="/csp/listen.js"></script><script src="/dist/propel-widgets.js" defer></script></head><body>${body}</body></html>`,
    { 'Content-Security-Policy': CSP },
  );
  const page = await browser.newPage({ width: 1000, height: 800 });
  await page.goto(url);
  const rendered = await settle(page);
  const header = await page.evaluate(async () => (await fetch(location.href, { method: 'HEAD' })).headers.get('content-security-policy'));
  // Page errors and console errors; warnings are not this check's business.
  const problems = async () => (await page.problems()).filter((p) => !p.startsWith('console warning'));
  return { page, problems, header, rendered };
}

export async function run({ browser, server, check }) {
  server.page('/csp/listen.js', LISTEN);
  // The seven tags as a partner writes them; structured data (JSON-LD) is checked on its own below.
  const widgets = WIDGETS.map((w) => ({ ...w, html: w.html.replace(' structured-data', '') }));
  const { page, problems, header, rendered } = await open(
    browser,
    server,
    'page',
    widgets.map((w) => `<div id="${w.id}">${w.html}</div>`).join(''),
  );
  check('2.1', 'the page is served with the strict CSP header', header === CSP, header ?? 'no header');

  const state = await page.evaluate(() => ({
    trustedTypes: typeof trustedTypes !== 'undefined',
    adopted: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).every((el) => el.shadowRoot.adoptedStyleSheets.length > 0),
    styleElements: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('style')).length,
  }));
  const empty = [];
  for (const w of widgets) {
    const text = await deepText(page, `#${w.id} ${w.html.match(/<(propel-(?!provider)[a-z-]+)/)[1]}`);
    if (!text || text.length < 10 || /cannot be shown|could not be loaded/.test(text)) empty.push(`${w.id}: ${JSON.stringify(text)}`);
  }
  check(
    '2.2',
    'every widget renders under the policy',
    empty.length === 0 && state.trustedTypes,
    empty.join('; ') ||
      `${rendered} elements (nested ones included), styles adopted: ${state.adopted}, <style> elements: ${state.styleElements}`,
  );

  const done = await interact(page);
  const failed = Object.entries(done)
    .filter(([, ok]) => !ok)
    .map(([what]) => what);
  check(
    '2.3',
    'interactive: sort, filter chip, week <details>, table of contents',
    failed.length === 0 && Object.keys(done).length === 4,
    failed.length ? `failed: ${failed.join(', ')}` : Object.keys(done).join(', '),
  );

  const violations = await page.evaluate(() => window.violations);
  check('2.4', 'zero securitypolicyviolation events', violations.length === 0, violations.join(' | '));
  const seen = await problems();
  check('2.5', 'no console errors or page errors', seen.length === 0, seen.join(' | '));

  // structured-data writes schema.org JSON-LD into a <script> in <head>: a Trusted Types sink
  // (HTMLScriptElement textContent). The widget must still show its hours.
  const ld = await open(browser, server, 'json-ld', `<propel-location-card structured-data></propel-location-card>`);
  const text = await deepText(ld.page, 'propel-location-card');
  const badge = /Open now/.test(text ?? '');
  const ldViolations = await ld.page.evaluate(() => window.violations);
  const ldErrors = (await ld.problems()).filter((p) => p.startsWith('page error'));
  check(
    '2.6',
    'structured-data under Trusted Types: the live hours still render, no uncaught error',
    badge && !ldErrors.length,
    `${badge ? 'hours shown' : `hours badge shows ${JSON.stringify(text?.match(/This information[^.]*\./)?.[0] ?? text)}`}; JSON-LD in head: ${await ld.page.evaluate(() => document.querySelector('script[data-propel-clinic]')?.textContent.length ?? 'none')}; ${ldViolations.length} violation(s): ${ldViolations.join(' | ')}${ldErrors.length ? `; ${ldErrors.join(' | ')}` : ''}`,
  );
  await page.close();
  await ld.page.close();
}
