// The clinic's hours never fall back to the embedded ones. The staff edit Friday to close at 17:00
// and add a Christmas Eve closure, then make one more slip. At Friday 17:30 and at December 24,
// 10:00 (Pacific), the edited document means closed and the embedded hours mean open: whatever the
// slip, no surface may say open, and an event names the problem.
import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/index.js';
import type { PropelClinicHours, PropelLocationCard, PropelProvider } from '../../src/index.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { ContentIssue } from '../../src/content/issues.js';
import { validateContent } from '../../src/content/validate.js';
import { statusAt } from '../../src/widgets/clinic-hours/hours.js';
import { mutationsOf } from '../fixtures/mutations.js';
import { $, $$, deepText, fixture, inWidth, say, seen, settle, spyWarn } from '../helpers.js';

/** Friday, December 4 2026, 17:30 PST. */
const FRI_1730 = '2026-12-05T01:30:00Z';
/** Thursday, December 24 2026, 10:00 PST. */
const DEC24_1000 = '2026-12-24T18:00:00Z';
const INSTANTS = [FRI_1730, DEC24_1000];

type Doc = Record<string, any>;

/** The staff's edit: Friday closes at 17:00, and Christmas Eve is closed every year. */
function edited(): Doc {
  const doc = structuredClone(defaultContent) as Doc;
  doc.clinic.hours.weekly = [
    { days: ['mon', 'tue', 'wed', 'thu'], status: 'open', opens: '09:00', closes: '19:00' },
    { days: ['fri'], status: 'open', opens: '09:00', closes: '17:00' },
    { days: ['sat'], status: 'appointment', note: 'Some Saturdays by appointment only' },
  ];
  doc.clinic.hours.exceptions = [{ from: '12-24', status: 'closed', note: 'Christmas Eve' }];
  return doc;
}

/** One more slip on top of the edit, and the place of the problem it makes. */
const SLIPS: Array<[name: string, slip: (doc: Doc) => void, path: string]> = [
  ['a closing time of 25:00', (d) => (d.clinic.hours.weekly[1].closes = '25:00'), 'clinic.hours.weekly.1.closes'],
  ['a misspelt day ("tues")', (d) => (d.clinic.hours.weekly[0].days[1] = 'tues'), 'clinic.hours.weekly.0.days.1'],
  [
    'an impossible date (February 30)',
    (d) => d.clinic.hours.exceptions.push({ from: '2026-02-30', status: 'closed' }),
    'clinic.hours.exceptions.1.from',
  ],
  [
    'overlapping rules',
    (d) => d.clinic.hours.weekly.push({ days: ['fri'], status: 'open', opens: '16:00', closes: '18:00' }),
    'clinic.hours.weekly.3',
  ],
  ['an unknown time zone', (d) => (d.clinic.hours.timeZone = 'America/Sacramento'), 'clinic.hours.timeZone'],
];

const PAGE = html`
  <propel-clinic-hours structured-data></propel-clinic-hours>
  <propel-clinic-hours variant="week"></propel-clinic-hours>
  <propel-location-card></propel-location-card>
  <propel-fibro-guide></propel-fibro-guide>
`;

/** The provider events of the page, recorded from the start (the `content` property's fires on the provider's first update). */
function recordEvents(): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const record = (event: Event) => events.push(event as CustomEvent);
  document.addEventListener('propel-content-loaded', record, true);
  document.addEventListener('propel-content-error', record, true);
  return {
    events,
    stop: () => {
      document.removeEventListener('propel-content-loaded', record, true);
      document.removeEventListener('propel-content-error', record, true);
    },
  };
}

/** Every hours badge on the page, through shadow roots: the page's own, the card's, the guide's. */
function badges(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: Element) => {
    if (node.localName === 'propel-clinic-hours') found.push(...$$(node, '[part=badge]'));
    for (const child of node.shadowRoot?.children ?? []) walk(child);
    for (const child of node.children) walk(child);
  };
  walk(root);
  return found;
}

/** The page's text, through every widget's shadow root (the provider's own root only slots them). */
const pageText = (provider: Element) => [...provider.children].map(deepText).join(' ');
/** An element's words, shown or not (the card's week is in a closed <details>). */
const words = (el: Element) => say(el.textContent ?? '');

const jsonLd = () => document.querySelector<HTMLScriptElement>('script[data-propel-clinic]');

describe('the hours never fall back', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let stop: (() => void) | undefined;

  afterEach(() => {
    stop?.();
    clock?.restore();
    clock = undefined;
    sinon.restore();
    jsonLd()?.remove();
  });

  /** The page under a provider with `doc`, at `now` (only `Date` is faked: widgets read the clock from it). */
  async function page(doc: Doc, now: string) {
    clock = sinon.useFakeTimers({ now: new Date(now), toFake: ['Date'] });
    const recorder = recordEvents();
    stop = recorder.stop;
    const provider = await fixture<PropelProvider>(html`<propel-provider .content=${doc}>${PAGE}</propel-provider>`);
    await settle(provider);
    return { provider, events: recorder.events };
  }

  it('is a real test: at both instants the embedded hours say open and the edited document says closed', () => {
    for (const now of INSTANTS) {
      expect(statusAt(defaultContent.clinic.hours, new Date(now)).state, `embedded, ${now}`).to.equal('open');
      const { hours } = validateContent(edited()).content!.clinic!;
      expect(statusAt(hours!, new Date(now)).state, `edited, ${now}`).to.equal('closed');
    }
  });

  for (const now of INSTANTS) {
    it(`the edit alone: every surface shows the document's hours (${now})`, async () => {
      const warn = spyWarn();
      const { provider, events } = await page(edited(), now);
      const expected = now === FRI_1730 ? 'Closed · opens Mon 9 AM' : 'Closed today · Christmas Eve · opens Fri 9 AM';
      const texts = badges(provider).map(words);
      expect(texts, 'the page’s badge, the week’s notice-free table, the card’s badge').to.include(expected);
      expect(texts.every((text) => !/^Open|^Closing soon|unavailable/.test(text))).to.be.true;
      const guideCard = provider.querySelector('propel-fibro-guide')!.shadowRoot!.querySelector('propel-location-card')!;
      const guideWeek = guideCard.shadowRoot!.querySelector('propel-clinic-hours[variant=week]')!;
      expect(words($$(guideWeek, 'tbody tr')[4]!), 'the guide’s Friday').to.match(/^Friday(, Today)? 9 AM – 5 PM$/);
      expect(JSON.parse(jsonLd()!.textContent).openingHoursSpecification).to.deep.include({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Friday'],
        opens: '09:00',
        closes: '17:00',
      });
      expect(events.map((e) => [e.type, e.detail.issues])).to.deep.equal([['propel-content-loaded', []]]);
      expect(warn.callCount).to.equal(0);
      await expect(provider).to.be.accessible();
    });

    for (const [name, slip, path] of SLIPS) {
      it(`${name}: no surface says open, each says "Hours unavailable", an event names ${path} (${now})`, async () => {
        const warn = spyWarn();
        const doc = edited();
        slip(doc);
        const { provider, events } = await page(doc, now);
        const text = pageText(provider);
        expect(text).not.to.match(/Open now|Closing soon|opens (today|tomorrow|Mon)/);
        const shown = badges(provider).map(words);
        // The page's badge and week, the card's badge and week, the guide's location card's badge and week.
        expect(shown).to.have.length(6);
        for (const badge of shown) expect(badge).to.equal('Hours unavailable · see the clinic’s website');
        const week = provider.querySelector('propel-clinic-hours[variant=week]')!;
        expect(week.shadowRoot!.querySelector('table'), 'no week table').to.equal(null);
        expect(jsonLd(), 'no JSON-LD hours').to.equal(null);
        const card = provider.querySelector<PropelLocationCard>('propel-location-card')!;
        expect(seen($(card, '[part=address]')), 'the address is still the document’s').to.contain('1010 Hurley Way');
        const link = $(provider.querySelector('propel-clinic-hours')!, '[part=contact]') as HTMLAnchorElement;
        expect(link.href).to.equal(defaultContent.clinic.url);
        expect(events.map((e) => e.type)).to.deep.equal(['propel-content-loaded']);
        const issues = events[0]!.detail.issues as ContentIssue[];
        expect(issues.map((issue) => issue.path)).to.include(path);
        expect(warn.callCount, 'one warning, the provider’s').to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain(path);
        await expect(provider).to.be.accessible();
      });
    }

    it(`a number typed into the street address costs the address only: the document's own hours still show (${now})`, async () => {
      const warn = spyWarn();
      const doc = edited();
      doc.clinic.address.street = 1010;
      const { provider, events } = await page(doc, now);
      const expected = now === FRI_1730 ? 'Closed · opens Mon 9 AM' : 'Closed today · Christmas Eve · opens Fri 9 AM';
      expect(seen($(provider.querySelector('propel-clinic-hours')!, '[part=badge]'))).to.equal(expected);
      const card = provider.querySelector<PropelLocationCard>('propel-location-card')!;
      expect(seen($(card.shadowRoot!.querySelector('propel-clinic-hours')!, '[part=badge]'))).to.equal(expected);
      // Never the embedded address: left out, with the directions built from it.
      expect(card.shadowRoot!.querySelector('[part=address]')).to.equal(null);
      expect(card.shadowRoot!.querySelector('[part=directions]')).to.equal(null);
      expect(pageText(provider)).not.to.contain('1010 Hurley Way');
      const ld = JSON.parse(jsonLd()!.textContent);
      expect(ld.address, 'no address in the JSON-LD').to.equal(undefined);
      expect(ld.openingHoursSpecification).to.have.length(2);
      expect(events[0]!.detail.issues).to.deep.equal([{ path: 'clinic.address.street', message: 'expected a string, got 1010' }]);
      expect(warn.callCount).to.equal(1);
      await expect(provider).to.be.accessible();
    });
  }

  it('fast-check: for a mutated edited document, the badge shows the document’s own state or "Hours unavailable", never the embedded hours’', async () => {
    const warn = spyWarn();
    clock = sinon.useFakeTimers({ now: new Date(FRI_1730), toFake: ['Date'] });
    const provider = await fixture<PropelProvider>(html`<propel-provider><propel-clinic-hours></propel-clinic-hours></propel-provider>`);
    const badge = provider.querySelector<PropelClinicHours>('propel-clinic-hours')!;
    let checked = 0;
    let unavailable = 0;
    await fc.assert(
      fc.asyncProperty(mutationsOf(edited()), fc.constantFrom(...INSTANTS), async ({ doc }, now) => {
        clock!.setSystemTime(new Date(now));
        provider.content = doc as never;
        await settle(provider);
        badge.requestUpdate();
        await settle(provider);
        const hours = validateContent(doc).content?.clinic?.hours;
        const text = seen($(badge, '[part=badge]'));
        if (hours) {
          expect(badge.state).to.equal(statusAt(hours, new Date(now), 60).state);
        } else {
          unavailable++;
          expect(badge.state).to.equal(undefined);
          expect(text).to.match(/^Hours unavailable/);
        }
        // The embedded hours say open at both instants: a fallback would say so.
        if (!hours || statusAt(hours, new Date(now)).state !== 'open') expect(text).not.to.match(/^Open/);
        checked++;
      }),
      { numRuns: 60 },
    );
    expect(checked).to.equal(60);
    expect(unavailable, 'some mutations break the hours').to.be.greaterThan(0);
    expect(warn.called).to.be.true;
    provider.content = edited() as never;
    await settle(provider);
    await expect(provider).to.be.accessible();
  });
});

describe('hours while a document loads, and when it fails', () => {
  afterEach(() => sinon.restore());

  it('says "Checking the hours…" (never the embedded hours) while the document loads, and leaves out the address', async () => {
    const provider = await fixture<PropelProvider>(
      html`<propel-provider src="/__propel/hang"
        ><propel-clinic-hours></propel-clinic-hours><propel-location-card></propel-location-card
      ></propel-provider>`,
    );
    await settle(provider);
    const badge = provider.querySelector('propel-clinic-hours')!;
    expect(seen($(badge, '[part=badge]'))).to.equal('Checking the hours…');
    const card = provider.querySelector('propel-location-card')!;
    expect(seen($(card.shadowRoot!.querySelector('propel-clinic-hours')!, '[part=badge]'))).to.equal('Checking the hours…');
    expect(card.shadowRoot!.querySelector('[part=address]')).to.equal(null);
    // The prose, which may fall back, shows meanwhile.
    expect(seen($(card, '[part=title]'))).to.equal('Propel Therapeutics');
    await expect(provider).to.be.accessible();
    provider.remove();
  });

  it('says "Hours unavailable" when the server fails: one warning, propel-content-error, no link (no document to take it from)', async () => {
    const warn = spyWarn();
    // Listened for before the provider exists: the 502 can come back while the fixture settles.
    const failed = new Promise((resolve) => document.addEventListener('propel-content-error', resolve, { once: true }));
    const provider = await fixture<PropelProvider>(
      html`<propel-provider src="/__propel/echo?status=502"><propel-clinic-hours></propel-clinic-hours></propel-provider>`,
    );
    await failed;
    await settle(provider);
    const badge = provider.querySelector('propel-clinic-hours')!;
    expect(seen($(badge, '[part=badge]'))).to.equal('Hours unavailable');
    expect(badge.shadowRoot!.querySelector('[part=contact]')).to.equal(null);
    expect(warn.callCount).to.equal(1);
    await expect(provider).to.be.accessible();
  });
});

describe('the badge says why, on one line, and is heard when it changes', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
  });

  const LONG = 'Closed for the staff’s annual training day and the move of our infusion suite to the second floor';

  it('keeps the badge on one line at 320 px: a long note is shortened on screen, and read whole', async () => {
    const doc = edited();
    doc.clinic.hours.exceptions = [{ from: '2026-12-24', status: 'closed', note: LONG }];
    const wrapper = await inWidth<HTMLElement>(
      320,
      html`<propel-provider .content=${doc}><propel-clinic-hours .now=${new Date(DEC24_1000)}></propel-clinic-hours></propel-provider>`,
    );
    const badge = wrapper.querySelector('propel-clinic-hours')!;
    await settle(wrapper);
    const pill = $(badge, '[part=badge]');
    const reason = $(badge, '.reason');
    const lineHeight = parseFloat(getComputedStyle($(badge, '.words')).lineHeight);
    expect(pill.getBoundingClientRect().width, 'within 320 px').to.be.at.most(320);
    expect($(badge, '.words').getBoundingClientRect().height, 'one line').to.be.below(lineHeight * 1.5);
    expect(reason.scrollWidth, 'the note is shortened on screen').to.be.greaterThan(reason.clientWidth);
    expect(pill.textContent.replace(/\s+/g, ' ')).to.contain(LONG);
    expect(seen(pill)).to.match(/^Closed today · Closed for the staff’s annual training/);
    expect(seen(pill)).to.match(/opens Fri 9 AM$/);
    await expect(badge).to.be.accessible();
  });

  it('is a polite live region (the week table is not), whose text changes in place when the state flips', async () => {
    clock = sinon.useFakeTimers({ now: new Date('2026-12-05T00:59:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] }); // Fri 16:59
    const provider = await fixture<PropelProvider>(
      html`<propel-provider .content=${edited()}
        ><propel-clinic-hours closes-soon="0"></propel-clinic-hours><propel-clinic-hours variant="week"></propel-clinic-hours
      ></propel-provider>`,
    );
    const [badge, week] = [...provider.querySelectorAll('propel-clinic-hours')] as PropelClinicHours[];
    const pill = $(badge!, '[part=badge]');
    expect(pill.getAttribute('role')).to.equal('status');
    expect(week!.shadowRoot!.querySelector('[role=status]')).to.equal(null);
    expect(seen(pill)).to.equal('Open now · closes 5 PM');
    clock.tick(60_000);
    await badge!.updateComplete;
    expect($(badge!, '[part=badge]'), 'the same live region').to.equal(pill);
    expect(seen(pill)).to.equal('Closed · opens Mon 9 AM');
    expect(document.activeElement, 'focus does not move').to.equal(document.body);
    clock.restore();
    clock = undefined;
    await expect(provider).to.be.accessible();
  });
});

describe('the week view and the card announce what is coming up', () => {
  it('lists a closure within the week above the week table, and on the card', async () => {
    const doc = edited();
    const now = new Date('2026-12-21T18:00:00Z'); // Monday, December 21, 10:00
    const provider = await fixture<PropelProvider>(
      html`<propel-provider .content=${doc}
        ><propel-clinic-hours variant="week" .now=${now}></propel-clinic-hours><propel-location-card .now=${now}></propel-location-card
      ></propel-provider>`,
    );
    await settle(provider);
    const week = provider.querySelector('propel-clinic-hours')!;
    const notice = $(week, '[part=notice]');
    expect(seen(notice)).to.equal('Coming up: Thu, Dec 24: Closed (Christmas Eve)');
    expect(notice.compareDocumentPosition($(week, 'table')) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the table').to.be.greaterThan(0);
    const card = provider.querySelector('propel-location-card')!;
    expect(seen($(card, '[part=notice]'))).to.equal('Coming up: Thu, Dec 24: Closed (Christmas Eve)');
    await expect(provider).to.be.accessible();
  });

  it('the card says nothing of a closure more than a week away; the week view lists it', async () => {
    const now = new Date('2026-12-07T18:00:00Z'); // Monday, December 7
    const provider = await fixture<PropelProvider>(
      html`<propel-provider .content=${edited()}
        ><propel-clinic-hours variant="week" .now=${now}></propel-clinic-hours><propel-location-card .now=${now}></propel-location-card
      ></propel-provider>`,
    );
    await settle(provider);
    const card = provider.querySelector('propel-location-card')!;
    expect(card.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
    expect(seen($(provider.querySelector('propel-clinic-hours')!, '[part=exceptions]'))).to.equal('Thu, Dec 24: Closed (Christmas Eve)');
    await expect(provider).to.be.accessible();
  });
});

describe('each widget declares the entries it renders', () => {
  afterEach(() => sinon.restore());

  it('under fallback="error", a document whose only broken entry is the diet still shows the sleep section', async () => {
    spyWarn();
    const doc = structuredClone(defaultContent) as Doc;
    doc.diet = 'not a diet';
    const provider = await fixture<PropelProvider>(
      html`<propel-provider fallback="error" .content=${doc}
        ><propel-guide-section section="sleep"></propel-guide-section><propel-diet-grid></propel-diet-grid
      ></propel-provider>`,
    );
    await settle(provider);
    const [section, grid] = [provider.querySelector('propel-guide-section')!, provider.querySelector('propel-diet-grid')!];
    expect(seen($(section, '[part=title]'))).to.equal('The Role of Sleep in Fibromyalgia Management');
    expect(section.shadowRoot!.querySelector('[part=message]')).to.equal(null);
    expect(seen($(grid, '[part=message]'))).to.equal('This information could not be loaded. Please try again later.');
    await expect(provider).to.be.accessible();
  });
});

describe('a provider with no document', () => {
  afterEach(() => sinon.restore());

  it('(only a theme, or page-wide with only a locale) leaves the embedded hours in use', async () => {
    const warn = spyWarn();
    const now = new Date('2026-11-23T18:00:00Z'); // Monday, 10:00 in Los Angeles: open
    const provider = await fixture<PropelProvider>(
      html`<propel-provider theme="dark"
        ><propel-clinic-hours .now=${now}></propel-clinic-hours><propel-location-card .now=${now}></propel-location-card
      ></propel-provider>`,
    );
    await settle(provider);
    expect(seen($(provider.querySelector('propel-clinic-hours')!, '[part=badge]'))).to.equal('Open now · closes 7 PM');
    const card = provider.querySelector('propel-location-card')!;
    expect(seen($(card, '[part=address]'))).to.contain('1010 Hurley Way');
    const global = await fixture<PropelProvider>(
      html`<div><propel-provider global locale="es"></propel-provider><propel-clinic-hours .now=${now}></propel-clinic-hours></div>`,
    );
    await settle(global);
    expect(seen($(global.querySelector('propel-clinic-hours')!, '[part=badge]'))).to.match(/^Abierto ahora · cierra a las /);
    expect(warn.callCount).to.equal(0);
    await expect(provider).to.be.accessible();
  });
});
