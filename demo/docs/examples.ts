/**
 * The one hand-written input of the reference page besides its chrome: a live
 * example per tag, as the markup a clinic would paste. The page renders it and
 * shows it; the embed configurator starts from its attributes. Headings are at
 * level 4 because the examples sit under the page's "Live example" headings.
 * The order of this map is the order of the page.
 */
export interface Example {
  /** The markup, exactly as shown in the code block. */
  markup: string;
  /** Long output: shown in a scrolling frame. */
  tall?: boolean;
}

export const EXAMPLES: Record<string, Example> = {
  'propel-treatment-comparison': {
    markup: `<propel-treatment-comparison
  filterable
  highlight="ketamine-therapy"
  highlight-label="Offered here"
  heading-level="4"
></propel-treatment-comparison>`,
  },
  'propel-guide-section': {
    markup: `<propel-guide-section section="sleep" heading-level="4"></propel-guide-section>`,
  },
  'propel-diet-grid': {
    markup: `<propel-diet-grid
  groups="anti-inflammatory-foods,lean-proteins,healthy-fats"
  heading-level="4"
></propel-diet-grid>`,
  },
  'propel-fibro-guide': {
    markup: `<propel-fibro-guide heading-level="4"></propel-fibro-guide>`,
    tall: true,
  },
  'propel-clinic-hours': {
    markup: `<propel-clinic-hours variant="week" show-local heading-level="4"></propel-clinic-hours>`,
  },
  'propel-location-card': {
    markup: `<propel-location-card heading-level="4"></propel-location-card>`,
  },
  'propel-provider': {
    markup: `<propel-provider locale="en-GB">
  <propel-clinic-hours></propel-clinic-hours>
</propel-provider>`,
  },
};

/** The example's markup as live nodes (a fresh copy each call). */
export function exampleNodes(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup; // a constant from this file, never user input
  return template.content;
}

/** The attributes of the example's outermost element, in order. */
export function exampleAttributes(tag: string): [string, string][] {
  const markup = EXAMPLES[tag]?.markup;
  const root = markup ? exampleNodes(markup).firstElementChild : null;
  return root ? [...root.attributes].map((a) => [a.name, a.value] as [string, string]) : [];
}
