/**
 * Pure view model of the article's sections: every section of the content,
 * the regular ones and the differently shaped ones (takeaways, testimonial,
 * facts, self-care tips, conclusion), normalised to one shape that one
 * template renders.
 */
import type { Content, Item } from '../../content/schema.js';

export interface ViewItem extends Item {
  /** A named source, shown as a citation. */
  cite?: string;
}

export interface ViewPart {
  heading?: string;
  body?: string[];
  listHeading?: string;
  ordered?: boolean;
  items?: ViewItem[];
  quote?: { text: string; by: string };
}

export interface ViewSection {
  id: string;
  heading: string;
  parts: ViewPart[];
}

/** Ids of the sections whose shape differs from the article's regular sections. */
export const SPECIAL_SECTIONS = ['key-takeaways', 'testimonial', 'facts', 'self-care', 'conclusion'] as const;

/** The section with this id, normalised; undefined when the content has none. */
export function sectionView(content: Content, id: string): ViewSection | undefined {
  const { keyTakeaways, testimonial, facts, selfCare, article } = content;
  switch (id) {
    case 'key-takeaways':
      return { id, heading: keyTakeaways.heading, parts: [{ items: keyTakeaways.items.map((text) => ({ text })) }] };
    case 'testimonial':
      return { id, heading: testimonial.heading, parts: [{ quote: { text: testimonial.quote, by: testimonial.attribution } }] };
    case 'facts':
      return { id, heading: facts.heading, parts: [{ items: facts.items.map((f) => ({ text: f.text, cite: f.source })) }] };
    case 'self-care':
      return { id, heading: selfCare.heading, parts: [{ ordered: true, items: selfCare.items }] };
    case 'conclusion':
      return { id, heading: article.conclusion.heading, parts: [{ body: article.conclusion.body }] };
  }
  const section = content.sections.find((s) => s.id === id);
  return (
    section && {
      id,
      heading: section.heading,
      parts: section.subsections.map(({ heading, body, list }) => ({
        heading,
        body,
        listHeading: list?.heading,
        ordered: list?.ordered,
        items: list?.items,
      })),
    }
  );
}

/** Every section id the content offers, regular sections first. */
export function sectionIds(content: Content): string[] {
  return [...content.sections.map((s) => s.id), ...SPECIAL_SECTIONS];
}
