// <propel-provider src>: remote documents, shared requests, every kind of failure and both fallbacks.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { PropelProvider } from '../../src/index.js';
import type { PropelContentErrorDetail, PropelContentLoadedDetail } from '../../src/widgets/provider/provider.js';
import { defaultContent } from '../../src/content/default-content.js';
import { issueText } from '../../src/content/issues.js';
import { forgetRequests } from '../../src/content/loader.js';
import { $, $$, deepText, settle, spyWarn, text } from '../helpers.js';

const WIDGETS = html`
  <propel-treatment-comparison></propel-treatment-comparison>
  <propel-diet-grid></propel-diet-grid>
  <propel-guide-section section="sleep"></propel-guide-section>
  <propel-fibro-guide></propel-fibro-guide>
  <propel-clinic-hours variant="week"></propel-clinic-hours>
  <propel-location-card></propel-location-card>
`;

/** A same-origin URL that serves `body` (a blob: URL, so documents of any size work). */
const served = (body: unknown) =>
  URL.createObjectURL(new Blob([typeof body === 'string' ? body : JSON.stringify(body)], { type: 'application/json' }));

function remoteDocument() {
  const doc = structuredClone(defaultContent);
  doc.treatments.heading = 'Remote comparison';
  doc.treatments.items = doc.treatments.items.slice(0, 3);
  doc.diet.heading = 'Remote diet';
  doc.sections.find((s) => s.id === 'sleep')!.heading = 'Remote sleep';
  doc.article.title = 'Remote guide';
  doc.clinic.name = 'Remote Clinic';
  return doc;
}

/** Holds every fetch until `answer()` is called, so a test can look at the widgets while the document loads. */
function holdFetch() {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const realFetch = window.fetch.bind(window);
  const fetchSpy = sinon.stub(window, 'fetch').callsFake(async (...args) => (await answered, realFetch(...args)));
  return { answer, fetchSpy };
}

/** Uncaught errors and unhandled rejections while a test runs. */
function watchUncaught(): () => number {
  let count = 0;
  const onError = () => count++;
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
  return () => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    return count;
  };
}

async function provider(src: string, attrs = html``) {
  const el = await fixture<PropelProvider>(html`<propel-provider src=${src}>${attrs}${WIDGETS}</propel-provider>`);
  return el;
}

/**
 * Every provider event of the test, recorded from the start: a blob: document can load before
 * `fixture()` returns, so a listener added after it would miss the event and time out.
 */
const seen: CustomEvent[] = [];
const record = (event: Event) => seen.push(event as CustomEvent);
for (const type of ['propel-content-loaded', 'propel-content-error']) document.addEventListener(type, record, true);

/** The first `type` event from `target` (optionally for `url`), whether it already fired or is still to come. */
function eventFrom<T>(target: Element, type: 'propel-content-loaded' | 'propel-content-error', url?: string): Promise<CustomEvent<T>> {
  const matches = (event: CustomEvent) => event.type === type && event.target === target && (url === undefined || event.detail.url === url);
  const found = seen.find(matches);
  if (found) return Promise.resolve(found as CustomEvent<T>);
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      if (!matches(event as CustomEvent)) return;
      target.removeEventListener(type, listener);
      resolve(event as CustomEvent<T>);
    };
    target.addEventListener(type, listener);
  });
}

const widget = <K extends keyof HTMLElementTagNameMap>(el: Element, tag: K) => el.querySelector(tag)!;
const rows = (el: Element) => $$(widget(el, 'propel-treatment-comparison'), 'tbody tr').length;

describe('<propel-provider src>', () => {
  afterEach(() => {
    sinon.restore();
    forgetRequests();
    seen.length = 0;
  });

  it('replaces the default in every widget with a valid remote document, and fires propel-content-loaded', async () => {
    const warn = spyWarn();
    const url = served(remoteDocument());
    const el = await fixture<PropelProvider>(html`<div></div>`);
    const loaded = oneEvent(el, 'propel-content-loaded');
    el.innerHTML = `<propel-provider src="${url}">${WIDGETS.strings.join('')}</propel-provider>`;
    const event = (await loaded) as CustomEvent<PropelContentLoadedDetail>;
    expect(event.detail).to.deep.equal({ url, issues: [] });
    const root = el.firstElementChild!;
    await settle(root);
    expect(text($(widget(root, 'propel-treatment-comparison'), '[part=title]'))).to.equal('Remote comparison');
    expect(rows(root)).to.equal(3);
    expect(text($(widget(root, 'propel-diet-grid'), '[part=title]'))).to.equal('Remote diet');
    expect(text($(widget(root, 'propel-guide-section'), '[part=title]'))).to.equal('Remote sleep');
    expect(deepText(widget(root, 'propel-fibro-guide')))
      .to.contain('Remote guide')
      .and.contain('Remote comparison')
      .and.contain('Remote Clinic');
    expect(text($(widget(root, 'propel-location-card'), '[part=title]'))).to.equal('Remote Clinic');
    expect(warn.callCount).to.equal(0);
    await expect(root).to.be.accessible();
  });

  it('shows the embedded default while the document loads, then swaps it in place', async () => {
    // The server answers only when the test says so.
    const { answer } = holdFetch();
    const url = served(remoteDocument());
    const el = await provider(url);
    await settle(el);
    // Rendered before the document arrived: the default content.
    expect(rows(el)).to.equal(6);
    const loaded = oneEvent(el, 'propel-content-loaded');
    answer();
    await loaded;
    await settle(el);
    expect(rows(el)).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('uses the valid entries of a partly broken document, lists the problems in one warning and in the event', async () => {
    const warn = spyWarn();
    const doc = remoteDocument() as unknown as Record<string, any>;
    doc.treatments.items[0].category = 'surgery';
    const url = served(doc);
    const el = await provider(url);
    const event = await eventFrom<PropelContentLoadedDetail>(el, 'propel-content-loaded');
    await settle(el);
    expect(event.detail.issues).to.deep.equal([
      { path: 'treatments.items.0.category', message: 'expected one of procedure, medication, lifestyle, alternative, got "surgery"' },
    ]);
    expect(rows(el), 'the default treatments').to.equal(6);
    expect(text($(widget(el, 'propel-diet-grid'), '[part=title]')), 'the document’s diet').to.equal('Remote diet');
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain(url).and.contain('treatments.items.0.category');
    await expect(el).to.be.accessible();
  });

  const failures: Array<[string, () => string, PropelContentErrorDetail['reason'], string]> = [
    ['truncated JSON', () => served(JSON.stringify(remoteDocument()).slice(0, 500)), 'parse', 'not JSON'],
    ['a document of the wrong shape', () => served({ hello: 'world' }), 'shape', 'version: expected one of 1, 2, got nothing'],
    [
      'a JSON value that is not a document',
      () => served('[1, 2, 3]'),
      'shape',
      '(root): expected a content document (a JSON object), got an array',
    ],
    ['HTTP 404', () => '/__propel/echo?status=404&body=missing', 'status', 'HTTP 404'],
    ['HTTP 500', () => '/__propel/echo?status=500', 'status', 'HTTP 500'],
    ['a server that does not exist', () => 'http://127.0.0.1:9/propel-content.json', 'network', ''],
  ];
  for (const [name, url, reason, issue] of failures) {
    it(`keeps the default after ${name}: one warning naming the URL, propel-content-error, no uncaught error`, async () => {
      const warn = spyWarn();
      const uncaught = watchUncaught();
      const src = url();
      const el = await provider(src);
      const event = await eventFrom<PropelContentErrorDetail>(el, 'propel-content-error');
      await settle(el);
      expect(event.detail.url).to.equal(src);
      expect(event.detail.reason).to.equal(reason);
      expect(event.detail.issues.map(issueText).join(' ')).to.contain(issue);
      expect(rows(el)).to.equal(6);
      const card = widget(el, 'propel-location-card');
      expect(text($(card, '[part=title]'))).to.equal('Propel Therapeutics');
      // Prose falls back; the hours never do, and the card gives no address it was not given.
      expect(text($(card.shadowRoot!.querySelector('propel-clinic-hours')!, '[part=badge]'))).to.equal('Hours unavailable');
      expect(card.shadowRoot!.querySelector('[part=address]')).to.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain(src).and.contain(`(${reason})`);
      expect(uncaught()).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('gives up on a server that never answers after the timeout (default 10 s), and aborts the request', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetchSpy = sinon.spy(window, 'fetch');
    const warn = spyWarn();
    const el = await provider('/__propel/hang');
    const failed = oneEvent(el, 'propel-content-error');
    await clock.tickAsync(9_999);
    expect(fetchSpy.firstCall.args[1]!.signal!.aborted, 'still waiting at 9.999 s').to.be.false;
    await clock.tickAsync(1);
    const event = (await failed) as CustomEvent<PropelContentErrorDetail>;
    expect(event.detail.reason).to.equal('timeout');
    expect(fetchSpy.firstCall.args[1]!.signal!.aborted).to.be.true;
    clock.restore();
    await settle(el);
    expect(rows(el)).to.equal(6);
    expect(warn.callCount).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('takes its timeout from the timeout attribute, and warns once about a malformed one', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const warn = spyWarn();
    const el = await provider('/__propel/hang?short', html``);
    el.timeout = 500;
    el.src = '/__propel/hang?again';
    await el.updateComplete;
    const failed = oneEvent(el, 'propel-content-error');
    await clock.tickAsync(500);
    expect(((await failed) as CustomEvent<PropelContentErrorDetail>).detail.url).to.equal('/__propel/hang?again');
    el.setAttribute('timeout', 'soon');
    el.src = '/__propel/hang?third';
    await el.updateComplete;
    expect(warn.args.map((a) => a[0]).filter((m: string) => m.includes('timeout="soon"'))).to.have.length(1);
    clock.restore();
    await expect(el).to.be.accessible();
  });

  it('aborts the request when the provider is removed, without a warning or an event', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const warn = spyWarn();
    const uncaught = watchUncaught();
    const el = await provider('/__propel/hang?disconnect');
    const events = sinon.spy();
    el.addEventListener('propel-content-error', events);
    const signal = fetchSpy.firstCall.args[1]!.signal!;
    expect(signal.aborted).to.be.false;
    el.remove();
    expect(signal.aborted).to.be.true;
    await new Promise((r) => setTimeout(r, 50));
    expect(events.callCount).to.equal(0);
    expect(warn.callCount).to.equal(0);
    expect(uncaught()).to.equal(0);
  });

  it('moved to another parent while loading, asks again and still provides the document', async () => {
    const { answer, fetchSpy } = holdFetch();
    const el = await provider(served(remoteDocument()));
    const elsewhere = document.createElement('section');
    el.after(elsewhere);
    elsewhere.append(el);
    const loaded = oneEvent(el, 'propel-content-loaded');
    answer();
    await loaded;
    await settle(el);
    expect(fetchSpy.callCount, 'the abandoned request and the new one').to.equal(2);
    expect(rows(el)).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('aborts the previous request when src changes, and uses only the new document', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const el = await provider('/__propel/hang?first');
    const first = fetchSpy.firstCall.args[1]!.signal!;
    const loaded = oneEvent(el, 'propel-content-loaded');
    el.src = served(remoteDocument());
    await el.updateComplete;
    expect(first.aborted).to.be.true;
    await loaded;
    await settle(el);
    expect(rows(el)).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('shares one request between providers with the same src, and fetches with CORS, no credentials and no referrer', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const url = served(remoteDocument());
    const el = await fixture(
      html`<div>
        <propel-provider src=${url}><propel-treatment-comparison></propel-treatment-comparison></propel-provider>
        <propel-provider src=${url}><propel-diet-grid></propel-diet-grid></propel-provider>
      </div>`,
    );
    const [a, b] = el.querySelectorAll('propel-provider');
    await Promise.all([eventFrom(a!, 'propel-content-loaded'), eventFrom(b!, 'propel-content-loaded')]);
    expect(fetchSpy.callCount).to.equal(1);
    expect(fetchSpy.firstCall.args[1]).to.deep.include({ mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer' });
    // A third provider, later, reuses the answer: no new request.
    const c = document.createElement('propel-provider');
    c.src = url;
    const late = oneEvent(c, 'propel-content-loaded');
    el.append(c);
    await late;
    expect(fetchSpy.callCount).to.equal(1);
    await settle(el);
    expect(rows(a!)).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('does not retry a failed URL: a second provider gets the same answer without a request or a second warning', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const warn = spyWarn();
    const one = await provider('/__propel/echo?status=503&once');
    await eventFrom(one, 'propel-content-error');
    const two = document.createElement('propel-provider');
    two.src = '/__propel/echo?status=503&once';
    const failed = oneEvent(two, 'propel-content-error');
    one.after(two);
    await failed;
    expect(fetchSpy.callCount).to.equal(1);
    expect(warn.callCount).to.equal(1);
  });

  describe('fallback="error"', () => {
    it('shows a visible, accessible message in every widget when the document fails', async () => {
      spyWarn();
      const el = await provider('/__propel/echo?status=404&error-mode', html``);
      el.fallback = 'error';
      await eventFrom(el, 'propel-content-error');
      await settle(el);
      for (const tag of ['propel-treatment-comparison', 'propel-diet-grid', 'propel-guide-section', 'propel-location-card'] as const) {
        const message = $(widget(el, tag), '[part=message]');
        expect(text(message), tag).to.equal('This information could not be loaded. Please try again later.');
        expect(message.getAttribute('role')).to.equal('status');
        expect(message.getBoundingClientRect().height, `${tag} message is visible`).to.be.greaterThan(10);
      }
      expect($$(widget(el, 'propel-treatment-comparison'), 'table')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows the default while loading, and only the broken entry’s widgets show the message', async () => {
      spyWarn();
      const doc = remoteDocument() as unknown as Record<string, any>;
      doc.diet = 'not a diet';
      const { answer } = holdFetch();
      const el = await provider(served(doc), html``);
      el.fallback = 'error';
      await el.updateComplete;
      await settle(el);
      expect(rows(el), 'the default while loading').to.equal(6);
      answer();
      await eventFrom(el, 'propel-content-loaded');
      await settle(el);
      expect(rows(el)).to.equal(3);
      expect(text($(widget(el, 'propel-diet-grid'), '[part=message]'))).to.contain('could not be loaded');
      await expect(el).to.be.accessible();
    });

    it('warns once about an unknown fallback value and uses the default', async () => {
      const warn = spyWarn();
      const el = await fixture<PropelProvider>(
        html`<propel-provider fallback="explode" .content=${{ version: 1 }}>
          <propel-treatment-comparison></propel-treatment-comparison>
        </propel-provider>`,
      );
      await settle(el);
      expect(rows(el)).to.equal(6);
      expect(warn.args.filter((a) => String(a[0]).includes('fallback="explode"'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
