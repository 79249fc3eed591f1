import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../demo/editor/content-editor.js';
import { defaultDocument, type ContentEditor } from '../demo/editor/content-editor.js';
import { dateForInput, setDay, setYearly } from '../demo/editor/hours-edit.js';
import { locate, syntaxProblem } from '../demo/editor/json-text.js';
import { hoursProblems, unknownFields } from '../demo/editor/problems.js';
import type { Hours } from '../src/widgets/clinic-hours/hours.js';
import { fixture, $, $$, deepText, say, seen, settle } from './helpers.js';

const pretty = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;

async function editor(): Promise<ContentEditor> {
  const el = await fixture<ContentEditor>(html`<content-editor></content-editor>`);
  await settle(el);
  return el;
}

const json = (el: ContentEditor) => $(el, 'textarea#json') as HTMLTextAreaElement;
const status = (el: ContentEditor) => seen($(el, '.toolbar [role=status]'));
/** Each listed problem as read: "Invalid: path: message". */
const problemList = (el: ContentEditor) => $$(el, '.problems .problem').map((p) => seen(p).replace(/ : /g, ': '));
const button = (el: ContentEditor, name: string) => {
  const found = $$(el, 'button').find((b) => seen(b) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found as HTMLButtonElement;
};
/** A preview widget: a light child of the provider inside the editor's shadow root. */
const widget = (el: ContentEditor, selector: string) => $(el, `propel-provider ${selector}`);
const treatmentNames = (el: ContentEditor) => $$(widget(el, 'propel-treatment-comparison'), 'tbody th .name').map(seen);
/** The preview's week table, day by day: "Monday 10 AM – 7 PM". */
const week = (el: ContentEditor) => $$(widget(el, 'propel-clinic-hours[variant=week]'), 'tbody tr').map((row) => say(seen(row).replace(/Today/, '')));

/** Types into the JSON textarea as a person would (an input event). */
async function typeJson(el: ContentEditor, text: string): Promise<void> {
  const textarea = json(el);
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

/** The control labelled `label` in the form row `row` (e.g. weekly-0). */
function control<T extends HTMLElement>(el: ContentEditor, row: string, label: string): T {
  const field = $$(el, `[data-row="${row}"] label`).find((l) => seen(l.querySelector('.label') ?? l).startsWith(label));
  const input = field?.querySelector<T>('input, select');
  if (!input) throw new Error(`no "${label}" in ${row}`);
  return input;
}

async function change(el: ContentEditor, input: HTMLInputElement | HTMLSelectElement, value: string | boolean): Promise<void> {
  if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
  else input.value = value;
  input.dispatchEvent(new Event(input.type === 'text' ? 'input' : 'change', { bubbles: true }));
  await settle(el);
}

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

  it('edits hours rows: days in week order, yearly dates back and forth, dates for the date input', () => {
    const row: Record<string, unknown> = { days: ['fri', 'mon'] };
    setDay(row, 'wed', true);
    expect(row.days).to.deep.equal(['mon', 'wed', 'fri']);
    setDay(row, 'mon', false);
    expect(row.days).to.deep.equal(['wed', 'fri']);

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

  it('lists every unusable hours rule at its own path, and an unknown time zone', () => {
    const hours: Hours = {
      timeZone: 'Mars/Olympus_Mons',
      summary: 'x',
      weekly: [
        { days: ['mon'], status: 'open', opens: '09:00', closes: '17:00' },
        { days: ['tue'], status: 'open', opens: '09:00' },
      ],
      exceptions: [{ from: '2026-12-24', status: 'open', closes: '12:00' }],
    };
    expect(hoursProblems(hours).map((p) => p.path)).to.deep.equal(['clinic.hours.timeZone', 'clinic.hours.weekly.1', 'clinic.hours.exceptions.0']);
    expect(hoursProblems(hours)[1]!.message).to.match(/^needs both an opening and a closing time/);
    expect(hoursProblems({ ...hours, timeZone: 'America/Los_Angeles', weekly: [hours.weekly[0]!], exceptions: [] })).to.deep.equal([]);
  });

  it('takes a lunch break, a night past midnight and a yearly range over New Year; reports overlapping hours for the list', () => {
    const rule = (opens: string, closes: string) => ({ days: ['mon' as const], status: 'open' as const, opens, closes });
    const base: Hours = { timeZone: 'America/Los_Angeles', summary: 'x', weekly: [], exceptions: [] };
    const fine: Hours = {
      ...base,
      weekly: [rule('09:00', '12:00'), rule('13:00', '17:00'), { days: ['fri'], status: 'open', opens: '20:00', closes: '02:00' }],
      exceptions: [{ from: '12-24', through: '01-02', status: 'closed' }],
    };
    expect(hoursProblems(fine)).to.deep.equal([]);
    const overlapping = hoursProblems({ ...base, weekly: [rule('09:00', '13:00'), rule('12:00', '17:00')] });
    expect(overlapping.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'clinic.hours.weekly: overlapping hours on mon: rules for the same day must not overlap (a lunch break is two rules, such as 09:00–12:00 and 13:00–17:00)',
    ]);
    const mixed = hoursProblems({ ...base, exceptions: [{ from: '2026-12-24', through: '01-02', status: 'closed' }] });
    expect(mixed.map((p) => p.path)).to.deep.equal(['clinic.hours.exceptions.0']);
    expect(mixed[0]!.message).to.match(/^mixes a yearly date/);
  });
});

describe('<content-editor>', () => {
  afterEach(() => sinon.restore());

  it('loads the default document in one click: no problems, and the preview shows the clinic treatments', async () => {
    sinon.stub(console, 'warn'); // the provider warns about the broken document typed first
    const el = await editor();
    await typeJson(el, '[]');
    expect(status(el)).to.equal('1 problem');
    expect(problemList(el)).to.deep.equal(['Invalid: (root): expected an object, got []']);

    button(el, 'Use the default document').click();
    await settle(el);
    expect(status(el)).to.equal('No problems');
    expect(seen($(el, '#problems-title').closest('section')!)).to.contain('Every widget can use this document.');
    expect(seen($(el, '.message'))).to.equal('Loaded the built-in default document.');
    expect(json(el).value).to.equal(pretty(defaultDocument()));
    expect(JSON.parse(json(el).value).$schema).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/propel-widgets@[\d.]+\/dist\/propel-content\.schema\.json$/);
    expect(treatmentNames(el)).to.deep.equal(['Ketamine Therapy', 'Antidepressants', 'Anti-seizure Drugs', 'Exercise', 'Acupuncture', 'Functional Mushrooms']);
    await expect(el).to.be.accessible();
  });

  it('an hour edited in the form rewrites the JSON and the preview week table', async () => {
    const el = await editor();
    expect(week(el)[0]).to.equal('Monday 9 AM – 7 PM');
    await change(el, control(el, 'weekly-0', 'Opens'), '10:00');

    const doc = JSON.parse(json(el).value);
    expect(doc.clinic.hours.weekly[0]).to.deep.equal({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], status: 'open', opens: '10:00', closes: '19:00' });
    expect(json(el).value).to.contain('"opens": "10:00"');
    expect(week(el).slice(0, 2)).to.deep.equal(['Monday 10 AM – 7 PM', 'Tuesday 10 AM – 7 PM']);
    expect(seen($(el, '.toolbar'))).to.contain('Changes not downloaded yet');

    // A day taken out of the rule: Friday becomes closed.
    await change(el, $$(el, '[data-row="weekly-0"] .day input')[4] as HTMLInputElement, false);
    expect(JSON.parse(json(el).value).clinic.hours.weekly[0].days).to.deep.equal(['mon', 'tue', 'wed', 'thu']);
    expect(week(el)[4]).to.equal('Friday Closed');
    await expect(el).to.be.accessible();
  });

  it('JSON edits fill the form; an invalid value is listed at its path, marked in the form, and fixed', async () => {
    sinon.stub(console, 'warn'); // the provider's warning about the invalid entry
    const el = await editor();
    const text = json(el).value;
    await typeJson(el, text.replace('"opens": "09:00"', '"opens": "9am"'));

    expect(status(el)).to.equal('1 problem');
    expect(problemList(el)).to.deep.equal(['Invalid: clinic.hours.weekly.0.opens: expected an HH:MM time, got "9am"']);
    const opens = control<HTMLInputElement>(el, 'weekly-0', 'Opens');
    expect(opens.getAttribute('aria-invalid')).to.equal('true');
    expect(seen(opens.closest('label')!)).to.contain('In the JSON: "9am"');
    await expect(el).to.be.accessible();

    // Selecting the problem selects its place in the JSON.
    $(el, '.problems .problem').click();
    const textarea = json(el);
    expect(el.shadowRoot!.activeElement).to.equal(textarea);
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).to.equal('"opens": "9am"');

    await typeJson(el, text.replace('"opens": "09:00"', '"opens": "08:30"'));
    expect(status(el)).to.equal('No problems');
    expect(problemList(el)).to.deep.equal([]);
    expect(control<HTMLInputElement>(el, 'weekly-0', 'Opens').value).to.equal('08:30'); // the form follows the JSON
    expect(week(el)[0]).to.equal('Monday 8:30 AM – 7 PM');
    await expect(el).to.be.accessible();
  });

  it('hours the widgets cannot use are problems too, at the rule, and the preview says so', async () => {
    sinon.stub(console, 'warn');
    const el = await editor();
    await change(el, control(el, 'weekly-0', 'Closes'), '');
    expect(status(el)).to.equal('1 problem');
    expect(problemList(el)[0]).to.match(/^Hours: clinic\.hours\.weekly\.0: needs both an opening and a closing time/);
    expect(seen($(widget(el, 'propel-clinic-hours:not([variant])'), '[part=badge]'))).to.equal('Hours unavailable');

    await change(el, $(el, 'input[list=time-zones]') as HTMLInputElement, 'Mars/Olympus_Mons');
    expect(status(el)).to.equal('2 problems');
    expect(problemList(el)[0]).to.match(/^Hours: clinic\.hours\.timeZone: "Mars\/Olympus_Mons" is not a time zone/);
    await expect(el).to.be.accessible();
  });

  it('a JSON syntax error is shown with its place; the preview keeps the last good document and says so', async () => {
    sinon.stub(console, 'warn');
    const el = await editor();
    const renamed = json(el).value.replace('"name": "Ketamine Therapy"', '"name": "Ketamine Infusions"');
    await typeJson(el, renamed);
    expect(treatmentNames(el)[0]).to.equal('Ketamine Infusions');

    const broken = renamed.replace('"lang": "en",', '"lang": "en"');
    await typeJson(el, broken);
    const line = broken.split('\n').findIndex((l) => l.includes('"article"')) + 1;
    expect(status(el)).to.equal('1 problem');
    expect(problemList(el)).to.deep.equal([`JSON syntax: line ${line}, column 3: expected "," or "}" after the value of "lang"`]);
    expect(json(el).getAttribute('aria-invalid')).to.equal('true');
    expect(treatmentNames(el)[0]).to.equal('Ketamine Infusions');
    expect(seen($(el, '.preview .notice'))).to.equal('The JSON cannot be read, so the preview still shows the last version that could.');
    expect(button(el, 'Download propel-content.json').disabled).to.equal(true);
    expect(($(el, 'fieldset.form') as HTMLFieldSetElement).disabled).to.equal(true);

    $(el, '.problems .problem').click();
    expect(json(el).selectionStart).to.equal(broken.indexOf('"article"'));
    await expect(el).to.be.accessible();
  });

  it('downloads the edited document as propel-content.json, pretty-printed, $schema kept', async () => {
    const el = await editor();
    await change(el, control(el, 'weekly-1', 'Note'), 'Every other Saturday');
    let blob: Blob | undefined;
    sinon.stub(URL, 'createObjectURL').callsFake((b) => ((blob = b as Blob), 'blob:editor-test'));
    sinon.stub(URL, 'revokeObjectURL');
    const click = sinon.stub(HTMLAnchorElement.prototype, 'click');

    button(el, 'Download propel-content.json').click();
    await settle(el);
    expect(click.callCount).to.equal(1);
    const link = click.firstCall.thisValue as HTMLAnchorElement;
    expect(link.download).to.equal('propel-content.json');
    expect(link.href).to.equal('blob:editor-test');
    const downloaded = await blob!.text();
    const expected = defaultDocument();
    expected.clinic.hours.weekly[1]!.note = 'Every other Saturday';
    expect(JSON.parse(downloaded)).to.deep.equal(expected);
    expect(downloaded).to.equal(json(el).value);
    expect(downloaded).to.equal(pretty(expected));
    expect(Object.keys(JSON.parse(downloaded))[0]).to.equal('$schema');
    expect(seen($(el, '.message'))).to.contain('Downloaded propel-content.json.');
    expect(seen($(el, '.toolbar'))).not.to.contain('Changes not downloaded yet');
    await expect(el).to.be.accessible();
  });

  it('says how many problems a download carries', async () => {
    sinon.stub(console, 'warn');
    const el = await editor();
    await typeJson(el, json(el).value.replace('"opens": "09:00"', '"opens": "9am"').replace('"lang": "en"', '"lang": ""'));
    sinon.stub(URL, 'createObjectURL').returns('blob:editor-test');
    sinon.stub(URL, 'revokeObjectURL');
    sinon.stub(HTMLAnchorElement.prototype, 'click');
    button(el, 'Download propel-content.json').click();
    await settle(el);
    expect(seen($(el, '.message'))).to.equal('Downloaded propel-content.json with 2 problems: the widgets will use their built-in content for the broken parts.');
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
      await waitUntil(() => /^(Loaded|Could not)/.test(seen($(el, '.message'))) && seen($(el, '.message')).includes(address), 'the load did not finish');
      await settle(el);
    };
    await load('https://clinic.example/propel-content.json');
    const [requested, init] = fetch.firstCall.args;
    expect(String(requested)).to.equal('https://clinic.example/propel-content.json');
    expect(init).to.include({ mode: 'cors', credentials: 'omit' });
    expect(seen($(el, '.message'))).to.equal('Loaded https://clinic.example/propel-content.json.');
    expect(json(el).value).to.equal(pretty(remote));
    expect(seen($(widget(el, 'propel-location-card'), '[part=title]'))).to.equal('Propel Therapeutics Davis');

    await load('https://clinic.example/missing.json');
    expect(seen($(el, '.message'))).to.equal('Could not load https://clinic.example/missing.json: the server answered 404 Not Found.');
    expect($(el, '.message').classList.contains('error')).to.equal(true);
    expect(json(el).value).to.equal(pretty(remote)); // the document stays

    await load('https://elsewhere.example/c.json');
    expect(seen($(el, '.message'))).to.match(/^Could not load https:\/\/elsewhere\.example\/c\.json: the server could not be reached.*CORS/);
    expect(fetch.callCount).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('opens a local file, pretty-printed', async () => {
    const el = await editor();
    const doc = structuredClone(defaultDocument());
    doc.treatments.heading = 'Our treatments';
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(doc)], 'clinic.json', { type: 'application/json' }));
    const input = $(el, '#file') as HTMLInputElement;
    const load = sinon.spy(el, 'loadFile');
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    expect(load.callCount).to.equal(1);
    await load.firstCall.returnValue; // reading the file
    await settle(el);
    expect(seen($(el, '.message'))).to.equal('Opened clinic.json.');
    expect(json(el).value).to.equal(pretty(doc));
    expect(deepText(widget(el, 'propel-treatment-comparison'))).to.contain('Our treatments');
    await expect(el).to.be.accessible();
  });

  it('adds a yearly closure and removes a rule, with focus kept in the list', async () => {
    const el = await editor();
    button(el, 'Add a closure or special date').click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'exceptions-0', 'From'));
    await change(el, control(el, 'exceptions-0', 'From'), '2026-12-25');
    await change(el, control(el, 'exceptions-0', 'Every year'), true);
    await change(el, control(el, 'exceptions-0', 'Note'), 'Christmas Day');
    expect(JSON.parse(json(el).value).clinic.hours.exceptions).to.deep.equal([{ from: '12-25', status: 'closed', note: 'Christmas Day' }]);
    expect(seen($(el, '[data-row="exceptions-0"] .hint'))).to.contain('Repeats every year on December 25');
    await expect(el).to.be.accessible();

    $(el, '[data-remove="weekly-0"]').click();
    await settle(el);
    expect(JSON.parse(json(el).value).clinic.hours.weekly).to.deep.equal([{ days: ['sat'], status: 'appointment', note: 'Some Saturdays by appointment only' }]);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-remove="weekly-0"]'));
    expect(week(el)[0]).to.equal('Monday Closed');
    await expect(el).to.be.accessible();
  });
});
