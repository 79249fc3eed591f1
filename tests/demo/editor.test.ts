import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../demo/editor/content-editor.js';
import { defaultDocument, type ContentEditor } from '../../demo/editor/content-editor.js';
import { dateForInput, dateKey, setYearly, sortedIndices, upgrade } from '../../demo/editor/hours-edit.js';
import { instantAt, wallTime } from '../../demo/editor/instant.js';
import { locate, syntaxProblem } from '../../demo/editor/json-text.js';
import { check, forVisitors, unknownFields } from '../../demo/editor/problems.js';
import {
  addHours,
  compileWeek,
  copyToWeekdays,
  dayState,
  expand,
  overnight,
  readWeek,
  setDayState,
  type WeeklyRule,
} from '../../demo/editor/week.js';
import { fixture, $, $$, say, seen, settle } from '../helpers.js';

const pretty = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;

async function editor(): Promise<ContentEditor> {
  const el = await fixture<ContentEditor>(html`<content-editor></content-editor>`);
  await settle(el);
  return el;
}

const json = (el: ContentEditor) => $(el, 'textarea#json') as HTMLTextAreaElement;
const doc = (el: ContentEditor) => JSON.parse(json(el).value);
const status = (el: ContentEditor) => seen($(el, '.toolbar [role=status]'));
/** Each listed problem as read: "Invalid: path: message. For visitors: …". */
const problemList = (el: ContentEditor) => $$(el, '.problems .problem').map((p) => seen(p).replace(/ : /g, ': ').replace(/ \. /g, '. '));
const button = (el: ContentEditor, name: string) => {
  const found = $$(el, 'button').find((b) => seen(b) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found as HTMLButtonElement;
};
/** A preview widget: a light child of the provider inside the editor's shadow root. */
const widget = (el: ContentEditor, selector: string) => $(el, `propel-provider ${selector}`);
/** The preview's week table, day by day: "Monday 10 AM – 7 PM". */
const week = (el: ContentEditor) =>
  $$(widget(el, 'propel-clinic-hours[variant=week]'), 'tbody tr').map((row) => say(seen(row).replace(/Today/, '')));
/** A day of the grid. */
const day = (el: ContentEditor, name: string) => $(el, `.day-row[data-day="${name}"]`);
/** A day of the grid as read: "Monday Open 09:00–19:00". */
const gridDay = (el: ContentEditor, name: string) => {
  const row = day(el, name);
  const select = row.querySelector('select')!;
  const slots = [...row.querySelectorAll('.slot')].map((slot) => {
    const [opens, closes] = [...slot.querySelectorAll<HTMLInputElement>('input[type=time]')].map((i) => i.value);
    return `${opens}–${closes}${slot.querySelector('.next-day') ? ' (next day)' : ''}`;
  });
  const plain = row.querySelector('.any-time');
  return [
    seen(row.querySelector('.day-name')!),
    select.selectedOptions[0]!.textContent.trim(),
    ...slots,
    ...(plain ? [seen(plain)] : []),
  ].join(' ');
};
const times = (el: ContentEditor, name: string) => [...day(el, name).querySelectorAll<HTMLInputElement>('.slot input[type=time]')];
/** The control a person finds by its label ("Friday closes"), anywhere in the editor. */
const labelled = <T extends HTMLElement = HTMLInputElement>(el: ContentEditor, name: string): T => {
  const found = $$(el, 'input, select, button').find((c) => accessibleName(c) === name);
  if (!found) throw new Error(`nothing labelled "${name}"`);
  return found as T;
};
/** A control's name as a screen reader reads it: aria-label, else its label's words (or a button's), hidden words included. */
function accessibleName(control: HTMLElement): string {
  const label =
    control.getAttribute('aria-label') ??
    (control.localName === 'button'
      ? control
      : (control.closest('label') ??
        (control.id
          ? control.getRootNode() instanceof ShadowRoot && (control.getRootNode() as ShadowRoot).querySelector(`label[for="${control.id}"]`)
          : null)));
  if (typeof label === 'string') return label;
  if (!label) return '';
  const copy = label.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"], input, select, .next-day, .raw, .field-problem').forEach((n) => n.remove());
  return say(copy.textContent ?? '');
}
/** The accessible names of a day's controls, in the order a keyboard reaches them. */
const dayControls = (el: ContentEditor, name: string) =>
  [...day(el, name).querySelectorAll<HTMLElement>('input, select, button')].map(accessibleName);
/** Whether two elements sit on one line: their vertical middles within a few pixels. */
const sameLine = (a: Element, b: Element) => {
  const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
  return Math.abs(ra.top + ra.height / 2 - (rb.top + rb.height / 2)) < 6;
};

/** The editor inside a wrapper `width` pixels wide (the week grid follows its own width). */
async function editorIn(width: number): Promise<ContentEditor> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}><content-editor></content-editor></div>`);
  const el = wrapper.firstElementChild as ContentEditor;
  await settle(el);
  return el;
}

/** Types into the JSON textarea as a person would (an input event). */
async function typeJson(el: ContentEditor, text: string): Promise<void> {
  const textarea = json(el);
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

/** The control labelled `label` in the special day's row (e.g. exceptions-0). */
function control<T extends HTMLElement>(el: ContentEditor, row: string, label: string): T {
  const field = $$(el, `[data-row="${row}"] label`).find((l) => seen(l.querySelector('.label') ?? l).startsWith(label));
  const input = field?.querySelector<T>('input, select');
  if (!input) throw new Error(`no "${label}" in ${row}`);
  return input;
}

/** A person's one step on a control: set it, then the event it fires. */
async function change(el: ContentEditor, input: HTMLInputElement | HTMLSelectElement, value: string | boolean): Promise<void> {
  if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
  else input.value = value;
  input.dispatchEvent(new Event(input.type === 'text' ? 'input' : 'change', { bubbles: true }));
  await settle(el);
}

async function click(el: ContentEditor, target: HTMLElement): Promise<void> {
  target.click();
  await settle(el);
}

/** Stubs the download: returns what would be saved. */
function catchDownload() {
  const saved: { blob?: Blob } = {};
  sinon.stub(URL, 'createObjectURL').callsFake((b) => ((saved.blob = b as Blob), 'blob:editor-test'));
  sinon.stub(URL, 'revokeObjectURL');
  const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
  return { saved, click };
}

const rule = (days: WeeklyRule['days'], opens?: string, closes?: string, extra: Partial<WeeklyRule> = {}): WeeklyRule => ({
  days,
  status: 'open',
  ...(opens ? { opens } : {}),
  ...(closes ? { closes } : {}),
  ...extra,
});
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as WeeklyRule['days'];

describe('content editor: the week grid model', () => {
  it('compiles a week into the fewest rules, and reads any rules back into the same hours', () => {
    const cases: [name: string, rules: WeeklyRule[], fewest: WeeklyRule[]][] = [
      ['the default', defaultDocument().clinic.hours.weekly, defaultDocument().clinic.hours.weekly],
      [
        'a split day',
        [rule(WEEKDAYS, '09:00', '12:00'), rule(WEEKDAYS, '13:00', '17:00')],
        [rule(WEEKDAYS, '09:00', '12:00'), rule(WEEKDAYS, '13:00', '17:00')],
      ],
      ['a night past midnight', [rule(['fri', 'sat'], '22:00', '02:00')], [rule(['fri', 'sat'], '22:00', '02:00')]],
      [
        'one rule per day, merged',
        [rule(['mon'], '09:00', '17:00'), rule(['tue'], '09:00', '17:00'), rule(['wed'], '10:00', '14:00')],
        [rule(['mon', 'tue'], '09:00', '17:00'), rule(['wed'], '10:00', '14:00')],
      ],
      [
        'Friday closes early',
        [rule(['mon', 'tue', 'wed', 'thu'], '09:00', '19:00'), rule(['fri'], '09:00', '17:00')],
        [rule(['mon', 'tue', 'wed', 'thu'], '09:00', '19:00'), rule(['fri'], '09:00', '17:00')],
      ],
      [
        'by appointment, all day and with hours, and notes',
        [
          rule(['sun'], undefined, undefined, { status: 'appointment', note: 'Call us' }),
          rule(['sat'], '10:00', '14:00', { status: 'appointment' }),
        ],
        [
          rule(['sat'], '10:00', '14:00', { status: 'appointment' }),
          rule(['sun'], undefined, undefined, { status: 'appointment', note: 'Call us' }),
        ],
      ],
      [
        'open and by appointment on one day, days out of order and twice',
        [rule(['tue', 'mon', 'mon'], '13:00', '17:00', { status: 'appointment' }), rule(['mon'], '09:00', '12:00')],
        [rule(['mon'], '09:00', '12:00'), rule(['mon', 'tue'], '13:00', '17:00', { status: 'appointment' })],
      ],
      ['a rule without days', [rule([], '09:00', '17:00')], []],
    ];
    for (const [name, rules, fewest] of cases) {
      const compiled = compileWeek(readWeek(rules));
      expect(compiled, name).to.deep.equal(fewest);
      expect(expand(compiled), name).to.deep.equal(expand(rules)); // the same hours
      expect(compileWeek(readWeek(compiled)), `${name}, twice`).to.deep.equal(compiled);
    }
  });

  it('reads each day as closed, open, by appointment or both, and marks nights past midnight', () => {
    const week = readWeek([
      rule(['mon'], '09:00', '12:00'),
      rule(['mon'], '13:00', '17:00'),
      rule(['fri'], '22:00', '02:00'),
      rule(['sat'], undefined, undefined, { status: 'appointment' }),
      rule(['sun'], '10:00', '12:00', { status: 'appointment' }),
      rule(['sun'], '13:00', '15:00'),
    ]);
    expect(week.mon.map((s) => `${s.opens}-${s.closes}`)).to.deep.equal(['09:00-12:00', '13:00-17:00']);
    expect(Object.values(week).map(dayState)).to.deep.equal(['open', 'closed', 'closed', 'closed', 'open', 'appointment', 'mixed']);
    expect(week.fri.map(overnight)).to.deep.equal([true]);
    expect(week.mon.map(overnight)).to.deep.equal([false, false]);
  });

  it('edits days: state, "Add hours" (a split), "Copy to weekdays"', () => {
    const week = readWeek([rule(['mon'], '09:00', '17:00', { note: 'Lunch 12–1' })]);
    addHours(week, 'mon');
    expect(compileWeek(week)).to.deep.equal([
      rule(['mon'], '09:00', '12:00', { note: 'Lunch 12–1' }),
      rule(['mon'], '13:00', '17:00', { note: 'Lunch 12–1' }),
    ]);
    addHours(week, 'mon'); // 13:00–17:00 is too short to split: two hours after it
    expect(week.mon.at(-1)).to.deep.equal({ status: 'open', opens: '18:00', closes: '20:00', note: 'Lunch 12–1' });

    copyToWeekdays(week, 'mon');
    expect(compileWeek(week).map((r) => r.days)).to.deep.equal([WEEKDAYS, WEEKDAYS, WEEKDAYS]);

    const cases: [from: WeeklyRule[], state: 'closed' | 'open' | 'appointment', to: WeeklyRule[]][] = [
      [[], 'open', [rule(['tue'], '09:00', '17:00')]],
      [[], 'appointment', [rule(['tue'], undefined, undefined, { status: 'appointment' })]],
      [[rule(['tue'], '10:00', '14:00')], 'appointment', [rule(['tue'], '10:00', '14:00', { status: 'appointment' })]],
      [
        [rule(['tue'], undefined, undefined, { status: 'appointment', note: 'Call' })],
        'open',
        [rule(['tue'], '09:00', '17:00', { note: 'Call' })],
      ],
      [[rule(['tue'], '10:00', '14:00')], 'closed', []],
    ];
    for (const [from, state, to] of cases) {
      const w = readWeek(from);
      setDayState(w, 'tue', state);
      expect(compileWeek(w), `${JSON.stringify(from)} → ${state}`).to.deep.equal(to);
    }
    const allDay = readWeek([rule(['sat'], undefined, undefined, { status: 'appointment' })]);
    addHours(allDay, 'sat');
    expect(compileWeek(allDay)).to.deep.equal([rule(['sat'], '09:00', '17:00', { status: 'appointment' })]);
  });

  it('turns a date and time in the clinic zone into the instant, on ordinary and clock-change days', () => {
    const cases: [date: string, time: string, zone: string, iso: string][] = [
      ['2026-12-24', '10:00', 'America/Los_Angeles', '2026-12-24T18:00:00.000Z'],
      ['2026-07-04', '10:00', 'America/Los_Angeles', '2026-07-04T17:00:00.000Z'],
      ['2026-12-24', '10:00', 'Asia/Tokyo', '2026-12-24T01:00:00.000Z'],
      ['2026-03-08', '01:59', 'America/Los_Angeles', '2026-03-08T09:59:00.000Z'], // just before clocks spring forward
      ['2026-03-08', '02:30', 'America/Los_Angeles', '2026-03-08T10:30:00.000Z'], // skipped: 03:30 PDT
      ['2026-03-08', '03:00', 'America/Los_Angeles', '2026-03-08T10:00:00.000Z'],
      ['2026-11-01', '01:30', 'America/Los_Angeles', '2026-11-01T08:30:00.000Z'], // twice: the first (PDT)
      ['2026-11-01', '02:00', 'America/Los_Angeles', '2026-11-01T10:00:00.000Z'],
      ['2026-03-29', '01:30', 'Europe/London', '2026-03-29T01:30:00.000Z'], // skipped: 02:30 BST
    ];
    for (const [date, time, zone, iso] of cases) {
      expect(instantAt({ date, time }, zone).toISOString(), `${date} ${time} ${zone}`).to.equal(iso);
    }
    expect(wallTime(new Date('2026-12-24T18:00:00Z'), 'America/Los_Angeles')).to.deep.equal({ date: '2026-12-24', time: '10:00' });
    expect(wallTime(new Date('2026-11-01T09:30:00Z'), 'America/Los_Angeles')).to.deep.equal({ date: '2026-11-01', time: '01:30' }); // the second 01:30 (PST)
    expect(() => instantAt({ date: '2026-12-24', time: '10:00' }, 'Mars/Olympus_Mons')).to.throw();
  });

  it('says what each problem means for visitors, following the fallback rule', () => {
    const cases: [kind: Parameters<typeof forVisitors>[0], path: string, text: RegExp][] = [
      ['hours', 'clinic.hours.weekly.0.opens', /^Visitors would see 'Hours unavailable' instead of your hours/],
      ['hours', 'clinic.hours.timeZone', /'Hours unavailable'/],
      ['schema', 'clinic.address.street', /^Your address would be left out of the location card/],
      ['schema', 'clinic.name', /^The location card would show the built-in name instead/],
      ['schema', 'treatments.items.0.name', /^The comparison would show the built-in version instead/],
      ['schema', 'diet.heading', /^The diet grid would show the built-in version/],
      ['schema', '(root)', /^Nothing in the document would be used/],
      ['syntax', 'line 3, column 2', /^Nothing in the document would be used/],
      ['unknown', 'clinic.hours.weekly.0.opnes', /^Nothing changes for visitors/],
    ];
    for (const [kind, path, text] of cases) expect(forVisitors(kind, path), path).to.match(text);
    const broken = structuredClone(defaultDocument()) as unknown as { clinic: { hours: { weekly: { opens?: string }[] } } };
    broken.clinic.hours.weekly[0]!.opens = '25:00';
    expect(check(pretty(broken)).problems.map((p) => `${p.kind} ${p.path}`)).to.deep.equal(['hours clinic.hours.weekly.0.opens']);
  });

  it('sorts special days by their next date; upgrades version 1 documents', () => {
    const list = [{ from: '12-25' }, { from: '2026-07-04' }, { from: '01-01' }, { from: 'soon' }, { from: '2026-12-24' }];
    expect(list.map((row) => dateKey(row, '2026-06-01'))).to.deep.equal(['2026-12-25', '2026-07-04', '2027-01-01', '~', '2026-12-24']);
    expect(sortedIndices(list, '2026-06-01')).to.deep.equal([1, 4, 0, 2, 3]);
    const v1 = { version: 1, clinic: { hours: { timeZone: 'UTC', summary: 'Mon–Fri 9–5', weekly: [], exceptions: [] } } };
    expect(upgrade(v1)).to.equal(true);
    expect(v1).to.deep.equal({ version: 2, clinic: { hours: { timeZone: 'UTC', weekly: [], exceptions: [] } } });
    expect(upgrade(v1)).to.equal(false);
  });
});

describe('content editor: pure helpers', () => {
  it('finds the first JSON syntax error, with its line, column and a plain message', () => {
    const cases: [text: string, expected: { line: number; column: number; message: RegExp } | undefined][] = [
      ['{"a": [1, 2], "b": {"c": null}}', undefined],
      ['{"a": 1,}', { line: 1, column: 9, message: /remove the comma before "}"/ }],
      ['{\n  "a": abc\n}', { line: 2, column: 8, message: /expected a value/ }],
      ["{'a': 1}", { line: 1, column: 2, message: /double quotes/ }],
      ['{"a": 1 "b": 2}', { line: 1, column: 9, message: /expected "," or "}" after the value of "a"/ }],
      ['[1, 2,]', { line: 1, column: 7, message: /remove the comma before "]"/ }],
      ['{"a": "line\nbreak"}', { line: 1, column: 12, message: /not closed before the end of the line/ }],
      ['{"a": 1} x', { line: 1, column: 10, message: /more text after the end/ }],
      ['{"a": {"b": 1}', { line: 1, column: 15, message: /ends too early/ }],
      ['', { line: 1, column: 1, message: /ends too early/ }],
    ];
    for (const [text, expected] of cases) {
      const problem = syntaxProblem(text);
      if (!expected) {
        expect(problem, text).to.equal(undefined);
        continue;
      }
      expect(problem, text).to.include({ line: expected.line, column: expected.column });
      expect(problem!.message, text).to.match(expected.message);
      expect(() => JSON.parse(text), text).to.throw(); // agrees with the browser's parser
    }
  });

  it('locates a path in JSON text, or the closest enclosing value when it goes further', () => {
    const text = pretty({ clinic: { hours: { weekly: [{ days: ['mon'], opens: '9am' }] } } });
    const at = (path: string) => {
      const span = locate(text, path.split('.'))!;
      return text.slice(span.start, span.end);
    };
    expect(at('clinic.hours.weekly.0.opens')).to.equal('"opens": "9am"');
    expect(at('clinic.hours.weekly.0.days.0')).to.equal('"mon"');
    expect(at('clinic.hours.weekly.0.closes')).to.match(/^\{\s+"days"[\s\S]*"9am"\s+\}$/); // missing: the rule
    expect(at('nothing.here')).to.equal(text.trim()); // the document
    expect(locate('{ not json', ['a'])).to.equal(undefined);
  });

  it('edits special days: yearly dates back and forth, dates for the date input', () => {
    const cases: [before: Record<string, string>, yearly: boolean, today: string, after: Record<string, string>][] = [
      [{ from: '2026-12-25' }, true, '2026-06-01', { from: '12-25' }],
      [{ from: '2026-12-24', through: '2027-01-02' }, true, '2026-06-01', { from: '12-24', through: '01-02' }],
      [{ from: '12-25' }, false, '2026-06-01', { from: '2026-12-25' }],
      [{ from: '01-01' }, false, '2026-06-01', { from: '2027-01-01' }], // already past this year: next year's
      [{ from: '12-24', through: '01-02' }, false, '2026-06-01', { from: '2026-12-24', through: '2027-01-02' }],
      [{ from: '02-29' }, false, '2026-06-01', { from: '2028-02-29' }],
    ];
    for (const [before, yearly, today, after] of cases) {
      const row = { ...before, status: 'closed' };
      setYearly(row, yearly, today);
      expect(row, JSON.stringify(before)).to.deep.equal({ ...after, status: 'closed' });
    }
    expect(dateForInput('12-25', 2026)).to.equal('2026-12-25');
    expect(dateForInput('02-29', 2026)).to.equal('2028-02-29');
    expect(dateForInput('2026-07-04', 2030)).to.equal('2026-07-04');
    expect(dateForInput('Dec 25', 2026)).to.equal('');
  });

  it('reports fields the schema does not know, with the likely intended name', () => {
    const doc = { ...structuredClone(defaultDocument()), extra: 1 } as Record<string, unknown>;
    (doc.clinic as { hours: { weekly: Record<string, unknown>[] } }).hours.weekly[0]!.opnes = '09:00';
    expect(unknownFields(doc).map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'clinic.hours.weekly.0.opnes: not a field the widgets know, so it is ignored; did you mean "opens"?',
      'extra: not a field the widgets know, so it is ignored',
    ]);
  });
});

describe('<content-editor>', () => {
  afterEach(() => sinon.restore());

  it('shows the default week in the grid: open weekdays, Saturday by appointment, Sunday closed', async () => {
    const el = await editor();
    expect(['mon', 'fri', 'sat', 'sun'].map((d) => gridDay(el, d))).to.deep.equal([
      'Monday Open 09:00–19:00',
      'Friday Open 09:00–19:00',
      'Saturday By appointment Any time, by appointment',
      'Sunday Closed',
    ]);
    expect(labelled(el, 'Saturday note').value).to.equal('Some Saturdays by appointment only');
    expect(seen($(el, '#exceptions-title'))).to.equal('Holidays and special days');
    expect(seen($(el, '.empty'))).to.equal('No holidays or special days.');
    expect(status(el)).to.equal('No problems');
    expect(seen($(el, '#preview-title'))).to.equal('What visitors will see');
    await expect(el).to.be.accessible();
  });

  it('Friday closes at 17:00 and a Christmas Eve closure: five steps in the form, the expected document', async () => {
    const el = await editor();
    // Step 1: Friday's closing time.
    await change(el, labelled(el, 'Friday closes'), '17:00');
    // Steps 2–5: add a day, its date, every year, its note (closed is the default).
    await click(el, button(el, 'Add a holiday or special day'));
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'exceptions-0', 'Date'));
    await change(el, control(el, 'exceptions-0', 'Date'), '2026-12-24');
    await change(el, control(el, 'exceptions-0', 'Every year'), true);
    await change(el, control(el, 'exceptions-0', 'Note'), 'Christmas Eve');

    const hours = doc(el).clinic.hours;
    expect(hours.weekly).to.deep.equal([
      { days: ['mon', 'tue', 'wed', 'thu'], status: 'open', opens: '09:00', closes: '19:00' },
      { days: ['fri'], status: 'open', opens: '09:00', closes: '17:00' },
      { days: ['sat'], status: 'appointment', note: 'Some Saturdays by appointment only' },
    ]);
    expect(hours.exceptions).to.deep.equal([{ from: '12-24', status: 'closed', note: 'Christmas Eve' }]);
    expect(gridDay(el, 'fri')).to.equal('Friday Open 09:00–17:00');
    expect(seen($(el, '[data-row="exceptions-0"] .row-title'))).to.equal('December 24, every year');
    expect(week(el)[4]).to.equal('Friday 9 AM – 5 PM');
    expect(status(el)).to.equal('No problems');
    await expect(el).to.be.accessible();
  });

  it('"Add hours" splits a day, a night past midnight says so, "Copy to weekdays" repeats a day', async () => {
    sinon.stub(console, 'warn'); // Sunday from 22:00 to 17:00 on the way to 02:00: overlaps Monday for a moment
    const el = await editor();
    await click(el, $(el, '[data-add="mon"]'));
    expect(gridDay(el, 'mon')).to.equal('Monday Open 09:00–13:00 14:00–19:00');
    expect(el.shadowRoot!.activeElement).to.equal(times(el, 'mon')[2]); // the new interval's opening time
    await change(el, times(el, 'mon')[1]!, '12:00');
    await change(el, times(el, 'mon')[2]!, '13:00');

    await change(el, day(el, 'sun').querySelector('select')!, 'open');
    await change(el, times(el, 'sun')[0]!, '22:00');
    await change(el, times(el, 'sun')[1]!, '02:00');
    expect(gridDay(el, 'sun')).to.equal('Sunday Open 22:00–02:00 (next day)');

    await click(el, $(el, '[data-copy="mon"]'));
    expect(gridDay(el, 'fri')).to.equal('Friday Open 09:00–12:00 13:00–19:00');
    expect(doc(el).clinic.hours.weekly).to.deep.equal([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], status: 'open', opens: '09:00', closes: '12:00' },
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], status: 'open', opens: '13:00', closes: '19:00' },
      { days: ['sat'], status: 'appointment', note: 'Some Saturdays by appointment only' },
      { days: ['sun'], status: 'open', opens: '22:00', closes: '02:00' },
    ]);
    expect(status(el)).to.equal('No problems');

    // Removing an interval: the day keeps the other; the last one gone, it is closed.
    await click(el, $(el, '[data-remove-slot="tue-1"]'));
    expect(gridDay(el, 'tue')).to.equal('Tuesday Open 09:00–12:00');
    await click(el, $(el, '[data-remove-slot="tue-0"]'));
    expect(gridDay(el, 'tue')).to.equal('Tuesday Closed');
    expect(week(el)[1]).to.equal('Tuesday Closed');
    await expect(el).to.be.accessible();
  });

  it('shows each day on one line where the list is wide: name, state, hours with their remove button, then the actions', async () => {
    const el = await editorIn(760);
    expect(dayControls(el, 'mon')).to.deep.equal([
      'Monday',
      'Monday opens',
      'Monday closes',
      'Remove Monday hours 09:00–19:00',
      'Add hours on Monday',
      "Copy to weekdays: Monday's hours to Monday through Friday",
      'Add note for Monday',
    ]);
    expect(dayControls(el, 'sun')).to.deep.equal(['Sunday', "Copy to weekdays: Sunday's hours to Monday through Friday"]);
    const row = day(el, 'mon');
    const [name, state, opens, closes, remove, add, copy, note] = [
      '.day-name',
      'select',
      '[data-key=opens]',
      '[data-key=closes]',
      '[data-remove-slot]',
      '[data-add]',
      '[data-copy]',
      '[data-note]',
    ].map((selector) => row.querySelector(selector)!);
    for (const control of [state, opens, closes, remove, add, copy, note])
      expect(sameLine(name!, control!), accessibleName(control as HTMLElement)).to.equal(true);
    const lefts = [name, state, opens, closes, remove, add, copy, note].map((e) => e!.getBoundingClientRect().left);
    expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b)); // left to right, in that order
    // The actions show their icons; their words are the tooltip and the name.
    expect(seen(add as HTMLElement)).to.equal('Add hours on Monday');
    expect((add as HTMLElement).getBoundingClientRect().width).to.be.below(40);
    await expect(el).to.be.accessible();
  });

  it('on a phone, a day takes three lines: name and state, its hours, then the actions in words', async () => {
    const el = await editorIn(390);
    const row = day(el, 'mon');
    const [name, state, opens, closes, add, copy, note] = [
      '.day-name',
      'select',
      '[data-key=opens]',
      '[data-key=closes]',
      '[data-add]',
      '[data-copy]',
      '[data-note]',
    ].map((selector) => row.querySelector<HTMLElement>(selector)!);
    expect(sameLine(name!, state!)).to.equal(true);
    expect(sameLine(opens!, closes!)).to.equal(true);
    expect(opens!.getBoundingClientRect().top).to.be.above(state!.getBoundingClientRect().bottom);
    expect(sameLine(add!, copy!)).to.equal(true);
    expect(add!.getBoundingClientRect().top).to.be.above(opens!.getBoundingClientRect().bottom);
    expect([add, copy, note].map((b) => seen(b!.querySelector('.words')!))).to.deep.equal(['Add hours', 'Copy to weekdays', 'Add note']);
    expect(row.getBoundingClientRect().right).to.be.at.most(row.parentElement!.getBoundingClientRect().right);
    await expect(el).to.be.accessible();
  });

  it('keeps a day\'s note behind "Add note" until it has words; emptied and left, it folds back', async () => {
    const el = await editor();
    // Saturday has a note: its field shows. Monday has none: a button asks for one.
    expect(labelled(el, 'Saturday note').value).to.equal('Some Saturdays by appointment only');
    expect(day(el, 'sat').querySelectorAll('[data-note]')).to.have.length(0);
    expect(day(el, 'mon').querySelectorAll('.note input')).to.have.length(0);

    await click(el, labelled<HTMLButtonElement>(el, 'Add note for Monday'));
    const input = labelled(el, 'Monday note');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(seen(day(el, 'mon').querySelector('.note')!)).to.equal('Note');
    expect(input.placeholder).to.equal('e.g. Closed for lunch 12–1');
    expect(day(el, 'mon').querySelectorAll('[data-note]')).to.have.length(0);
    await expect(el).to.be.accessible();

    await change(el, input, 'Closed for lunch 12–1');
    expect(doc(el).clinic.hours.weekly.slice(0, 2)).to.deep.equal([
      { days: ['mon'], status: 'open', opens: '09:00', closes: '19:00', note: 'Closed for lunch 12–1' },
      { days: ['tue', 'wed', 'thu', 'fri'], status: 'open', opens: '09:00', closes: '19:00' },
    ]);
    expect(week(el)[0]).to.contain('Closed for lunch 12–1');

    // Asked for on Tuesday, then left empty: the button comes back.
    await click(el, labelled<HTMLButtonElement>(el, 'Add note for Tuesday'));
    labelled(el, 'Tuesday note').blur();
    await settle(el);
    expect(day(el, 'tue').querySelectorAll('.note input')).to.have.length(0);
    expect(seen(labelled<HTMLButtonElement>(el, 'Add note for Tuesday'))).to.equal('Add note for Tuesday');
    // A closed day has no note to add.
    expect(day(el, 'sun').querySelectorAll('[data-note], .note')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reads JSON edits into the grid; a value the grid cannot show pauses it, with the problem and what visitors would see', async () => {
    sinon.stub(console, 'warn'); // the provider's warning about the invalid hours
    const el = await editor();
    const text = json(el).value;
    await typeJson(el, text.replace('"opens": "09:00"', '"opens": "9am"'));
    expect(status(el)).to.equal('1 problem');
    expect(problemList(el)).to.deep.equal([
      `Hours: clinic.hours.weekly.0.opens: expected an HH:MM time, got "9am". For visitors: Visitors would see 'Hours unavailable' instead of your hours (on the badge, the week, the location card and the guide).`,
    ]);
    expect($$(el, '.week')).to.have.length(0);
    expect(seen($(el, '#hours-title').closest('section')!)).to.contain('One of the weekly rules has a value the grid cannot show');
    expect(seen($(widget(el, 'propel-clinic-hours:not([variant])'), '[part~=badge]'))).to.match(/^Hours unavailable/);
    expect(seen($(el, '.preview .notice'))).to.contain("visitors would see 'Hours unavailable'");
    await expect(el).to.be.accessible();

    // Selecting the problem selects its place in the JSON.
    $(el, '.problems .problem').click();
    expect(json(el).value.slice(json(el).selectionStart, json(el).selectionEnd)).to.equal('"opens": "9am"');

    await typeJson(el, text.replace('"closes": "19:00"', '"closes": "18:30"'));
    expect(status(el)).to.equal('No problems');
    expect(gridDay(el, 'wed')).to.equal('Wednesday Open 09:00–18:30');
    expect(week(el)[0]).to.equal('Monday 9 AM – 6:30 PM');
  });

  it('shows a problem of the hours at its interval in the grid', async () => {
    sinon.stub(console, 'warn');
    const el = await editor();
    await change(el, times(el, 'wed')[1]!, '');
    expect(status(el)).to.equal('1 problem');
    expect(problemList(el)[0]).to.match(/^Hours: clinic\.hours\.weekly\.\d: needs both an opening and a closing time/);
    const slot = day(el, 'wed').querySelector('.slot')!;
    expect(seen(slot)).to.contain('needs both an opening and a closing time');
    expect(times(el, 'wed')[1]!.getAttribute('aria-invalid')).to.equal('true');
    expect(seen($(widget(el, 'propel-clinic-hours:not([variant])'), '[part~=badge]'))).to.match(/^Hours unavailable/);
    await expect(el).to.be.accessible();
  });

  it('a download with problems needs a confirmation that says what visitors would see', async () => {
    sinon.stub(console, 'warn');
    const el = await editor();
    await typeJson(el, json(el).value.replace('"street": "1010 Hurley Way"', '"street": ""'));
    await change(el, times(el, 'mon')[1]!, '');
    expect(status(el)).to.equal('2 problems');
    const { saved, click: clicked } = catchDownload();

    await click(el, button(el, 'Download propel-content.json'));
    expect(clicked.callCount).to.equal(0);
    const confirm = $(el, '.confirm');
    expect(seen(confirm)).to.contain('The document still has 2 problems. If you publish it as it is:');
    expect(seen(confirm)).to.contain("Visitors would see 'Hours unavailable' instead of your hours");
    expect(seen(confirm)).to.contain('Your address would be left out of the location card');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Download anyway'));
    await expect(el).to.be.accessible();

    await click(el, button(el, 'Cancel'));
    expect($$(el, '.confirm')).to.have.length(0);
    expect(clicked.callCount).to.equal(0);

    await click(el, button(el, 'Download propel-content.json'));
    await click(el, button(el, 'Download anyway'));
    expect(clicked.callCount).to.equal(1);
    expect(JSON.parse(await saved.blob!.text()).clinic.address.street).to.equal('');
    expect(seen($(el, '.message'))).to.match(/^Downloaded propel-content\.json with 2 problems/);
    expect($$(el, '.confirm')).to.have.length(0);
  });

  it('downloads a document without problems at once, as version 2, pretty-printed, $schema kept', async () => {
    const el = await editor();
    await change(el, labelled(el, 'Saturday note'), 'Every other Saturday');
    const { saved, click: clicked } = catchDownload();
    await click(el, button(el, 'Download propel-content.json'));
    expect(clicked.callCount).to.equal(1);
    const link = clicked.firstCall.thisValue as HTMLAnchorElement;
    expect(link.download).to.equal('propel-content.json');
    const downloaded = await saved.blob!.text();
    const expected = defaultDocument();
    expected.clinic.hours.weekly[1]!.note = 'Every other Saturday';
    expect(JSON.parse(downloaded)).to.deep.equal(expected);
    expect(JSON.parse(downloaded).version).to.equal(2);
    expect(downloaded).to.equal(pretty(expected));
    expect(Object.keys(JSON.parse(downloaded))[0]).to.equal('$schema');
    expect(seen($(el, '.message'))).to.contain('Downloaded propel-content.json.');
    expect(seen($(el, '.toolbar'))).not.to.contain('Changes not downloaded yet');
    await expect(el).to.be.accessible();
  });

  it('previews the widgets at a date and time in the clinic zone, and back to now', async () => {
    const el = await editor();
    const preview = () => $$(el, 'propel-provider :is(propel-clinic-hours, propel-location-card)') as (HTMLElement & { now?: Date })[];
    expect(preview().map((w) => w.now)).to.deep.equal([undefined, undefined, undefined]);
    expect(seen($(el, '.when-title'))).to.equal("Now, in the clinic's time zone (America/Los_Angeles)");
    expect(($(el, 'button.now') as HTMLButtonElement).disabled).to.equal(true);

    await change(el, $(el, '#preview-date') as HTMLInputElement, '2026-12-24');
    await change(el, $(el, '#preview-time') as HTMLInputElement, '10:00');
    expect(el.previewAt).to.deep.equal({ date: '2026-12-24', time: '10:00' });
    expect(preview().map((w) => w.now?.toISOString())).to.deep.equal(Array(3).fill('2026-12-24T18:00:00.000Z'));
    expect(seen($(el, '.when-title'))).to.equal("At a date and time you pick, in the clinic's time zone (America/Los_Angeles)");
    await expect(el).to.be.accessible();

    await click(el, button(el, 'Now'));
    expect(preview().map((w) => w.now)).to.deep.equal([undefined, undefined, undefined]);
  });

  it('lists holidays and special days sorted by date, with special hours, and removes one keeping focus in the list', async () => {
    const el = await editor();
    const text = json(el).value.replace(
      '"exceptions": []',
      `"exceptions": [${JSON.stringify({ from: '12-25', status: 'closed', note: 'Christmas' })}, ${JSON.stringify({ from: '2026-12-24', status: 'open', opens: '09:00', closes: '12:00', note: 'Christmas Eve' })}]`,
    );
    await typeJson(el, text);
    expect($$(el, '.rows .row-title').map(seen)).to.deep.equal(['December 24, 2026', 'December 25, every year']);
    expect(control<HTMLSelectElement>(el, 'exceptions-1', 'Hours').selectedOptions[0]!.textContent).to.equal('Special hours');
    expect(control<HTMLInputElement>(el, 'exceptions-1', 'Closes').value).to.equal('12:00');
    await expect(el).to.be.accessible();

    await change(el, control(el, 'exceptions-0', 'Hours'), 'appointment');
    expect(doc(el).clinic.hours.exceptions[0]).to.deep.equal({ from: '12-25', status: 'appointment', note: 'Christmas' });

    await click(el, $(el, '[data-remove="exceptions-1"]')); // the first one shown
    expect(doc(el).clinic.hours.exceptions).to.deep.equal([{ from: '12-25', status: 'appointment', note: 'Christmas' }]);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-remove="exceptions-0"]'));
  });

  it('opens a version 1 document as version 2, and says so', async () => {
    const el = await editor();
    const v1 = structuredClone(defaultDocument()) as unknown as Record<string, unknown> & { clinic: { hours: Record<string, unknown> } };
    v1.version = 1;
    v1.clinic.hours.summary = 'Mon–Fri 9–7';
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(v1)], 'old.json', { type: 'application/json' }));
    const input = $(el, '#file') as HTMLInputElement;
    const load = sinon.spy(el, 'loadFile');
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await load.firstCall.returnValue;
    await settle(el);
    expect(seen($(el, '.message'))).to.match(/^Opened old\.json\. It was a version 1 document: it is now version 2/);
    expect(json(el).value).to.equal(pretty(defaultDocument()));
    expect(status(el)).to.equal('No problems');
    await expect(el).to.be.accessible();
  });

  it('loads the default document in one click; the rest of the content is one click away in the preview', async () => {
    sinon.stub(console, 'warn'); // the provider warns about the broken document typed first
    const el = await editor();
    await typeJson(el, '[]');
    expect(status(el)).to.equal('1 problem');
    expect(problemList(el)[0]).to.match(
      /^Invalid: \(root\): expected a content document .*For visitors: Nothing in the document would be used/,
    );

    button(el, 'Use the default document').click();
    await settle(el);
    expect(status(el)).to.equal('No problems');
    expect(seen($(el, '#problems-title').closest('section')!)).to.contain('Every widget can use this document.');
    expect(seen($(el, '.message'))).to.equal('Loaded the built-in default document.');
    expect(json(el).value).to.equal(pretty(defaultDocument()));
    expect(JSON.parse(json(el).value).$schema).to.match(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/propel-widgets@[\d.]+\/dist\/propel-content\.schema\.json$/,
    );

    const details = $(el, 'details.guide') as HTMLDetailsElement;
    details.open = true;
    await waitUntil(() => $$(el, 'propel-treatment-comparison').length === 1, 'the comparison did not render');
    await settle(el);
    expect($$(widget(el, 'propel-treatment-comparison'), 'tbody th .name').map(seen)[0]).to.equal('Ketamine Therapy');
    await expect(el).to.be.accessible();
  });

  it('a JSON syntax error is shown with its place; the preview keeps the last good document and says so', async () => {
    sinon.stub(console, 'warn');
    const el = await editor();
    const renamed = json(el).value.replace('"name": "Propel Therapeutics",\n    "tagline"', '"name": "Propel Davis",\n    "tagline"');
    await typeJson(el, renamed);
    const title = () => seen($(widget(el, 'propel-location-card'), '[part=title]'));
    expect(title()).to.equal('Propel Davis');

    const broken = renamed.replace('"lang": "en",', '"lang": "en"');
    await typeJson(el, broken);
    const line = broken.split('\n').findIndex((l) => l.includes('"article"')) + 1;
    expect(status(el)).to.equal('1 problem');
    expect(problemList(el)[0]).to.match(
      new RegExp(
        `^JSON syntax: line ${line}, column 3: expected "," or "}" after the value of "lang"\\. For visitors: Nothing in the document would be used`,
      ),
    );
    expect(json(el).getAttribute('aria-invalid')).to.equal('true');
    expect(title()).to.equal('Propel Davis');
    expect(seen($(el, '.preview .notice'))).to.equal('The JSON cannot be read, so the preview still shows the last version that could.');
    expect(button(el, 'Download propel-content.json').disabled).to.equal(true);
    expect(($(el, 'fieldset.form') as HTMLFieldSetElement).disabled).to.equal(true);

    $(el, '.problems .problem').click();
    expect(json(el).selectionStart).to.equal(broken.indexOf('"article"'));
    await expect(el).to.be.accessible();
  });

  it('loads a document from an address (CORS, no credentials), and says clearly when it cannot', async () => {
    const el = await editor();
    const remote = structuredClone(defaultDocument());
    remote.clinic.name = 'Propel Therapeutics Davis';
    const fetch = sinon.stub(window, 'fetch');
    fetch.onFirstCall().resolves(new Response(JSON.stringify(remote), { status: 200 }));
    fetch.onSecondCall().resolves(new Response('gone', { status: 404, statusText: 'Not Found' }));
    fetch.onThirdCall().rejects(new TypeError('Failed to fetch'));

    const url = $(el, '#url') as HTMLInputElement;
    const load = async (address: string) => {
      url.value = address;
      button(el, 'Load').click();
      await waitUntil(
        () => /^(Loaded|Could not)/.test(seen($(el, '.message'))) && seen($(el, '.message')).includes(address),
        'the load did not finish',
      );
      await settle(el);
    };
    await load('https://clinic.example/propel-content.json');
    const [requested, init] = fetch.firstCall.args;
    expect((requested as URL).href).to.equal('https://clinic.example/propel-content.json');
    expect(init).to.include({ mode: 'cors', credentials: 'omit' });
    expect(seen($(el, '.message'))).to.equal('Loaded https://clinic.example/propel-content.json.');
    expect(json(el).value).to.equal(pretty(remote));
    expect(seen($(widget(el, 'propel-location-card'), '[part=title]'))).to.equal('Propel Therapeutics Davis');

    await load('https://clinic.example/missing.json');
    expect(seen($(el, '.message'))).to.equal('Could not load https://clinic.example/missing.json: the server answered 404 Not Found.');
    expect(json(el).value).to.equal(pretty(remote)); // the document stays

    await load('https://elsewhere.example/c.json');
    expect(seen($(el, '.message'))).to.match(
      /^Could not load https:\/\/elsewhere\.example\/c\.json: the server could not be reached.*CORS/,
    );
    expect(fetch.callCount).to.equal(3);
    await expect(el).to.be.accessible();
  });
});
