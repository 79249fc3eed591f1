/**
 * What the configurator offers beyond the manifest's types: the values an attribute can take when they
 * come from the content (treatment ids, diet groups, guide sections) or from a fixed range, so that a
 * misspelt id cannot be typed; and the WCAG contrast of a pair of colour tokens.
 */
import { defaultContent } from '../../src/content/default-content.js';
import { guideSections } from '../../src/widgets/guide-section/sections.js';

export interface Choice {
  value: string;
  label: string;
}

/** A single value from a list, or a comma-separated list of several. */
export interface KnownValues {
  multiple: boolean;
  options: Choice[];
}

const treatments = (): Choice[] => defaultContent.treatments.items.map((t) => ({ value: t.id, label: t.name }));

/** The attributes whose values come from the content or a fixed range, by name (any tag). */
const KNOWN: Record<string, () => KnownValues> = {
  treatments: () => ({ multiple: true, options: treatments() }),
  highlight: () => ({ multiple: false, options: treatments() }),
  groups: () => ({ multiple: true, options: defaultContent.diet.items.map((g) => ({ value: g.id, label: g.name })) }),
  section: () => ({ multiple: false, options: guideSections(defaultContent).map((s) => ({ value: s.id, label: s.heading })) }),
  'heading-level': () => ({ multiple: false, options: [1, 2, 3, 4, 5, 6].map((n) => ({ value: `${n}`, label: `h${n}` })) }),
};

/** The known values of an attribute, or undefined when it is free (a caption, a URL, a number). */
export const knownValues = (attribute: string): KnownValues | undefined => KNOWN[attribute]?.();

/** `#rrggbb` as linear-light relative luminance (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The pairs a reader sees together: text colour, then the background it sits on, and what for. */
export const PAIRS: Array<[string, string, string]> = [
  ['--propel-color-text', '--propel-color-surface', 'body text'],
  ['--propel-color-primary', '--propel-color-surface', 'links and buttons'],
  ['--propel-color-on-primary', '--propel-color-primary', 'text on the primary colour'],
  ['--propel-color-accent', '--propel-color-surface', 'the highlight badge'],
];

/** WCAG AA for normal text. */
export const AA = 4.5;
