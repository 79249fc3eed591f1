// Prerendered markup for the upgrade demo, made in the browser from the widgets' sources.
//
// Why not dist/snippets/: `npm start` does not build it (scripts/build/snippets.mjs needs the SSR
// build and the per-widget drop-ins), and a copy committed here would go stale with every content
// edit. Rendering the same sources in the page keeps `npm install && npm start` working on a fresh
// clone, follows hot reload, and lets the browser test run the very same code. The widgets are
// rendered in a hidden frame, which has a registry of its own: the page's stays empty until its
// visitor lets the script run, as on a page whose script has not arrived yet. The frame applies
// what the build does to a snippet (demo/upgrade/preview.ts): disabled controls, a neutral badge.

/** A tag to prerender, with its attributes. */
export interface Spec {
  tag: string;
  attributes: Record<string, string>;
}

/** The tag as markup, around `inner`. */
export function tagMarkup({ tag, attributes }: Spec, inner = ''): string {
  const attrs = Object.entries(attributes).map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  return `<${tag}${attrs.join('')}>${inner}</${tag}>`;
}

type PreviewWindow = Window & { propelPreview?: (specs: Spec[]) => Promise<string[]> };

/** Each tag's markup with a declarative shadow root, in the order asked for. */
export async function prerendered(specs: Spec[]): Promise<string[]> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'Prerenders the widgets';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const script = new URL('./preview.ts', import.meta.url).href;
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><script type="module" src="${script}"></script>`;
  document.body.append(frame);
  try {
    await loaded;
    const preview = (frame.contentWindow as PreviewWindow)?.propelPreview;
    if (!preview) throw new Error(`${script} did not load in the preview frame`);
    return await preview(specs);
  } finally {
    frame.remove();
  }
}
