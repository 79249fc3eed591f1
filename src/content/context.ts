import { createContext } from '@lit/context';
import type { ProvidedEntries } from './fallback.js';
import type { ContentIssue } from './issues.js';

/** What `<propel-provider>` shares with the widgets inside it. */
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

// Symbol.for: two copies of the library on one page share their keys.

/** The content document provided by `<propel-provider>`. */
/**
 * `null`: the closest provider has no document (it only sets a locale or a theme). Its widgets use the
 * embedded content, hours included, and look no further (not at a page-wide provider's document).
 */
export const contentContext = createContext<ProvidedContent | null | undefined>(Symbol.for('propel-widgets/content'));

/** BCP 47 locale provided by `<propel-provider locale>`. */
export const localeContext = createContext<string | undefined>(Symbol.for('propel-widgets/locale'));

/**
 * What a page-wide provider (`<propel-provider global>`) shares with every widget that no
 * provider contains, e.g. on a Wix site, where each widget is its own Custom Element.
 */
export interface PageProvided {
  content?: ProvidedContent;
  locale?: string;
  theme?: string;
}

/** The page-wide provider's values, and the widgets on the page (re-rendered when they change). */
export const page = {
  value: { content: undefined, locale: undefined, theme: undefined } as PageProvided,
  owner: undefined as object | undefined,
  widgets: new Set<{ requestUpdate(): void }>(),
};

/** Sets what the page-wide provider shares (nothing: undefined), and re-renders every widget. */
export function providePage(owner: object | undefined, value?: PageProvided): void {
  page.owner = owner;
  // Own keys, each: a page that polluted Object.prototype (say with `content`) must not provide.
  page.value = { content: value?.content, locale: value?.locale, theme: value?.theme };
  for (const widget of page.widgets) widget.requestUpdate();
}

/** Colour scheme provided by `<propel-provider theme>`; a widget's own `theme` wins. */
export const themeContext = createContext<string | undefined>(Symbol.for('propel-widgets/theme'));
