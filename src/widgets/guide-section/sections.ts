/**
 * Pure view model of the article: every section in reading order, the
 * differently shaped ones (takeaways, testimonial, facts, self-care tips,
 * conclusion) in the regular sections' shape, so that one template renders
 * them all. The comparison and the diet have no subsections: their own
 * widgets render them.
 */
import type { Content, Item } from '../../content/schema.js';

export interface ViewItem extends Item {
  /** A named source, shown as a citation. */
  source?: string;
}

export interface ViewPart {
  heading?: string;
  body?: string[];
  list?: { heading?: string; ordered?: boolean; items: ViewItem[] };
  quote?: { quote: string; attribution: string };
}

export interface ViewSection {
  id: string;
  heading: string;
  /** None for the comparison and the diet, which their own widgets render. */
  subsections?: ViewPart[];
}

/** What the view model reads: the comparison's and the diet's headings only when given (the guide has them; a single section does not need them). */
export type GuideContent = Pick<Content, 'article' | 'keyTakeaways' | 'sections' | 'testimonial' | 'facts' | 'selfCare'> &
  Partial<Pick<Content, 'treatments' | 'diet'>>;

/**
 * The article's order: takeaways, its sections (the testimonial after ketamine), the comparison,
 * facts, diet, tips, conclusion. The comparison and the diet are listed when their content is given.
 */
export function guideSections(content: GuideContent): ViewSection[] {
  const { keyTakeaways, testimonial, facts, selfCare, article } = content;
  const view = (id: string, { heading }: { heading: string }, subsections?: ViewPart[]) => ({ id, heading, subsections });
  const list = (items: ViewItem[], ordered?: boolean) => [{ list: { items, ordered } }];
  return [
    view('key-takeaways', keyTakeaways, list(keyTakeaways.items.map((text) => ({ text })))),
    ...content.sections.flatMap((s: ViewSection) =>
      s.id === 'ketamine' ? [s, view('testimonial', testimonial, [{ quote: testimonial }])] : s,
    ),
    ...(content.treatments ? [view('comparison', content.treatments)] : []),
    view('facts', facts, list(facts.items)),
    ...(content.diet ? [view('diet', content.diet)] : []),
    view('self-care', selfCare, list(selfCare.items, true)),
    view('conclusion', article.conclusion, [{ body: article.conclusion.body }]),
  ];
}
