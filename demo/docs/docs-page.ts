/**
 * <docs-page>: the widget reference, generated from custom-elements.json.
 * For every element: summary, description, a live example with its markup,
 * then attributes, properties, methods, events, slots, CSS parts and CSS
 * custom properties, all as the manifest states them. Rendered into the light
 * DOM so that `#propel-…` anchors, find-in-page and the page's stylesheet
 * (demo/docs/site.css) reach it.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import '../../src/index.js';
import { VERSION } from '../../src/core/version.js';
import { copyMessage, copyText } from './copy.js';
import { EXAMPLES, exampleNodes } from './examples.js';
import { highlight } from './highlight.js';
import {
  defaultOf,
  detailType,
  displayType,
  embeddable,
  events,
  fieldOf,
  methods,
  ordered,
  properties,
  splitUnion,
  typeOf,
  type ElementDoc,
} from './manifest.js';
import { inline, prose } from './prose.js';
import { siteHeader } from './site-header.js';

/** A cell for a value the manifest may not give: the value as code, else a muted dash read as "none". */
const code = (value: string | undefined) =>
  value ? html`<code>${value}</code>` : html`<span class="none" aria-hidden="true">—</span><span class="visually-hidden">none</span>`;

/** A type, its union members kept whole when the cell wraps. */
const typeCell = (type: string) => {
  if (!type) return code(undefined);
  const members = splitUnion(type);
  return html`<code>${members.map((m, i) => html`${i ? ' | ' : ''}<span class="nowrap">${m}</span>`)}</code>`;
};

const describe = (text: string | undefined) => (text ? inline(text) : html`<span class="none">No description.</span>`);

export class DocsPage extends LitElement {
  static override properties = { _copied: { state: true } };

  declare _copied: Record<string, string>;

  /** Live example nodes, built once per tag so re-renders keep their state. */
  #examples = new Map<string, DocumentFragment | Node[]>();

  constructor() {
    super();
    this._copied = {};
  }

  protected override createRenderRoot(): HTMLElement {
    this.replaceChildren(); // the page's "Loading…" placeholder
    return this;
  }

  get elements(): ElementDoc[] {
    return ordered(Object.keys(EXAMPLES));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The sections exist only after the first render: honour a #tag in the address then.
    void this.updateComplete.then(() => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (id) this.querySelector(`[id="${CSS.escape(id)}"]`)?.scrollIntoView();
    });
  }

  #observer?: IntersectionObserver;

  protected override firstUpdated(): void {
    // Marks the widget being read in the sidebar.
    const links = new Map([...this.querySelectorAll<HTMLAnchorElement>('.toc a')].map((a) => [a.hash.slice(1), a]));
    this.#observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).map((e) => e.target.id);
        if (!visible.length) return;
        for (const [id, link] of links) {
          if (id === visible[0]) link.setAttribute('aria-current', 'location');
          else link.removeAttribute('aria-current');
        }
      },
      { rootMargin: '-20% 0px -70% 0px' },
    );
    for (const section of this.querySelectorAll('section.widget')) this.#observer.observe(section);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  override render(): TemplateResult {
    const elements = this.elements;
    return html`
      <a class="skip" href="#reference">Skip to the reference</a>
      ${siteHeader('docs')}
      <div class="layout">
        <nav class="toc" aria-label="Widgets">
          <p class="toc-title" aria-hidden="true">Widgets</p>
          <ul>
            ${elements.map(
              (el) =>
                html`<li>
                  <a href=${`#${el.tagName}`}
                    ><code>&lt;${el.tagName}&gt;</code><span>${el.summary ? inline(el.summary) : nothing}</span></a
                  >
                </li>`,
            )}
          </ul>
        </nav>
        <main id="reference" tabindex="-1">
          <div class="intro">
            <h1>Widget reference</h1>
            <p class="lede">
              Every attribute, property, event, slot, CSS part and CSS custom property of the ${elements.length} Propel elements in version
              ${VERSION}, generated from <code>custom-elements.json</code>, the same manifest your editor reads. Each widget below is live:
              it is the real element, rendered from the markup shown with it.
            </p>
          </div>
          ${elements.map((el) => this.#section(el))}
        </main>
      </div>
    `;
  }

  #section(el: ElementDoc): TemplateResult {
    const tag = el.tagName;
    const id = (part: string) => `${tag}-${part}`;
    const attributes = el.attributes ?? [];
    const extraProperties = properties(el).filter((p) => !p.attribute);
    const publicMethods = methods(el);
    const documentedEvents = events(el);
    const slots = el.slots ?? [];
    const parts = el.cssParts ?? [];
    const tokens = el.cssProperties ?? [];
    const counts: [string, string, number][] = [
      ['attributes', 'attributes', attributes.length],
      ['properties', 'properties', extraProperties.length],
      ['methods', 'methods', publicMethods.length],
      ['events', 'events', documentedEvents.length],
      ['slots', 'slots', slots.length],
      ['parts', 'CSS parts', parts.length],
      ['tokens', 'CSS custom properties', tokens.length],
    ];
    return html`
      <section class="widget" id=${tag} aria-labelledby=${id('title')}>
        <header class="widget-head">
          <h2 id=${id('title')}><code>&lt;${tag}&gt;</code></h2>
          ${el.summary ? html`<p class="summary">${inline(el.summary)}</p>` : nothing}
          <p class="meta">
            Class <code>${el.name}</code>
            ${
              embeddable(el)
                ? html`<a class="configure" href=${`./configurator.html?tag=${encodeURIComponent(tag)}`}
                    >Configure an embed<span class="visually-hidden"> of &lt;${tag}&gt;</span></a
                  >`
                : nothing
            }
          </p>
        </header>
        <div class="widget-description">${prose(el.description)}</div>
        <ul class="counts" aria-label=${`What <${tag}> offers`}>
          ${counts.map(([key, label, n]) =>
            n
              ? html`<li><a href=${`#${id(key)}`}>${n} ${n === 1 ? label.replace(/ies$/, 'y').replace(/s$/, '') : label}</a></li>`
              : html`<li class="empty">no ${label}</li>`,
          )}
        </ul>

        ${this.#example(tag)}
        ${
          attributes.length
            ? this.#table(
                id('attributes'),
                'Attributes',
                ['Attribute', 'Type', 'Default', 'Description'],
                attributes.map((a) => {
                  const field = fieldOf(el, a);
                  return [
                    html`<code class="name">${a.name}</code>
                      ${field ? html`<span class="alias">property <code>${field.name}</code>${field.reflects ? ', reflected' : ''}</span>` : nothing}`,
                    typeCell(displayType(typeOf(a) ?? typeOf(field))),
                    code(defaultOf(a) ?? defaultOf(field)),
                    describe(a.description ?? field?.description),
                  ];
                }),
              )
            : nothing
        }
        ${
          extraProperties.length
            ? this.#table(
                id('properties'),
                'Properties',
                ['Property', 'Type', 'Default', 'Description'],
                extraProperties.map((p) => [
                  html`<code class="name">${p.name}</code> ${p.readonly ? html`<span class="alias">read-only</span>` : nothing}`,
                  typeCell(displayType(typeOf(p))),
                  code(p.default),
                  describe(p.description),
                ]),
                'JavaScript properties with no attribute: set them from a script.',
              )
            : nothing
        }
        ${
          publicMethods.length
            ? this.#table(
                id('methods'),
                'Methods',
                ['Method', 'Returns', 'Description'],
                publicMethods.map((m) => [
                  html`<code class="name"
                    >${m.name}(${(m.parameters ?? []).map((p) => p.name + (p.optional ? '?' : '')).join(', ')})</code
                  >`,
                  code(displayType(m.return?.type)),
                  describe(m.description),
                ]),
              )
            : nothing
        }
        ${
          documentedEvents.length
            ? this.#table(
                id('events'),
                'Events',
                ['Event', 'Detail type', 'Description'],
                documentedEvents.map((e) => [html`<code class="name">${e.name}</code>`, code(detailType(e.type)), describe(e.description)]),
                'Bubbling, composed CustomEvents: listen on the element or any ancestor.',
              )
            : nothing
        }
        ${
          slots.length
            ? this.#table(
                id('slots'),
                'Slots',
                ['Slot', 'Description'],
                slots.map((s) => [
                  s.name ? html`<code class="name">${s.name}</code>` : html`<span class="name">(default)</span>`,
                  describe(s.description),
                ]),
              )
            : nothing
        }
        ${
          parts.length
            ? this.#table(
                id('parts'),
                'CSS parts',
                ['Part', 'Description'],
                parts.map((p) => [html`<code class="name">${p.name}</code>`, describe(p.description)]),
                html`Style them from the page: <code>${tag}::part(${parts[0]!.name}) { … }</code>`,
              )
            : nothing
        }
        ${
          tokens.length
            ? this.#table(
                id('tokens'),
                'CSS custom properties',
                ['Property', 'Default', 'Description'],
                tokens.map((t) => [html`<code class="name">${t.name}</code>`, code(t.default), describe(t.description)]),
                html`Set them on the element or any ancestor: <code>${tag} { ${tokens[0]!.name}: … }</code>`,
              )
            : nothing
        }
      </section>
    `;
  }

  #example(tag: string): TemplateResult {
    const example = EXAMPLES[tag];
    const titleId = `${tag}-example`;
    if (!example) {
      return html`<h3 id=${titleId}>Live example</h3>
        <p class="note">No example yet for this element.</p>`;
    }
    let nodes = this.#examples.get(tag);
    if (!nodes) {
      nodes = [...exampleNodes(example.markup).childNodes];
      this.#examples.set(tag, nodes);
    }
    const copied = this._copied[tag];
    return html`
      <h3 id=${titleId}>Live example</h3>
      <p class="note">
        Shown on a page set in Georgia, as many blogs are: the widget takes the page's font (<code>--propel-font-family: inherit</code>).
      </p>
      <div class="example">
        ${
          example.tall
            ? html`<div class="stage tall" tabindex="0" role="region" aria-label=${`Live example of <${tag}>, scrollable`}>${nodes}</div>`
            : html`<div class="stage">${nodes}</div>`
        }
        <div class="code-block">
          <span class="visually-hidden">Markup of the example:</span>
          <pre><code>${highlight(example.markup)}</code></pre>
          <button type="button" class="copy" @click=${(e: Event) => this.#copy(tag, example.markup, e)}>
            Copy<span class="visually-hidden"> the markup of the &lt;${tag}&gt; example</span>
          </button>
          <span class="copy-status" role="status">${copied ?? ''}</span>
        </div>
      </div>
    `;
  }

  async #copy(tag: string, text: string, event: Event) {
    const shown = (event.currentTarget as HTMLElement).parentElement!.querySelector('code')!;
    this._copied = { ...this._copied, [tag]: copyMessage(await copyText(text, shown)) };
    setTimeout(() => (this._copied = { ...this._copied, [tag]: '' }), 4000);
  }

  #table(id: string, title: string, headers: string[], rows: unknown[][], note?: unknown): TemplateResult {
    return html`
      <h3 id=${id}>${title}</h3>
      ${note ? html`<p class="note">${note}</p>` : nothing}
      <div class="table-wrap">
        <!-- Explicit roles keep the table semantics when narrow containers restyle rows as cards. -->
        <table role="table" aria-labelledby=${id} class=${`api cols-${headers.length}`}>
          <thead role="rowgroup">
            <tr role="row">
              ${headers.map((h) => html`<th scope="col" role="columnheader">${h}</th>`)}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${rows.map(
              ([first, ...rest]) =>
                html`<tr role="row">
                  <th scope="row" role="rowheader">${first}</th>
                  ${rest.map((cell, i) => {
                    const header = headers[i + 1]!;
                    return html`<td role="cell" class=${header.toLowerCase().replace(/\s+/g, '-')} data-label=${header}>${cell}</td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}

customElements.define('docs-page', DocsPage);

declare global {
  interface HTMLElementTagNameMap {
    'docs-page': DocsPage;
  }
}
