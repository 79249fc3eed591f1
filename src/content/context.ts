import { createContext } from '@lit/context';
import type { ProvidedEntries } from './fallback.js';
import type { ContentIssue } from './issues.js';

/** A provider's document as its widgets receive it (the `content` of what it shares, below). */
export interface ProvidedContent {
  /** The usable entries of the provider's document; what widgets show for the others is the rule in ./fallback.ts. */
  content: ProvidedEntries;
  /** The document's problems (none while it loads): widgets name the ones that cost what they show. */
  issues: readonly ContentIssue[];
  /** `error`: a widget whose entries the document does not provide shows a message instead of the default. */
  fallback: 'default' | 'error';
  /** True while a `src` document is on its way (prose shows the embedded default meanwhile; hours wait). */
  loading?: boolean;
}

/**
 * What a `<propel-provider>` shares with the widgets inside it, and a page-wide one
 * (`<propel-provider global>`) with every widget that no provider contains (e.g. on a Wix site,
 * where each widget is its own Custom Element): its document, its locale (BCP 47) and its colour
 * scheme (a widget's own `theme` wins). One object through one context, so that a provider shares
 * the same thing with its children and with the page. No `content`: the provider has no document
 * (it only sets a locale or a theme); its widgets use the embedded content, hours included, and
 * look no further (not at a page-wide provider's document).
 */
export interface Shared {
  content?: ProvidedContent;
  locale?: string;
  theme?: string;
}

// Symbol.for: two copies of the library on one page share the key.
export const sharedContext = createContext<Shared | undefined>(Symbol.for('propel-widgets/shared'));

/** The page-wide provider's values, and the widgets on the page (re-rendered when they change). */
export const page = {
  value: { content: undefined, locale: undefined, theme: undefined } as Shared,
  owner: undefined as object | undefined,
  widgets: new Set<{ requestUpdate(): void }>(),
};

/** Sets what the page-wide provider shares (nothing: undefined), and re-renders every widget. */
export function providePage(owner: object | undefined, value?: Shared): void {
  page.owner = owner;
  // Own keys, each: a page that polluted Object.prototype (say with `content`) must not provide.
  page.value = { content: value?.content, locale: value?.locale, theme: value?.theme };
  for (const widget of page.widgets) widget.requestUpdate();
}
