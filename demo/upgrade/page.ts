// The upgrade demo (demo/upgrade.html): prerendered widgets far apart down a long page, each with a
// label that says whether it is still as it arrived or live, and what made it upgrade.
import { prerendered, tagMarkup, type Spec } from './snippets.js';
import { Watcher, type Trigger } from './triggers.js';

/** When the script runs: at once (as a deferred script does), when the visitor presses a button, or never (no JavaScript). */
export type ScriptMode = 'now' | 'late' | 'never';

export interface Options {
  script: ScriptMode;
  /** `never`: the demo withholds requestIdleCallback, as on a page that is never idle, to leave the other triggers to the reader. */
  idle: 'soon' | 'never';
  theme: 'light' | 'dark';
}

/** The page's options from its address: ?script=late|never, ?idle=never, ?theme=dark. */
export function optionsFrom(search: string): Options {
  const params = new URLSearchParams(search);
  const script = params.get('script');
  return {
    script: script === 'late' || script === 'never' ? script : 'now',
    idle: params.get('idle') === 'never' ? 'never' : 'soon',
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  };
}

/** The widgets, by the name of their place on the page ([data-slot]); `empty` ones arrive as an empty tag. */
const WIDGETS: Record<string, Spec & { empty?: boolean }> = {
  hours: { tag: 'propel-clinic-hours', attributes: {} },
  top: { tag: 'propel-treatment-comparison', attributes: { filterable: '', highlight: 'ketamine-therapy' } },
  diet: { tag: 'propel-diet-grid', attributes: { groups: 'anti-inflammatory-foods,healthy-fats,hydration' } },
  far: { tag: 'propel-treatment-comparison', attributes: { filterable: '', treatments: 'exercise,acupuncture,ketamine-therapy' } },
  empty: { tag: 'propel-diet-grid', attributes: { groups: 'hydration' }, empty: true },
};

/** What a label says once the widget is live, by what made it upgrade; `after` is the time since the script ran. */
const UPGRADED: Record<Trigger | 'live' | 'empty', (after: string) => string> = {
  near: (after) => `Upgraded when it came within a screen of the viewport, ${after} after the script ran.`,
  idle: (after) => `Upgraded when the page was idle, ${after} after the script ran.`,
  pointer: (after) => `Upgraded when a pointer came over it, ${after} after the script ran.`,
  focus: (after) => `Upgraded when focus moved into it, ${after} after the script ran.`,
  live: () => 'Live at once, wherever it is: prerendered hours could be out of date.',
  empty: () => 'Rendered at once: an empty tag has nothing to show until then.',
};

type State = 'prerendered' | 'empty' | 'live';

/** Sets the label of one place, and its entry in the status bar. */
function show(page: ParentNode, name: string, state: State, words: string): void {
  const label = page.querySelector(`[data-label="${name}"]`);
  if (label) {
    const badge = Object.assign(document.createElement('strong'), {
      className: 'state',
      textContent: { prerendered: 'Prerendered', empty: 'Empty tag', live: 'Live' }[state],
    });
    label.replaceChildren(badge, ` ${words}`);
    label.setAttribute('data-state', state);
  }
  page.querySelector(`[data-chip="${name}"]`)?.setAttribute('data-state', state);
}

/** The links that switch a mode keep the page's other choices; the current one is marked. */
function linkModes(page: ParentNode, options: Options): void {
  for (const link of page.querySelectorAll<HTMLAnchorElement>('a[data-mode]')) {
    const [key, value] = link.dataset.mode!.split('=') as [keyof Options, string];
    const params = new URLSearchParams(location.search);
    params.set(key, value);
    link.href = `?${params.toString()}`;
    if (options[key] === value) link.setAttribute('aria-current', 'true');
  }
}

/** The demo on `page`, its widgets placed: `run()` runs the script (once). */
export interface Demo {
  run(): Promise<void>;
}

/**
 * Places the prerendered widgets and labels them; resolves once they are placed. The script runs
 * at once, on the page's "Run the script" button, or never, as `options.script` says.
 */
export async function start(page: ParentNode, options: Options): Promise<Demo> {
  linkModes(page, options);
  const status = page.querySelector('#script-state');
  const say = (words: string) => status && (status.textContent = words);
  say('Prerendering the widgets…');
  if (options.idle === 'never') window.requestIdleCallback = () => 0;

  const names = Object.keys(WIDGETS).filter((name) => page.querySelector(`[data-slot="${name}"]`));
  const specs = names
    .map((name) => WIDGETS[name]!)
    .map((spec) => (options.theme === 'dark' ? { ...spec, attributes: { ...spec.attributes, theme: 'dark' } } : spec));
  const markup = await prerendered(specs.filter((spec) => !spec.empty));
  const watcher = new Watcher();
  const widgets = names.map((name, i) => {
    const spec = specs[i]!;
    const slot = page.querySelector(`[data-slot="${name}"]`)!;
    // setHTMLUnsafe, as the parser does for a page: the declarative shadow root is attached.
    slot.setHTMLUnsafe(spec.empty ? tagMarkup(spec) : markup.shift()!);
    const el = slot.firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> };
    watcher.watch(el);
    if (spec.empty) show(page, name, 'empty', 'It shows nothing until the script runs.');
    else show(page, name, 'prerendered', options.script === 'never' ? 'No script: it stays as it arrived.' : 'The script has not run yet.');
    return { name, el, empty: !!spec.empty };
  });

  let live = 0;
  let ran: Promise<void> | undefined;
  const run = () =>
    (ran ??= (async () => {
      say('Loading the script…');
      await import('../../src/index.js');
      // From here on the widgets listen: what the demo sees counts from now on.
      watcher.scriptStarts();
      for (const { name, empty } of widgets)
        if (!empty) show(page, name, 'prerendered', 'Waiting for the page to be idle, the viewport to come near, a pointer or focus.');
      say(`The script ran: ${live} of ${widgets.length} widgets live.`);
      for (const { name, el, empty } of widgets)
        void customElements
          .whenDefined(el.localName)
          .then(() => el.updateComplete)
          .then(() => {
            const atOnce = (el.constructor as { live?: boolean }).live ? 'live' : undefined;
            const reason = empty ? 'empty' : (atOnce ?? watcher.reason(el));
            const after = `${(watcher.sinceScript() / 1000).toFixed(1)} s`;
            show(page, name, 'live', UPGRADED[reason](after));
            say(`The script ran: ${++live} of ${widgets.length} widgets live.`);
          });
    })());

  const button = page.querySelector<HTMLButtonElement>('#run-script');
  if (options.script === 'now') void run();
  else if (options.script === 'never') say('No script: what a reader without JavaScript sees.');
  else if (button) {
    say('The script has not run yet.');
    button.hidden = false;
    button.addEventListener('click', () => {
      button.disabled = true;
      void run();
    });
  }
  return { run };
}
