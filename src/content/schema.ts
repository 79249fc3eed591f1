/**
 * The content model: one schema (built with ./kit.ts) is the single source of
 * truth for the TypeScript types (via `Infer`) and for the runtime validation
 * of content from outside the bundle (the provider's `content`, later `src=`).
 */
import { array, boolean, object, oneOf, optional, parse, text, type Infer, type Schema } from './kit.js';

const str = text();
const id = text(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id');
const isoDate = text(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');
const time = text(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'an HH:MM time');
// Links are checked where they are rendered (core/url.ts): only http(s),
// mailto and tel become links.
const url = str;

/** A list entry; `term` is the bold lead-in of items such as "Rapid Relief: …". */
export const ItemSchema = object({ term: optional(str), text: str });

export const SubsectionSchema = object({
  heading: optional(str),
  body: optional(array(str)),
  list: optional(
    object({ heading: optional(str), ordered: optional(boolean), items: array(ItemSchema) }),
  ),
});

export const SectionSchema = object({ id, heading: str, subsections: array(SubsectionSchema) });

/** Treatment categories, in the order the comparison filter offers them. */
export const CATEGORIES = ['procedure', 'medication', 'lifestyle', 'alternative'] as const;

export const TreatmentSchema = object({
  id,
  name: str,
  category: oneOf(CATEGORIES),
  benefits: str,
  sideEffects: str,
  examples: optional(array(str)),
});

export const DietGroupSchema = object({ id, name: str, examples: array(str), benefits: str });

export const FactSchema = object({ source: str, text: str });

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const day = oneOf(DAYS);

export const WeeklyRuleSchema = object({
  days: array(day),
  status: oneOf(['open', 'appointment']),
  opens: optional(time),
  closes: optional(time),
  note: optional(str),
});

export const HoursExceptionSchema = object({
  from: isoDate,
  through: optional(isoDate),
  status: oneOf(['open', 'closed', 'appointment']),
  opens: optional(time),
  closes: optional(time),
  note: optional(str),
});

export const ClinicSchema = object({
  name: str,
  tagline: optional(str),
  url,
  address: object({
    street: str,
    unit: optional(str),
    locality: str,
    region: str,
    postalCode: str,
    country: str,
  }),
  serviceAreas: array(str),
  hours: object({
    timeZone: str,
    summary: str,
    weekly: array(WeeklyRuleSchema),
    exceptions: array(HoursExceptionSchema),
  }),
  cta: optional(object({ label: str, url })),
  copyright: optional(str),
});

const block = <T>(item: Schema<T>) => object({ heading: str, items: array(item) });

export const ContentSchema = object({
  version: oneOf([1]),
  lang: str,
  article: object({
    title: str,
    author: str,
    updated: isoDate,
    summary: str,
    publisher: object({ name: str, url }),
    disclaimer: str,
    conclusion: object({ heading: str, body: array(str) }),
  }),
  keyTakeaways: block(str),
  sections: array(SectionSchema),
  testimonial: object({ heading: str, quote: str, attribution: str }),
  treatments: block(TreatmentSchema),
  facts: block(FactSchema),
  diet: block(DietGroupSchema),
  selfCare: block(ItemSchema),
  clinic: ClinicSchema,
});

export type Content = Infer<typeof ContentSchema>;
export type Treatment = Infer<typeof TreatmentSchema>;
export type TreatmentCategory = Treatment['category'];
export type DietGroup = Infer<typeof DietGroupSchema>;
export type Fact = Infer<typeof FactSchema>;
export type Item = Infer<typeof ItemSchema>;
export type Section = Infer<typeof SectionSchema>;
export type Clinic = Infer<typeof ClinicSchema>;
export type Day = (typeof DAYS)[number];

export type ValidationResult =
  | { ok: true; content: Content }
  | { ok: false; errors: string[] };

/**
 * Validates an unknown value as a content document. Never throws; on failure
 * it returns readable `path: message` lines (at most 5) for a console warning.
 */
export function validateContent(input: unknown): ValidationResult {
  const result = parse(ContentSchema, input);
  return result.ok ? { ok: true, content: result.value } : { ok: false, errors: result.issues.slice(0, 5) };
}
