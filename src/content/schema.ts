/**
 * The content model: one valibot schema is the single source of truth for the
 * TypeScript types (`InferOutput`), the runtime validation of documents from
 * outside the bundle (`./validate.ts`), and the JSON Schema that editors use
 * (`dist/propel-content.schema.json`, generated at build time).
 *
 * Only structure lives here, so the JSON Schema and the runtime agree exactly.
 * Rules that JSON Schema cannot state (e.g. that a time zone exists, that a
 * closing time follows its opening time) are checked where they are used and
 * reported as a visible fallback there.
 */
import * as v from 'valibot';
import { CATEGORIES, DAYS, VERSIONS } from './vocabulary.js';

export { CATEGORIES, DAYS, VERSIONS } from './vocabulary.js';

const str = v.pipe(v.string(), v.minLength(1, 'a non-empty string'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id'));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date'));
/** An exception's date: `YYYY-MM-DD` (one date or range) or `MM-DD` (every year). */
const exceptionDate = v.pipe(v.string(), v.regex(/^(?:\d{4}-)?(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'a YYYY-MM-DD or MM-DD date'));
const time = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'an HH:MM time'));
// Links are checked where they are rendered (core/url.ts): only http(s), mailto and tel become links.
const url = str;
// The helpers below build schemas and touch nothing else. They say so to the bundler
// (`@__NO_SIDE_EFFECTS__`, as valibot's own functions do), so that a bundle that imports a few
// schemas (an app's, through the ES modules) can drop the others.
/* @__NO_SIDE_EFFECTS__ */
const list = <T extends v.GenericSchema>(item: T) => v.array(item);
/** A JSON object, not an array (valibot's object schema would accept an array: JSON Schema's does not). */
export const plainObject = v.custom<object>((input) => !!input && typeof input == 'object' && !Array.isArray(input), 'an object');
/**
 * An object with these entries. valibot walks the entries with for…in:
 * null-prototype entries keep a page's polluted Object.prototype out of the walk.
 */
/* @__NO_SIDE_EFFECTS__ */
const object = <T extends v.ObjectEntries>(entries: T) => v.pipe(plainObject, v.object(nullProto(entries)));
/* @__NO_SIDE_EFFECTS__ */
function nullProto<T extends v.ObjectEntries>(entries: T): T {
  return Object.assign(Object.create(null) as T, entries);
}

/** A list entry; `term` is the bold lead-in of items such as "Rapid Relief: …". */
export const ItemSchema = object({ term: v.optional(str), text: str });

export const SubsectionSchema = object({
  heading: v.optional(str),
  body: v.optional(list(str)),
  list: v.optional(object({ heading: v.optional(str), ordered: v.optional(v.boolean()), items: list(ItemSchema) })),
});

export const SectionSchema = object({ id, heading: str, subsections: list(SubsectionSchema) });

export const TreatmentSchema = object({
  id,
  name: str,
  category: v.picklist(CATEGORIES),
  benefits: str,
  sideEffects: str,
  examples: v.optional(list(str)),
});

export const DietGroupSchema = object({ id, name: str, examples: list(str), benefits: str });

export const FactSchema = object({ source: str, text: str });

/**
 * Several rules may name the same day: each adds an interval (a lunch break is
 * two rules). `closes` before `opens` runs past midnight into the next day.
 */
export const WeeklyRuleSchema = object({
  days: list(v.picklist(DAYS)),
  status: v.picklist(['open', 'appointment']),
  opens: v.optional(time),
  closes: v.optional(time),
  note: v.optional(str),
});

/**
 * A closure or special hours: on `from` (through `through`), `YYYY-MM-DD` once
 * or `MM-DD` every year (a yearly range may wrap the year end). One-off
 * exceptions win over yearly ones, which win over the weekly rules.
 */
export const HoursExceptionSchema = object({
  from: exceptionDate,
  through: v.optional(exceptionDate),
  status: v.picklist(['open', 'closed', 'appointment']),
  opens: v.optional(time),
  closes: v.optional(time),
  note: v.optional(str),
});

/**
 * The clinic's opening hours: the weekly rules and the exceptions are the
 * only source of the hours; every widget writes them in words itself.
 * (Version 1 documents also held them in words, `summary`: an unknown key
 * now, ignored like any other.)
 */
export const HoursSchema = object({
  timeZone: str,
  weekly: list(WeeklyRuleSchema),
  exceptions: list(HoursExceptionSchema),
});

export const AddressSchema = object({
  street: str,
  unit: v.optional(str),
  locality: str,
  region: str,
  postalCode: str,
  country: str,
});

/**
 * The clinic entry is validated field by field (./validate.ts): a broken
 * field costs only that field. Which fields may fall back to the embedded
 * default is the rule in ./fallback.ts.
 */
export const ClinicFields = {
  name: str,
  tagline: v.optional(str),
  url,
  address: AddressSchema,
  serviceAreas: list(str),
  hours: HoursSchema,
  cta: v.optional(object({ label: str, url })),
  copyright: v.optional(str),
};

export const ClinicSchema = object(ClinicFields);

/* @__NO_SIDE_EFFECTS__ */
const block = <T extends v.GenericSchema>(item: T) => object({ heading: str, items: list(item) });

// Each top-level entry's schema on its own: a script checks only the entries its widgets render
// (./entries.ts), and takes only their schemas.
export const ArticleSchema = object({
  title: str,
  author: str,
  updated: isoDate,
  summary: str,
  publisher: object({ name: str, url }),
  disclaimer: str,
  conclusion: object({ heading: str, body: list(str) }),
});
export const KeyTakeawaysSchema = block(str);
export const SectionsSchema = list(SectionSchema);
export const TestimonialSchema = object({ heading: str, quote: str, attribution: str });
export const TreatmentsSchema = block(TreatmentSchema);
export const FactsSchema = block(FactSchema);
export const DietSchema = block(DietGroupSchema);
export const SelfCareSchema = block(ItemSchema);
/** 2 since the hours in words left the document (`clinic.hours.summary`); version 1 documents are still read. */
export const VersionSchema = v.picklist(VERSIONS);
export const LangSchema = str;

/**
 * The content document. Each top-level entry is a unit of fallback: a
 * document whose `treatments` are broken still provides its valid `clinic`.
 */
export const ContentSchema = v.object(
  nullProto({
    version: VersionSchema,
    lang: LangSchema,
    article: ArticleSchema,
    keyTakeaways: KeyTakeawaysSchema,
    sections: SectionsSchema,
    testimonial: TestimonialSchema,
    treatments: TreatmentsSchema,
    facts: FactsSchema,
    diet: DietSchema,
    selfCare: SelfCareSchema,
    clinic: ClinicSchema,
  }),
);

export type Content = v.InferOutput<typeof ContentSchema>;
export type Treatment = v.InferOutput<typeof TreatmentSchema>;
export type { TreatmentCategory, Day } from './vocabulary.js';
export type DietGroup = v.InferOutput<typeof DietGroupSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Item = v.InferOutput<typeof ItemSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Clinic = v.InferOutput<typeof ClinicSchema>;
export type Hours = Clinic['hours'];
export type Address = Clinic['address'];
