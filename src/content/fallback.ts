/**
 * The fallback rule: what a widget shows for an entry that a provided
 * document (`<propel-provider content>` or `src`) does not give in a usable
 * form.
 *
 * - **May fall back** to the content embedded in the script: the article's
 *   prose (`article`, `keyTakeaways`, `sections`, `testimonial`,
 *   `treatments`, `facts`, `diet`, `selfCare`) and the clinic's identity
 *   (`clinic.name`, `tagline`, `url`, `serviceAreas`, `cta`, `copyright`).
 *   An older wording of the same facts misleads nobody. With
 *   `fallback="error"` a widget shows a message instead of a missing
 *   top-level entry.
 * - **Never falls back**: `clinic.hours` and `clinic.address`. A stale
 *   opening time or address sends a patient to a
 *   closed or empty door. Once a provider gives a document, these come from
 *   that document or not at all: the hours surfaces (badge, week, location
 *   card, guide, JSON-LD) say "Hours unavailable", the address is left out,
 *   in every `fallback` mode, while the document loads and when it fails.
 *
 * The clinic entry is validated field by field (./validate.ts), so that a
 * broken address does not cost valid hours.
 */
import type { ProvidedContent } from './context.js';
import type { Clinic, Content } from './schema.js';

/** The clinic's fields that never fall back to the embedded default. */
export const NEVER_FALLS_BACK = ['hours', 'address'] as const satisfies readonly (keyof Clinic)[];

type Unsure = (typeof NEVER_FALLS_BACK)[number];

/** The clinic as widgets see it: the fields that never fall back may be missing. */
export type ClinicView = Omit<Clinic, Unsure> & Partial<Pick<Clinic, Unsure>>;

/** The content as widgets see it. */
export type ContentView = Omit<Content, 'clinic'> & { clinic: ClinicView };

/** The article's attribution, which every widget's footer shows (publisher, updated date, disclaimer). */
export type Attribution = Pick<Content['article'], 'publisher' | 'updated' | 'disclaimer'>;

/**
 * A widget's embedded defaults (`static defaults`): the entries it renders, whole, but for the
 * article, of which a widget that shows only its footer embeds only the attribution
 * (./defaults/attribution.ts) and reads nothing else of it.
 */
export type Defaults = Omit<Partial<Content>, 'article'> & { article?: Attribution };

/** A provided document's usable entries: the clinic's usable fields, the other entries whole. */
export type ProvidedEntries = Omit<Partial<Content>, 'clinic'> & { clinic?: Partial<Clinic> };

/**
 * The content a widget renders: its embedded `defaults`, replaced by the
 * provided document entry by entry (the clinic field by field), following
 * the rule above. With no provider, the defaults as they are.
 */
export function contentFor(defaults: Defaults, provided: ProvidedContent | undefined): ContentView {
  const content = provided?.content ?? {};
  const merged = { version: 2, lang: 'en', ...defaults, ...content } as ContentView;
  if (provided && defaults.clinic) {
    const clinic: Partial<Clinic> = { ...defaults.clinic, ...content.clinic };
    for (const field of NEVER_FALLS_BACK) if (!content.clinic?.[field]) delete clinic[field];
    merged.clinic = clinic as ContentView['clinic'];
  }
  return merged;
}

/**
 * The top-level entries a widget renders that the document does not provide
 * (with `fallback="error"`, the widget shows a message instead). The clinic
 * is missing only when the document has no usable clinic at all: otherwise
 * its identity falls back field by field, and its hours and address have
 * their own notices.
 */
export const missingEntries = (defaults: Defaults, provided: ProvidedContent): (keyof Content)[] =>
  (Object.keys(defaults) as (keyof Content)[]).filter((key) => !Object.hasOwn(provided.content, key));
