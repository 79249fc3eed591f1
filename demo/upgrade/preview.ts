// Runs inside the hidden frame that demo/upgrade/snippets.ts opens: it defines every widget in the
// frame's own registry, renders each requested tag there and hands back what a snippet would hold,
// the tag with its shadow root declared in the markup. The demo page's own registry stays empty
// until its visitor lets the script run.
import '../../src/index.js';
import { defaultContent } from '../../src/content/default-content.js';
import { describeWeek } from '../../src/widgets/clinic-hours/hours.js';
import { COMPARISON_STRINGS } from '../../src/widgets/treatment-comparison/strings.js';
import { tagMarkup, type Spec } from './snippets.js';

/**
 * What a prerendered root shows until the script runs, as scripts/build/snippets.mjs writes it
 * (PRERENDER_CSS): no sort arrows, filter or "Show all", and an empty "Sort by" row in the narrow layout.
 */
const UNTIL_THE_SCRIPT =
  '[part~=sort-button]::after,[part~=filter],[part~=show-all],thead tr::before{visibility:hidden}' +
  '@container (max-width:34em){thead{visibility:hidden}}';

/** The week's open hours without their notes, as the build's neutral badge says them: true on any day. */
function neutralHours(): string {
  const { hours } = defaultContent.clinic;
  const weekly = hours.weekly.filter((rule) => rule.status === 'open' && rule.opens).map((rule) => ({ ...rule, note: undefined }));
  return describeWeek({ ...hours, weekly }, defaultContent.lang);
}

/** Makes a live root look as the build prerenders it: controls that need the script are not offered, and the badge is state-neutral. */
function asPrerendered(tag: string, root: ShadowRoot): void {
  for (const control of root.querySelectorAll<HTMLButtonElement | HTMLFieldSetElement>(
    '[part~=sort-button], [part~=show-all], fieldset[part~=filter]',
  ))
    control.setAttribute('disabled', '');
  const caption = root.querySelector('caption');
  if (caption?.textContent) caption.textContent = caption.textContent.replace(` ${COMPARISON_STRINGS.en.sortHint}`, '');
  const badge = tag === 'propel-clinic-hours' && root.querySelector('[part=badge]');
  if (badge) {
    const neutral = Object.assign(document.createElement('p'), { className: 'neutral' });
    neutral.setAttribute('part', 'badge');
    neutral.append(Object.assign(document.createElement('span'), { textContent: neutralHours() }));
    badge.replaceWith(neutral);
  }
}

/** One tag rendered live in this frame, then written out with its shadow root declared, as a snippet holds it. */
async function preview({ tag, attributes }: Spec): Promise<string> {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  asPrerendered(tag, root);
  const styles = (el.constructor as typeof HTMLElement & { elementStyles: { cssText: string }[] }).elementStyles;
  const css = styles.map((sheet) => sheet.cssText).join('') + (tag === 'propel-treatment-comparison' ? UNTIL_THE_SCRIPT : '');
  // Lit's markers are comments: a snippet has none (the upgrade clears the root, it does not hydrate).
  const markup = root.innerHTML.replace(/<!--[^]*?-->/g, '');
  el.remove();
  return tagMarkup({ tag, attributes }, `<template shadowrootmode="open"><style>${css}</style>${markup}</template>`);
}

(window as Window & { propelPreview?: (specs: Spec[]) => Promise<string[]> }).propelPreview = (specs) => Promise.all(specs.map(preview));
