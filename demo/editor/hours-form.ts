/**
 * The friendly form for the parts clinics change most: the time zone, the
 * weekly hours and the closures or special dates. A template function: it
 * reads the document through readHours and reports each edit through the
 * callbacks, which rewrite the JSON (the source of truth).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DAYS, type Day } from '../../src/content/schema.js';
import { dateForInput, dateFromInput, isRow, isYearly, setDay, setOptional, setStatus, setYearly, timeForInput, type HoursView, type ListName, type Row } from './hours-edit.js';
import type { Problem } from './problems.js';

export interface HoursFormContext {
  view: HoursView;
  /** The JSON does not parse: the form is shown but cannot be used. */
  paused: boolean;
  problems: Problem[];
  /** YYYY-MM-DD, for showing yearly dates and the time zone's clock. */
  today: string;
  editHours(change: (hours: Row) => void): void;
  editRow(list: ListName, index: number, change: (row: Row) => void): void;
  add(list: ListName): void;
  remove(list: ListName, index: number): void;
}

const DAY_NAMES: Record<Day, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const STATUS: Record<ListName, Record<string, string>> = {
  weekly: { open: 'Open', appointment: 'By appointment' },
  exceptions: { closed: 'Closed', open: 'Open (special hours)', appointment: 'By appointment' },
};

/** An id for a path, usable in the shadow root: clinic.hours.weekly.0.opens gives f-clinic-hours-weekly-0-opens. */
const idOf = (path: string) => `f-${path.replace(/[^\w-]/g, '-')}`;

const under = (problem: Problem, path: string) => problem.path === path || problem.path.startsWith(`${path}.`);

/** The problems at a field, shown under it and announced with it (aria-describedby). */
function fieldProblems(ctx: HoursFormContext, path: string) {
  const problems = ctx.problems.filter((p) => under(p, path));
  const id = `${idOf(path)}-problems`;
  return {
    invalid: problems.length ? 'true' : 'false',
    describedBy: problems.length ? id : undefined,
    render: () =>
      problems.length
        ? html`<span class="field-problem" id=${id}>${problems.map((p) => html`<span>${p.message}</span>`)}</span>`
        : nothing,
  };
}

/** "In the JSON: "9am"", for a stored value the native input cannot show. */
const rawHint = (value: unknown, shown: string) =>
  value !== undefined && shown === '' ? html`<span class="raw">In the JSON: <code>${JSON.stringify(value)}</code></span>` : nothing;

let zones: string[] | undefined;
const timeZones = () => (zones ??= Intl.supportedValuesOf?.('timeZone') ?? []);

/** The wall clock in a zone right now, e.g. "Tue 10:42", or undefined for an unknown zone. */
function clockIn(timeZone: unknown): string | undefined {
  if (typeof timeZone !== 'string' || !timeZone) return undefined;
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date());
  } catch {
    return undefined;
  }
}

export function hoursForm(ctx: HoursFormContext): TemplateResult {
  const { view } = ctx;
  if ('reason' in view) return html`<p class="notice">${view.reason}</p>`;
  const { hours, weekly, exceptions } = view;
  const zone = fieldProblems(ctx, 'clinic.hours.timeZone');
  const summary = fieldProblems(ctx, 'clinic.hours.summary');
  const clock = clockIn(hours.timeZone);
  const listProblems = (list: ListName) => ctx.problems.filter((p) => p.path === `clinic.hours.${list}`);
  return html`<fieldset class="form" ?disabled=${ctx.paused}>
    <legend class="vh">Opening hours</legend>
    ${ctx.paused ? html`<p class="notice">The form is paused until the JSON below can be read again.</p>` : nothing}
    ${problemNotes(ctx.problems.filter((p) => p.path === 'clinic.hours'))}
    <div class="fields">
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
        <span class="hint" id="zone-hint">${clock ? `The clinic's clock now: ${clock}. ` : ''}Every time below is in this zone.</span>
        ${zone.render()}
      </label>
      <datalist id="time-zones">${timeZones().map((z) => html`<option value=${z}></option>`)}</datalist>
    </div>

    <h3 id="weekly-title">Every week</h3>
    <p class="hint">A day that no rule names is closed. For a lunch break, give the day two rules (morning and afternoon); a closing time earlier than the opening time runs past midnight.</p>
    ${problemNotes(listProblems('weekly'))}
    <ol class="rows" aria-labelledby="weekly-title">
      ${weekly.map((rule, i) => html`<li>${weeklyRow(ctx, rule, i)}</li>`)}
    </ol>
    <button type="button" class="secondary" id="add-weekly" @click=${() => ctx.add('weekly')}>Add a weekly rule</button>

    <h3 id="exceptions-title">Closures and special dates</h3>
    <p class="hint">These win over the weekly hours on their dates. Tick "Every year" for a date that repeats, such as 25 December.</p>
    ${problemNotes(listProblems('exceptions'))}
    ${exceptions.length
      ? html`<ol class="rows" aria-labelledby="exceptions-title">
          ${exceptions.map((exception, i) => html`<li>${exceptionRow(ctx, exception, i)}</li>`)}
        </ol>`
      : html`<p class="empty">No closures or special dates.</p>`}
    <button type="button" class="secondary" id="add-exceptions" @click=${() => ctx.add('exceptions')}>Add a closure or special date</button>

    <div class="fields summary">
      <label class="field grow">
        <span class="label">Hours in words</span>
        <textarea
          rows="3"
          .value=${live(typeof hours.summary === 'string' ? hours.summary : '')}
          aria-invalid=${summary.invalid}
          aria-describedby=${`summary-hint ${summary.describedBy ?? ''}`.trim()}
          @input=${(e: Event) => ctx.editHours((h) => (h.summary = (e.target as HTMLTextAreaElement).value))}
        ></textarea>
        <span class="hint" id="summary-hint">Shown in the full guide: keep it in line with the hours above.</span>
        ${summary.render()}
      </label>
    </div>
  </fieldset>`;
}

/** Problems about a row or a list as a whole (not one of the form's fields); a deeper one names its field. */
function problemNotes(problems: Problem[], base = '') {
  return problems.length
    ? html`<ul class="row-problems">
        ${problems.map((p) => html`<li>${p.path !== base && base ? html`<code>${p.path.slice(base.length + 1)}</code>: ` : nothing}${p.message}</li>`)}
      </ul>`
    : nothing;
}

/** The row's own problems: those under its path that no field of the form shows. */
function rowProblems(ctx: HoursFormContext, path: string, fields: string[]) {
  return problemNotes(
    ctx.problems.filter((p) => under(p, path) && !fields.some((f) => under(p, `${path}.${f}`))),
    path,
  );
}

function statusSelect(ctx: HoursFormContext, list: ListName, row: Row, index: number, path: string) {
  const options = STATUS[list];
  const status = typeof row.status === 'string' ? row.status : '';
  const problems = fieldProblems(ctx, `${path}.status`);
  return html`<label class="field">
    <span class="label">Status</span>
    <select
      aria-invalid=${problems.invalid}
      aria-describedby=${problems.describedBy ?? nothing}
      @change=${(e: Event) => ctx.editRow(list, index, (r) => setStatus(r, (e.target as HTMLSelectElement).value))}
    >
      ${status in options ? nothing : html`<option value="" selected>Choose…</option>`}
      ${Object.entries(options).map(([value, label]) => html`<option value=${value} ?selected=${value === status}>${label}</option>`)}
    </select>
    ${problems.render()}
  </label>`;
}

function timeInput(ctx: HoursFormContext, list: ListName, row: Row, index: number, path: string, key: 'opens' | 'closes') {
  const shown = timeForInput(row[key]);
  const problems = fieldProblems(ctx, `${path}.${key}`);
  return html`<label class="field time">
    <span class="label">${key === 'opens' ? 'Opens' : 'Closes'}</span>
    <input
      type="time"
      .value=${live(shown)}
      aria-invalid=${problems.invalid}
      aria-describedby=${problems.describedBy ?? nothing}
      @change=${(e: Event) => ctx.editRow(list, index, (r) => setOptional(r, key, (e.target as HTMLInputElement).value))}
    />
    ${rawHint(row[key], shown)} ${problems.render()}
  </label>`;
}

function noteInput(ctx: HoursFormContext, list: ListName, row: Row, index: number, path: string) {
  const problems = fieldProblems(ctx, `${path}.note`);
  return html`<label class="field grow">
    <span class="label">Note <span class="optional">(optional)</span></span>
    <input
      type="text"
      .value=${live(typeof row.note === 'string' ? row.note : '')}
      aria-invalid=${problems.invalid}
      aria-describedby=${problems.describedBy ?? nothing}
      @input=${(e: Event) => ctx.editRow(list, index, (r) => setOptional(r, 'note', (e.target as HTMLInputElement).value))}
    />
    ${problems.render()}
  </label>`;
}

function rowHeader(ctx: HoursFormContext, list: ListName, index: number, title: string) {
  const id = `${list}-${index}-title`;
  return html`<div class="row-head">
    <span class="row-title" id=${id}>${title}</span>
    <button type="button" class="remove" data-remove=${`${list}-${index}`} @click=${() => ctx.remove(list, index)}>
      Remove<span class="vh"> ${title.toLowerCase()}</span>
    </button>
  </div>`;
}

function weeklyRow(ctx: HoursFormContext, rule: unknown, index: number) {
  const path = `clinic.hours.weekly.${index}`;
  const title = `Weekly rule ${index + 1}`;
  if (!isRow(rule)) return html`<div class="row" role="group" aria-labelledby=${`weekly-${index}-title`}>${rowHeader(ctx, 'weekly', index, title)}<p class="notice">This rule is not an object ({ … }); fix it in the JSON.</p></div>`;
  const days = Array.isArray(rule.days) ? rule.days : [];
  const dayProblems = fieldProblems(ctx, `${path}.days`);
  const closed = rule.status === 'closed';
  return html`<div class="row" role="group" aria-labelledby=${`weekly-${index}-title`} data-row=${`weekly-${index}`}>
    ${rowHeader(ctx, 'weekly', index, title)} ${rowProblems(ctx, path, ['days', 'status', 'opens', 'closes', 'note'])}
    <div class="days" role="group" aria-label="Days" aria-describedby=${dayProblems.describedBy ?? nothing}>
      ${DAYS.map(
        (day) => html`<label class="day">
          <input
            type="checkbox"
            .checked=${live(days.includes(day))}
            @change=${(e: Event) => ctx.editRow('weekly', index, (r) => setDay(r, day, (e.target as HTMLInputElement).checked))}
          /><span>${DAY_NAMES[day]}</span>
        </label>`,
      )}
    </div>
    ${dayProblems.render()}
    <div class="fields">
      ${statusSelect(ctx, 'weekly', rule, index, path)}
      ${closed ? nothing : html`${timeInput(ctx, 'weekly', rule, index, path, 'opens')} ${timeInput(ctx, 'weekly', rule, index, path, 'closes')}`}
    </div>
    <div class="fields">${noteInput(ctx, 'weekly', rule, index, path)}</div>
  </div>`;
}

function exceptionRow(ctx: HoursFormContext, exception: unknown, index: number) {
  const path = `clinic.hours.exceptions.${index}`;
  const title = `Special date ${index + 1}`;
  if (!isRow(exception)) return html`<div class="row" role="group" aria-labelledby=${`exceptions-${index}-title`}>${rowHeader(ctx, 'exceptions', index, title)}<p class="notice">This entry is not an object ({ … }); fix it in the JSON.</p></div>`;
  const yearly = isYearly(exception);
  const year = +ctx.today.slice(0, 4);
  const date = (key: 'from' | 'through', label: TemplateResult | string) => {
    const shown = dateForInput(exception[key], year);
    const problems = fieldProblems(ctx, `${path}.${key}`);
    return html`<label class="field date">
      <span class="label">${label}</span>
      <input
        type="date"
        .value=${live(shown)}
        aria-invalid=${problems.invalid}
        aria-describedby=${problems.describedBy ?? nothing}
        @change=${(e: Event) => ctx.editRow('exceptions', index, (r) => setOptional(r, key, dateFromInput((e.target as HTMLInputElement).value, isYearly(r))))}
      />
      ${rawHint(exception[key], shown)} ${problems.render()}
    </label>`;
  };
  const closed = exception.status === 'closed';
  return html`<div class="row" role="group" aria-labelledby=${`exceptions-${index}-title`} data-row=${`exceptions-${index}`}>
    ${rowHeader(ctx, 'exceptions', index, title)} ${rowProblems(ctx, path, ['from', 'through', 'status', 'opens', 'closes', 'note'])}
    <div class="fields">${date('from', 'From')} ${date('through', html`Through <span class="optional">(optional)</span>`)}</div>
    <label class="check">
      <input
        type="checkbox"
        .checked=${live(yearly)}
        aria-describedby=${yearly ? `exceptions-${index}-yearly` : nothing}
        @change=${(e: Event) => ctx.editRow('exceptions', index, (r) => setYearly(r, (e.target as HTMLInputElement).checked, ctx.today))}
      />
      Every year
    </label>
    ${yearly ? html`<p class="hint yearly" id=${`exceptions-${index}-yearly`}>Repeats every year${describeYearly(exception)}; the year shown in the date boxes is ignored.</p>` : nothing}
    <div class="fields">
      ${statusSelect(ctx, 'exceptions', exception, index, path)}
      ${closed ? nothing : html`${timeInput(ctx, 'exceptions', exception, index, path, 'opens')} ${timeInput(ctx, 'exceptions', exception, index, path, 'closes')}`}
    </div>
    <div class="fields">${noteInput(ctx, 'exceptions', exception, index, path)}</div>
  </div>`;
}

/** " on 25 December", or " from 24 December through 2 January". */
function describeYearly(exception: Row): string {
  const format = (monthDay: unknown) => {
    if (typeof monthDay !== 'string' || !/^\d{2}-\d{2}$/.test(monthDay)) return undefined;
    const date = new Date(`2000-${monthDay}T00:00Z`); // a leap year: 29 February exists
    return Number.isNaN(+date) ? undefined : new Intl.DateTimeFormat(undefined, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
  };
  const from = format(exception.from);
  const through = format(exception.through);
  if (!from) return '';
  return through && through !== from ? ` from ${from} through ${through}` : ` on ${from}`;
}
