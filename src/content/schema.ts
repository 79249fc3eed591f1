/**
 * The content model: one valibot schema is the single source of truth for the
 * TypeScript types (via `InferOutput`) and for runtime validation of content
 * that arrives from outside the bundle (a `content` property, later `src=`).
 */
import * as v from 'valibot';

// Valibot's default messages keep the bundle small; they read like
// "Invalid length: Expected >=1 but received 0" and carry a dot path.
const text = v.pipe(v.string(), v.minLength(1));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
// Links are checked again where they are rendered (core/url.ts): only
// http(s), mailto and tel become links.
const url = text;
const time = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/));
const list = <T extends v.GenericSchema>(item: T) => v.array(item);

/** A list entry; `term` is the bold lead-in of items such as "Rapid Relief: …". */
export const ItemSchema = v.object({ term: v.optional(text), text });

export const SubsectionSchema = v.object({
  id,
  heading: v.optional(text),
  body: v.optional(list(text)),
  list: v.optional(
    v.object({ heading: v.optional(text), ordered: v.optional(v.boolean()), items: list(ItemSchema) }),
  ),
});

export const SectionSchema = v.object({ id, heading: text, subsections: list(SubsectionSchema) });

/** Treatment categories, in the order the comparison filter offers them. */
export const CATEGORIES = ['procedure', 'medication', 'lifestyle', 'alternative'] as const;

export const TreatmentSchema = v.object({
  id,
  name: text,
  category: v.picklist(CATEGORIES),
  benefits: text,
  sideEffects: text,
  examples: v.optional(list(text)),
});

export const DietGroupSchema = v.object({ id, name: text, examples: list(text), benefits: text });

export const FactSchema = v.object({ source: text, text });

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const day = v.picklist(DAYS);

export const WeeklyRuleSchema = v.object({
  days: list(day),
  status: v.picklist(['open', 'appointment']),
  opens: v.optional(time),
  closes: v.optional(time),
  note: v.optional(text),
});

export const HoursExceptionSchema = v.object({
  from: isoDate,
  through: v.optional(isoDate),
  status: v.picklist(['open', 'closed', 'appointment']),
  opens: v.optional(time),
  closes: v.optional(time),
  note: v.optional(text),
});

export const ClinicSchema = v.object({
  name: text,
  tagline: v.optional(text),
  url,
  address: v.object({
    street: text,
    unit: v.optional(text),
    locality: text,
    region: text,
    postalCode: text,
    country: text,
  }),
  serviceAreas: list(text),
  hours: v.object({
    timeZone: text,
    summary: text,
    weekly: list(WeeklyRuleSchema),
    exceptions: list(HoursExceptionSchema),
  }),
  cta: v.optional(v.object({ label: text, url })),
  copyright: v.optional(text),
});

const block = <T extends v.GenericSchema>(item: T) => v.object({ heading: text, items: list(item) });

export const ContentSchema = v.object({
  version: v.literal(1),
  lang: text,
  article: v.object({
    title: text,
    author: text,
    updated: isoDate,
    summary: text,
    publisher: v.object({ name: text, url }),
    disclaimer: text,
    conclusion: v.object({ heading: text, body: list(text) }),
  }),
  keyTakeaways: block(text),
  sections: list(SectionSchema),
  testimonial: v.object({ heading: text, quote: text, attribution: text }),
  treatments: block(TreatmentSchema),
  facts: block(FactSchema),
  diet: block(DietGroupSchema),
  selfCare: block(ItemSchema),
  clinic: ClinicSchema,
});

export type Content = v.InferOutput<typeof ContentSchema>;
export type Treatment = v.InferOutput<typeof TreatmentSchema>;
export type TreatmentCategory = Treatment['category'];
export type DietGroup = v.InferOutput<typeof DietGroupSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Item = v.InferOutput<typeof ItemSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Clinic = v.InferOutput<typeof ClinicSchema>;
export type Day = (typeof DAYS)[number];

export type ValidationResult =
  | { ok: true; content: Content }
  | { ok: false; errors: string[] };

/**
 * Validates an unknown value as a content document. Never throws; on failure
 * it returns readable `path: message` lines (at most 5) for a console warning.
 */
export function validateContent(input: unknown): ValidationResult {
  const result = v.safeParse(ContentSchema, input);
  if (result.success) return { ok: true, content: result.output };
  return {
    ok: false,
    errors: result.issues.slice(0, 5).map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
  };
}
