/**
 * The hours form's edits, for `<content-editor>`: each applied to a copy of
 * the parsed document and written back as the JSON text, then the focus put
 * where the person expects it; and which days' notes were asked for. The
 * element keeps the document's state; this, the form's.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Day } from '../../src/content/schema.js';
import { pretty } from './document.js';
import { editHours, isRow, newException, ordered, readableRules, readHours, sortedIndices, todayIso, type Row } from './hours-edit.js';
import type { HoursFormContext } from './hours-form.js';
import type { Problem } from './problems.js';
import { compileWeek, readWeek, type Week } from './week.js';

type Hours = Row & { weekly: unknown[]; exceptions: unknown[] };

export type HoursHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Where the edits read the document from and write it to. */
export interface HoursText {
  /** The parsed document; undefined while the text is not JSON. */
  doc(): unknown;
  /** Replaces the JSON text with an edited document's. */
  write(text: string): void;
}

/** Focuses what `selector` finds in the host, once it has rendered. */
export async function focusRendered(host: HoursHost, selector: string | undefined): Promise<void> {
  if (!selector) return;
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

export class HoursController {
  /** The days whose "Add note" was pressed: their note field shows while still empty. */
  #notesAsked = new Set<Day>();

  constructor(
    private readonly host: HoursHost,
    private readonly text: HoursText,
  ) {}

  /** What the form needs: the hours to show (`shown`: the last good ones while `paused`) and the edits. */
  context(shown: unknown, paused: boolean, problems: Problem[]): HoursFormContext {
    return {
      view: readHours(shown),
      paused,
      problems,
      today: todayIso(),
      editHours: (change) => this.#edit(change),
      editWeek: (change, focus) => this.#editWeek(change, focus),
      noteAsked: (day) => this.#notesAsked.has(day),
      askNote: (day, asked) => this.#askNote(day, asked),
      editException: (index, change, focus) => this.#editException(index, change, focus),
      addException: () => void this.#addException(),
      removeException: (index) => void this.#removeException(index),
    };
  }

  /** Applies `change` to a copy of the document's hours and writes the result back. */
  #edit(change: (hours: Hours) => void): void {
    const doc = this.text.doc();
    if (doc === undefined || 'reason' in readHours(doc)) return;
    this.text.write(pretty(editHours(doc, change)));
  }

  #focus(selector: string | undefined): Promise<void> {
    return focusRendered(this.host, selector);
  }

  /** A change of the week grid: the weekly rules read into days, changed, and compiled back into the fewest rules. */
  #editWeek(change: (week: Week) => void, focus?: string): void {
    this.#edit((hours) => {
      const rules = readableRules(hours.weekly);
      if (!rules) return;
      const week = readWeek(rules);
      change(week);
      hours.weekly = compileWeek(week);
    });
    void this.#focus(focus);
  }

  /** "Add note" shows the day's note field and focuses it; left empty, it folds back into the button. */
  #askNote(day: Day, asked: boolean): void {
    if (asked) this.#notesAsked.add(day);
    else this.#notesAsked.delete(day);
    this.host.requestUpdate();
    if (asked) void this.#focus(`[data-day="${day}"] .note input`);
  }

  #editException(index: number, change: (row: Row) => void, focus?: string): void {
    this.#edit((hours) => {
      const row = hours.exceptions[index];
      if (!isRow(row)) return;
      change(row);
      hours.exceptions[index] = ordered(row);
    });
    void this.#focus(focus);
  }

  async #addException(): Promise<void> {
    let index = 0;
    this.#edit((hours) => (index = hours.exceptions.push(newException(todayIso())) - 1));
    await this.#focus(`[data-row="exceptions-${index}"] :is(input, select)`);
  }

  async #removeException(index: number): Promise<void> {
    const before = readHours(this.text.doc());
    const order = 'reason' in before ? [] : sortedIndices(before.exceptions, todayIso());
    const shownAt = order.indexOf(index);
    this.#edit((hours) => void hours.exceptions.splice(index, 1));
    await this.host.updateComplete;
    // Focus stays in the list: the row shown in this one's place, else the one above, else "Add".
    const root = this.host.renderRoot;
    const rows = [...root.querySelectorAll<HTMLElement>('[data-remove^="exceptions-"]')];
    (rows[Math.min(shownAt, rows.length - 1)] ?? root.querySelector<HTMLElement>('#add-exception'))?.focus();
  }
}
