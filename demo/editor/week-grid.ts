/**
 * The week grid: seven rows, Monday to Sunday, each closed, open with one
 * or more intervals, or by appointment, as in Google Business Profile's
 * hours editor. A template function: it reads the weekly rules into days
 * (./week.ts) and reports each edit as a change of the days, which the
 * editor compiles back into the fewest rules.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DAYS, type Day } from '../../src/content/schema.js';
import { fieldProblems, problemNotes, under } from './form-parts.js';
import type { Problem } from './problems.js';
import { timeForInput } from './hours-edit.js';
import { rawHint } from './form-parts.js';
import {
  addHours,
  copyToWeekdays,
  dayNote,
  dayState,
  notesDiffer,
  overnight,
  readWeek,
  removeSlot,
  setDayNote,
  setDayState,
  setTime,
  type Slot,
  type Week,
  type WeeklyRule,
} from './week.js';

export interface WeekGridContext {
  /** The document's weekly rules; undefined when one is malformed (the grid would lose it). */
  rules: WeeklyRule[] | undefined;
  problems: readonly Problem[];
  /** Applies a change to the days; then focuses the element `focus` selects, if given. */
  editWeek(change: (week: Week) => void, focus?: string): void;
}

export const DAY_NAMES: Record<Day, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const STATES = { closed: 'Closed', open: 'Open', appointment: 'By appointment' } as const;

const sameSlot = (rule: WeeklyRule, slot: Slot) =>
  rule.status === slot.status && rule.opens === slot.opens && rule.closes === slot.closes && rule.note === slot.note;

/** The problems of the rules that give this interval on this day (a rule's problem shows on each of its days). */
function slotProblems(ctx: WeekGridContext, day: Day, slot: Slot): Problem[] {
  const rules = ctx.rules ?? [];
  return ctx.problems.filter((p) => {
    const match = /^clinic\.hours\.weekly\.(\d+)(?:\.|$)/.exec(p.path);
    const rule = match ? rules[+match[1]!] : undefined;
    return !!rule && rule.days.includes(day) && sameSlot(rule, slot);
  });
}

/** The weekly problems that no interval shows: the list's own, and those of rules naming no day. */
function looseProblems(ctx: WeekGridContext): Problem[] {
  const week = readWeek(ctx.rules ?? []);
  const shown = new Set(DAYS.flatMap((day) => week[day].flatMap((slot) => slotProblems(ctx, day, slot))));
  return ctx.problems.filter((p) => under(p, 'clinic.hours.weekly') && !shown.has(p));
}

export function weekGrid(ctx: WeekGridContext): TemplateResult {
  if (!ctx.rules) {
    return html`<p class="notice">
        One of the weekly rules has a value the grid cannot show (see Problems). Fix it in the JSON below and the grid comes back.
      </p>
      ${problemNotes(ctx.problems.filter((p) => under(p, 'clinic.hours.weekly')))}`;
  }
  const week = readWeek(ctx.rules);
  return html`${problemNotes(looseProblems(ctx))}
    <ul class="week" aria-label="Weekly hours">
      ${DAYS.map((day) => dayRow(ctx, week, day))}
    </ul>`;
}

function dayRow(ctx: WeekGridContext, week: Week, day: Day) {
  const slots = week[day];
  const state = dayState(slots);
  const name = DAY_NAMES[day];
  const allDay = slots.length === 1 && !slots[0]!.opens && !slots[0]!.closes;
  return html`<li class="day-row" data-day=${day}>
    <div class="day-head">
      <label class="day-name" for=${`state-${day}`}>${name}</label>
      <select
        id=${`state-${day}`}
        class="state"
        @change=${(e: Event) => ctx.editWeek((w) => setDayState(w, day, (e.target as HTMLSelectElement).value as 'open'))}
      >
        ${Object.entries(STATES).map(([value, label]) => html`<option value=${value} .selected=${live(value === state)}>${label}</option>`)}
        ${state === 'mixed' ? html`<option value="mixed" disabled selected>Open and by appointment</option>` : nothing}
      </select>
    </div>
    <div class="slots">
      ${state === 'closed' ? html`<p class="closed">Closed all day</p>` : nothing}
      ${allDay ? html`<p class="any-time">Any time, by appointment</p>` : slots.map((slot, i) => slotRow(ctx, day, slot, i, state === 'mixed'))}
      ${allDay ? slotProblemsOf(ctx, day, slots[0]!) : nothing}
    </div>
    <div class="day-actions">
      ${state === 'closed'
        ? nothing
        : html`<button
            type="button"
            class="secondary small"
            data-add=${day}
            @click=${() => ctx.editWeek((w) => addHours(w, day), `[data-day="${day}"] .slot:last-of-type input`)}
          >
            Add hours<span class="vh"> on ${name}</span>
          </button>`}
      <button type="button" class="secondary small" data-copy=${day} @click=${() => ctx.editWeek((w) => copyToWeekdays(w, day))}>
        Copy to weekdays<span class="vh">: ${name}'s hours to Monday through Friday</span>
      </button>
    </div>
    ${state === 'closed' ? nothing : noteField(ctx, day, slots)}
  </li>`;
}

function slotProblemsOf(ctx: WeekGridContext, day: Day, slot: Slot) {
  const problems = slotProblems(ctx, day, slot);
  return problems.length ? html`<ul class="row-problems">${problems.map((p) => html`<li>${p.message}</li>`)}</ul>` : nothing;
}

function slotRow(ctx: WeekGridContext, day: Day, slot: Slot, index: number, mixed: boolean) {
  const name = DAY_NAMES[day];
  const problems = slotProblems(ctx, day, slot);
  const id = `slot-${day}-${index}-problems`;
  const own = problems.filter((p) => !/\.(opens|closes)$/.test(p.path));
  const time = (key: 'opens' | 'closes') => {
    const shown = timeForInput(slot[key]);
    const field = fieldProblems(
      problems.filter((p) => p.path.endsWith(`.${key}`)),
      '',
      `${id}-${key}`,
    );
    const invalid = field.invalid === 'true' || own.length > 0;
    return html`<label class="field time">
      <span class="vh">${key === 'opens' ? 'Opens' : 'Closes'} (${name}${index ? `, hours ${index + 1}` : ''})</span>
      <input
        type="time"
        .value=${live(shown)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${[field.describedBy, own.length ? id : ''].filter(Boolean).join(' ') || nothing}
        @change=${(e: Event) => ctx.editWeek((w) => setTime(w, day, index, key, (e.target as HTMLInputElement).value))}
      />
      ${rawHint(slot[key], shown)} ${field.render()}
    </label>`;
  };
  return html`<div class="slot">
    ${time('opens')}<span class="dash" aria-hidden="true">–</span>${time('closes')}
    ${overnight(slot) ? html`<span class="next-day">(next day)</span>` : nothing}
    ${mixed ? html`<span class="tag">${slot.status === 'open' ? 'open' : 'by appointment'}</span>` : nothing}
    <button
      type="button"
      class="remove"
      data-remove-slot=${`${day}-${index}`}
      @click=${() => ctx.editWeek((w) => removeSlot(w, day, index), `[data-day="${day}"] :is([data-add], select)`)}
    >
      Remove<span class="vh"> ${name} hours ${slot.opens ?? ''}–${slot.closes ?? ''}</span>
    </button>
    ${own.length ? html`<span class="field-problem slot-problem" id=${id}>${own.map((p) => html`<span>${p.message}</span>`)}</span>` : nothing}
  </div>`;
}

function noteField(ctx: WeekGridContext, day: Day, slots: readonly Slot[]) {
  return html`<label class="field note">
    <span class="label">Note <span class="optional">(optional)</span></span>
    <input
      type="text"
      .value=${live(dayNote(slots))}
      placeholder=${day === 'sat' || day === 'sun' ? 'e.g. Some weekends by appointment only' : ''}
      @input=${(e: Event) => ctx.editWeek((w) => setDayNote(w, day, (e.target as HTMLInputElement).value))}
    />
    ${notesDiffer(slots) ? html`<span class="hint">The hours of this day have different notes; typing here gives them all this one.</span>` : nothing}
  </label>`;
}
