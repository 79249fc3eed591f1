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
import { fieldProblems, icon, problemNotes, rawHint, tip, under } from './form-parts.js';
import type { Problem } from './problems.js';
import { timeForInput } from './hours-edit.js';
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
  /** Whether the day's note field was asked for ("Add note"): it shows even while empty. */
  noteAsked(day: Day): boolean;
  /** "Add note": shows the day's note field and focuses it; `false` hides it again while it is empty. */
  askNote(day: Day, asked: boolean): void;
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

/**
 * One day: its name, its state, its intervals and its actions on one line where the list
 * is wide enough (two or three on a phone), and its note under them once it has one.
 */
function dayRow(ctx: WeekGridContext, week: Week, day: Day) {
  const slots = week[day];
  const state = dayState(slots);
  const name = DAY_NAMES[day];
  const allDay = slots.length === 1 && !slots[0]!.opens && !slots[0]!.closes;
  const noteShown = state !== 'closed' && (!!dayNote(slots) || ctx.noteAsked(day));
  return html`<li class=${`day-row ${state}`} data-day=${day}>
    <label class="day-name" for=${`state-${day}`}>${name}</label>
    <select
      id=${`state-${day}`}
      class="state"
      @change=${(e: Event) => ctx.editWeek((w) => setDayState(w, day, (e.target as HTMLSelectElement).value as 'open'))}
    >
      ${Object.entries(STATES).map(([value, label]) => html`<option value=${value} .selected=${live(value === state)}>${label}</option>`)}
      ${state === 'mixed' ? html`<option value="mixed" disabled selected>Open and by appointment</option>` : nothing}
    </select>
    ${
      state === 'closed'
        ? nothing
        : html`<div class="slots">
            ${allDay ? html`<p class="any-time">Any time, by appointment</p>` : slots.map((slot, i) => slotRow(ctx, day, slot, i, state === 'mixed'))}
            ${allDay ? slotProblemsOf(ctx, day, slots[0]!) : nothing}
          </div>`
    }
    <div class="day-actions">
      ${
        state === 'closed'
          ? nothing
          : html`<button
              type="button"
              class="action"
              data-add=${day}
              @click=${() => ctx.editWeek((w) => addHours(w, day), `[data-day="${day}"] .slot:last-of-type input`)}
            >
              ${icon('add')}<span class="words">Add hours</span><span class="vh"> on ${name}</span>${tip('Add hours')}
            </button>`
      }
      <button type="button" class="action" data-copy=${day} @click=${() => ctx.editWeek((w) => copyToWeekdays(w, day))}>
        ${icon('copy')}<span class="words">Copy to weekdays</span><span class="vh">: ${name}'s hours to Monday through Friday</span>${tip(
          'Copy to weekdays',
        )}
      </button>
      ${
        state === 'closed' || noteShown
          ? nothing
          : html`<button type="button" class="action" data-note=${day} @click=${() => ctx.askNote(day, true)}>
              ${icon('note')}<span class="words">Add note</span><span class="vh"> for ${name}</span>${tip('Add note')}
            </button>`
      }
    </div>
    ${noteShown ? noteField(ctx, day, slots) : nothing}
  </li>`;
}

function slotProblemsOf(ctx: WeekGridContext, day: Day, slot: Slot) {
  const problems = slotProblems(ctx, day, slot);
  return problems.length
    ? html`<ul class="row-problems">
        ${problems.map((p) => html`<li>${p.message}</li>`)}
      </ul>`
    : nothing;
}

/** "Friday opens", "Friday closes"; "Monday opens, hours 2" for a day's second interval. */
const timeName = (day: Day, index: number, key: 'opens' | 'closes') => `${DAY_NAMES[day]} ${key}${index ? `, hours ${index + 1}` : ''}`;

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
    return html`<label class="time">
      <span class="vh">${timeName(day, index, key)}</span>
      <input
        type="time"
        data-key=${key}
        .value=${live(shown)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${[field.describedBy, own.length ? id : ''].filter(Boolean).join(' ') || nothing}
        @change=${(e: Event) => ctx.editWeek((w) => setTime(w, day, index, key, (e.target as HTMLInputElement).value))}
      />
      ${key === 'closes' && overnight(slot) ? html`<span class="next-day">(next day)</span>` : nothing} ${rawHint(slot[key], shown)}
      ${field.render()}
    </label>`;
  };
  return html`<div class="slot">
    ${time('opens')}<span class="dash" aria-hidden="true">–</span>${time('closes')}
    ${mixed ? html`<span class="tag">${slot.status === 'open' ? 'open' : 'by appointment'}</span>` : nothing}
    <button
      type="button"
      class="remove icon-only"
      data-remove-slot=${`${day}-${index}`}
      @click=${() => ctx.editWeek((w) => removeSlot(w, day, index), `[data-day="${day}"] :is([data-add], select)`)}
    >
      ${icon('remove')}<span class="vh">Remove ${name} hours ${slot.opens ?? ''}–${slot.closes ?? ''}</span>${tip('Remove')}
    </button>
    ${own.length ? html`<span class="field-problem slot-problem" id=${id}>${own.map((p) => html`<span>${p.message}</span>`)}</span>` : nothing}
  </div>`;
}

/** The day's note, for visitors: shown once it has words or "Add note" asked for it; emptied and left, it folds back. */
function noteField(ctx: WeekGridContext, day: Day, slots: readonly Slot[]) {
  const name = DAY_NAMES[day];
  return html`<div class="note">
    <label class="note-field">
      <span class="label">Note</span>
      <input
        type="text"
        aria-label=${`${name} note`}
        .value=${live(dayNote(slots))}
        placeholder=${day === 'sat' || day === 'sun' ? 'e.g. Some weekends by appointment only' : 'e.g. Closed for lunch 12–1'}
        @input=${(e: Event) => ctx.editWeek((w) => setDayNote(w, day, (e.target as HTMLInputElement).value))}
        @blur=${(e: Event) => {
          if (!(e.target as HTMLInputElement).value) ctx.askNote(day, false);
        }}
      />
    </label>
    ${notesDiffer(slots) ? html`<p class="hint">The hours of this day have different notes; typing here gives them all this one.</p>` : nothing}
  </div>`;
}
