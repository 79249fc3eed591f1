/**
 * The friendly form for the parts clinics change most: the time zone, the
 * week grid (./week-grid.ts) and the holidays and special days
 * (./special-days.ts). A template function: it reads the document through
 * readHours and reports each edit through the callbacks, which rewrite the
 * JSON (the source of truth).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldProblems, problemNotes } from './form-parts.js';
import { readableRules, type HoursView, type Row } from './hours-edit.js';
import type { Problem } from './problems.js';
import { specialDays, type SpecialDaysContext } from './special-days.js';
import { weekGrid, type WeekGridContext } from './week-grid.js';

export interface HoursFormContext extends Omit<WeekGridContext, 'rules'>, Omit<SpecialDaysContext, 'exceptions'> {
  view: HoursView;
  /** The JSON does not parse: the form is shown but cannot be used. */
  paused: boolean;
  problems: Problem[];
  editHours(change: (hours: Row) => void): void;
}

let zones: string[] | undefined;
const timeZones = () => (zones ??= Intl.supportedValuesOf?.('timeZone') ?? []);

/** The wall clock in a zone right now, e.g. "Tue 10:42 AM", or undefined for an unknown zone. */
function clockIn(timeZone: unknown): string | undefined {
  if (typeof timeZone !== 'string' || !timeZone) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date());
  } catch {
    return undefined;
  }
}

export function hoursForm(ctx: HoursFormContext): TemplateResult {
  const { view } = ctx;
  if ('reason' in view) return html`<p class="notice">${view.reason}</p>`;
  const { hours, weekly, exceptions } = view;
  const zone = fieldProblems(ctx.problems, 'clinic.hours.timeZone');
  const clock = clockIn(hours.timeZone);
  return html`<fieldset class="form" ?disabled=${ctx.paused}>
    <legend class="vh">Opening hours</legend>
    ${ctx.paused ? html`<p class="notice">The form is paused until the JSON below can be read again.</p>` : nothing}
    ${problemNotes(ctx.problems.filter((p) => p.path === 'clinic.hours'))}

    <h3 id="weekly-title">Every week</h3>
    <p class="hint">A time that closes before it opens runs past midnight, into the next day.</p>
    ${weekGrid({ ...ctx, rules: readableRules(weekly) })} ${specialDays({ ...ctx, exceptions })}

    <div class="fields zone">
      <label class="field grow">
        <span class="label">Time zone</span>
        <input
          type="text"
          list="time-zones"
          autocomplete="off"
          spellcheck="false"
          .value=${live(typeof hours.timeZone === 'string' ? hours.timeZone : '')}
          aria-invalid=${zone.invalid}
          aria-describedby=${`zone-hint ${zone.describedBy ?? ''}`.trim()}
          @input=${(e: Event) => ctx.editHours((h) => (h.timeZone = (e.target as HTMLInputElement).value))}
        />
        <span class="hint" id="zone-hint">${clock ? `The clinic's clock now: ${clock}. ` : ''}Every time above is in this zone.</span>
        ${zone.render()}
      </label>
      <datalist id="time-zones">${timeZones().map((z) => html`<option value=${z}></option>`)}</datalist>
    </div>
  </fieldset>`;
}
