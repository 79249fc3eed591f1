/**
 * Holidays and special days: each a date or a range, once or every year;
 * closed, special hours or by appointment; and a note. The list is shown
 * sorted by date (the coming ones first); the document keeps its order.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldProblems, icon, problemNotes, rawHint, tip, under } from './form-parts.js';
import {
  dateForInput,
  dateFromInput,
  isRow,
  isYearly,
  setOptional,
  setStatus,
  setYearly,
  sortedIndices,
  timeForInput,
  type Row,
} from './hours-edit.js';
import type { Problem } from './problems.js';

export interface SpecialDaysContext {
  exceptions: readonly unknown[];
  problems: readonly Problem[];
  /** YYYY-MM-DD, for sorting and for showing yearly dates. */
  today: string;
  editException(index: number, change: (row: Row) => void, focus?: string): void;
  addException(): void;
  removeException(index: number): void;
}

const STATUS: Record<string, string> = { closed: 'Closed', open: 'Special hours', appointment: 'By appointment' };

export function specialDays(ctx: SpecialDaysContext): TemplateResult {
  const { exceptions, today } = ctx;
  const listProblems = ctx.problems.filter((p) => p.path === 'clinic.hours.exceptions');
  return html`<h3 id="exceptions-title">Holidays and special days</h3>
    <p class="hint">These win over the weekly hours on their dates. Tick "Every year" for a date that repeats, such as December 25.</p>
    ${problemNotes(listProblems)}
    ${
      exceptions.length
        ? html`<ol class="rows" aria-labelledby="exceptions-title">
            ${sortedIndices(exceptions, today).map((i) => html`<li>${exceptionRow(ctx, exceptions[i], i)}</li>`)}
          </ol>`
        : html`<p class="empty">No holidays or special days.</p>`
    }
    <button type="button" class="secondary" id="add-exception" @click=${() => ctx.addException()}>Add a holiday or special day</button>`;
}

/** "December 24", or "December 24 through January 2", for a row's title. */
function title(row: Row, today: string): string {
  const format = (value: unknown) => {
    const date = dateForInput(value, +today.slice(0, 4));
    if (!date) return undefined;
    const options: Intl.DateTimeFormatOptions = {
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
      ...(isYearly(row) ? {} : { year: 'numeric' }),
    };
    return new Intl.DateTimeFormat('en-US', options).format(new Date(`${date}T00:00Z`));
  };
  const from = format(row.from);
  const through = format(row.through);
  if (!from) return 'New date';
  const dates = through && through !== from ? `${from} through ${through}` : from;
  return isYearly(row) ? `${dates}, every year` : dates;
}

function exceptionRow(ctx: SpecialDaysContext, exception: unknown, index: number) {
  const path = `clinic.hours.exceptions.${index}`;
  const titleId = `exceptions-${index}-title`;
  const head = (text: string) =>
    html`<div class="row-head">
      <span class="row-title" id=${titleId}>${text}</span>
      <button type="button" class="remove" data-remove=${`exceptions-${index}`} @click=${() => ctx.removeException(index)}>
        ${icon('remove')}<span class="vh">Remove ${text}</span>${tip('Remove')}
      </button>
    </div>`;
  if (!isRow(exception)) {
    return html`<div class="row" role="group" aria-labelledby=${titleId}>
      ${head('Special day')}
      <p class="notice">This entry is not an object ({ … }); fix it in the JSON.</p>
    </div>`;
  }
  const yearly = isYearly(exception);
  const edit = (change: (row: Row) => void, focus?: string) => ctx.editException(index, change, focus);
  const fields = ['from', 'through', 'status', 'opens', 'closes', 'note'];
  const own = ctx.problems.filter((p) => under(p, path) && !fields.some((f) => under(p, `${path}.${f}`)));

  const date = (key: 'from' | 'through', label: TemplateResult | string) => {
    const shown = dateForInput(exception[key], +ctx.today.slice(0, 4));
    const problems = fieldProblems(ctx.problems, `${path}.${key}`);
    return html`<label class="field date">
      <span class="label">${label}</span>
      <input
        type="date"
        data-key=${key}
        .value=${live(shown)}
        aria-invalid=${problems.invalid}
        aria-describedby=${problems.describedBy ?? nothing}
        @change=${(e: Event) =>
          edit(
            (r) => setOptional(r, key, dateFromInput((e.target as HTMLInputElement).value, isYearly(r))),
            `[data-row="exceptions-${index}"] [data-key=${key}]`,
          )}
      />
      ${rawHint(exception[key], shown)} ${problems.render()}
    </label>`;
  };

  const time = (key: 'opens' | 'closes') => {
    const shown = timeForInput(exception[key]);
    const problems = fieldProblems(ctx.problems, `${path}.${key}`);
    return html`<label class="field time">
      <span class="label">${key === 'opens' ? 'Opens' : 'Closes'}</span>
      <input
        type="time"
        .value=${live(shown)}
        aria-invalid=${problems.invalid}
        aria-describedby=${problems.describedBy ?? nothing}
        @change=${(e: Event) => edit((r) => setOptional(r, key, (e.target as HTMLInputElement).value))}
      />
      ${rawHint(exception[key], shown)} ${problems.render()}
    </label>`;
  };

  const status = typeof exception.status === 'string' ? exception.status : '';
  const statusProblems = fieldProblems(ctx.problems, `${path}.status`);
  const noteProblems = fieldProblems(ctx.problems, `${path}.note`);
  return html`<div class="row" role="group" aria-labelledby=${titleId} data-row=${`exceptions-${index}`}>
    ${head(title(exception, ctx.today))} ${problemNotes(own, path)}
    <div class="fields">
      ${date('from', 'Date')} ${date('through', html`Through <span class="optional">(optional)</span>`)}
      <label class="check">
        <input
          type="checkbox"
          .checked=${live(yearly)}
          @change=${(e: Event) => edit((r) => setYearly(r, (e.target as HTMLInputElement).checked, ctx.today))}
        />
        Every year
      </label>
    </div>
    <div class="fields">
      <label class="field">
        <span class="label">Hours</span>
        <select
          aria-invalid=${statusProblems.invalid}
          aria-describedby=${statusProblems.describedBy ?? nothing}
          @change=${(e: Event) => edit((r) => setSpecialStatus(r, (e.target as HTMLSelectElement).value))}
        >
          ${status in STATUS ? nothing : html`<option value="" selected>Choose…</option>`}
          ${Object.entries(STATUS).map(([value, label]) => html`<option value=${value} ?selected=${value === status}>${label}</option>`)}
        </select>
        ${statusProblems.render()}
      </label>
      ${status === 'closed' ? nothing : html`${time('opens')} ${time('closes')}`}
      <label class="field grow">
        <span class="label">Note for visitors <span class="optional">(optional)</span></span>
        <input
          type="text"
          .value=${live(typeof exception.note === 'string' ? exception.note : '')}
          aria-invalid=${noteProblems.invalid}
          aria-describedby=${noteProblems.describedBy ?? nothing}
          @input=${(e: Event) => edit((r) => setOptional(r, 'note', (e.target as HTMLInputElement).value))}
        />
        ${noteProblems.render()}
      </label>
    </div>
  </div>`;
}

/** Sets the status; special hours start as nine to five, so the day has hours to show. */
function setSpecialStatus(row: Row, status: string): void {
  setStatus(row, status);
  if (status === 'open' && !row.opens && !row.closes) Object.assign(row, { opens: '09:00', closes: '17:00' });
}
