// Runs inside the hidden frame that demo/upgrade/snippets.ts opens: it defines every widget in the
// frame's own registry, renders each requested tag there and hands back what a snippet would hold,
// the tag with its shadow root declared in the markup. The demo page's own registry stays empty
// until its visitor lets the script run.
import '../../src/index.js';
import { declaredRoot, heldBadge } from '../../scripts/build/prerender.js';
import { COMPARISON_STRINGS } from '../../src/widgets/treatment-comparison/strings.js';
import { tagMarkup, type Spec } from './snippets.js';

/** Makes a live root look as the build prerenders it: controls that need the script are not offered, and the badge is state-neutral. */
function asPrerendered(tag: string, root: ShadowRoot): void {
  for (const control of root.querySelectorAll<HTMLButtonElement | HTMLFieldSetElement>(
    '[part~=sort-button], [part~=show-all], fieldset[part~=filter]',
  ))
    control.setAttribute('disabled', '');
  const caption = root.querySelector('caption');
  if (caption?.textContent) caption.textContent = caption.textContent.replace(` ${COMPARISON_STRINGS.en.sortHint}`, '');
  const badge = tag === 'propel-clinic-hours' && root.querySelector('[part=badge]');
  const icon = badge && badge.querySelector('[part=icon]');
  if (badge && icon) badge.outerHTML = heldBadge(icon.outerHTML);
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
  const css = styles.map((sheet) => sheet.cssText).join('');
  // Lit's markers are comments: a snippet has none (the upgrade clears the root, it does not hydrate).
  const markup = root.innerHTML.replace(/<!--[^]*?-->/g, '');
  el.remove();
  return tagMarkup({ tag, attributes }, declaredRoot(tag, css, markup));
}

(window as Window & { propelPreview?: (specs: Spec[]) => Promise<string[]> }).propelPreview = (specs) => Promise.all(specs.map(preview));
