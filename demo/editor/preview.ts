/**
 * The "What visitors will see" card: the clinic's widgets on the document
 * (the last one that parsed while the JSON does not), at now or at a date
 * and time picked in the clinic's time zone, in light or dark colours.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { readHours } from './hours-edit.js';
import { wallTime, type WallTime } from './instant.js';
import type { Problem } from './problems.js';

export type PreviewTheme = 'auto' | 'light' | 'dark';

/** The clinic's time zone in a document; the browser's when it has none that works. */
export function clinicZone(doc: unknown): string {
  const hours = readHours(doc);
  const zone = 'reason' in hours ? undefined : hours.hours.timeZone;
  try {
    if (typeof zone === 'string' && zone) {
      wallTime(0, zone);
      return zone;
    }
  } catch {
    // An unknown zone: the problems list says so; the preview uses the browser's.
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface PreviewContext {
  /** The document the widgets show. */
  content: unknown;
  /** The text does not parse: the widgets show `content`, the last document that did. */
  stale: boolean;
  problems: readonly Problem[];
  theme: PreviewTheme;
  /** The picked date and time in the clinic's zone; undefined: now. */
  at: WallTime | undefined;
  /** The instant the widgets show; undefined: now. */
  now: Date | undefined;
  guideOpen: boolean;
  setTheme(theme: PreviewTheme): void;
  setAt(at: WallTime | undefined): void;
  setGuideOpen(open: boolean): void;
}

/** Why the preview differs from the document as written, if it does. */
function notice({ stale, problems }: PreviewContext): string {
  if (stale) return 'The JSON cannot be read, so the preview still shows the last version that could.';
  if (problems.some((p) => p.kind === 'hours')) return "Your hours have a problem, so visitors would see 'Hours unavailable', as below.";
  if (problems.some((p) => p.kind === 'schema'))
    return 'Parts with problems show the built-in content instead, as they would on your site.';
  return '';
}

/** The date and time the preview shows: now, or picked; "Now" goes back. */
function when(ctx: PreviewContext): TemplateResult {
  const zone = clinicZone(ctx.content);
  const shown = ctx.at ?? wallTime(Date.now(), zone);
  const pick = (key: keyof WallTime, value: string) => value && ctx.setAt({ ...shown, [key]: value });
  return html`<div class="when" role="group" aria-labelledby="when-title">
    <p class="when-title" id="when-title">${ctx.at ? 'At a date and time you pick' : 'Now'}, in the clinic's time zone (${zone})</p>
    <div class="fields">
      <label class="field date">
        <span class="label">Date</span>
        <input
          id="preview-date"
          type="date"
          required
          .value=${live(shown.date)}
          @change=${(e: Event) => pick('date', (e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field time">
        <span class="label">Time</span>
        <input
          id="preview-time"
          type="time"
          required
          .value=${live(shown.time)}
          @change=${(e: Event) => pick('time', (e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="button" class="secondary now" ?disabled=${!ctx.at} @click=${() => ctx.setAt(undefined)}>Now</button>
    </div>
  </div>`;
}

export function previewCard(ctx: PreviewContext): TemplateResult {
  const note = notice(ctx);
  const { now } = ctx;
  const tag = (name: string) => html`<p class="tag"><code>&lt;${name}&gt;</code></p>`;
  // Focusable: on a wide screen it scrolls on its own, and the keyboard must reach that too.
  return html`<section class="card preview" aria-labelledby="preview-title" tabindex="0">
    <div class="card-head">
      <h2 id="preview-title">What visitors will see</h2>
      <label class="inline">
        Colours
        <select .value=${live(ctx.theme)} @change=${(e: Event) => ctx.setTheme((e.target as HTMLSelectElement).value as PreviewTheme)}>
          <option value="auto">Match this page</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </div>
    ${when(ctx)} ${note ? html`<p class="notice">${note}</p>` : nothing}
    <propel-provider .content=${ctx.content} theme=${ctx.theme}>
      <div class="widgets">
        <div>${tag('propel-clinic-hours')}<propel-clinic-hours .now=${now}></propel-clinic-hours></div>
        <div>${tag('propel-clinic-hours variant="week"')}<propel-clinic-hours variant="week" .now=${now}></propel-clinic-hours></div>
        <div>${tag('propel-location-card')}<propel-location-card heading-level="3" .now=${now}></propel-location-card></div>
        <details class="guide" @toggle=${(e: Event) => ctx.setGuideOpen((e.target as HTMLDetailsElement).open)}>
          <summary>The rest of your content: the comparison, the diet grid and the guide</summary>
          ${
            ctx.guideOpen
              ? html`<div class="widgets">
                  <div>
                    ${tag('propel-treatment-comparison')}<propel-treatment-comparison
                      heading-level="3"
                      filterable
                    ></propel-treatment-comparison>
                  </div>
                  <div>${tag('propel-diet-grid')}<propel-diet-grid heading-level="3"></propel-diet-grid></div>
                  <div>${tag('propel-fibro-guide')}<propel-fibro-guide heading-level="3"></propel-fibro-guide></div>
                </div>`
              : nothing
          }
        </details>
      </div>
    </propel-provider>
  </section>`;
}
