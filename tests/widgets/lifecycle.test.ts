// No leaks, elements that move, and errors that stay inside one widget.
import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { PropelTreatmentComparison, type PropelProvider } from '../../src/index.js';
import { fixture, $, $$, deepText, settle, spyWarn, text, trackTimers, TAGS } from '../helpers.js';

type Counted = { add: number; remove: number };

/** Counts listeners added to and removed from window and document while `run` runs. */
async function countListeners(run: () => Promise<void>): Promise<Record<'window' | 'document', Counted>> {
  const counts = { window: { add: 0, remove: 0 }, document: { add: 0, remove: 0 } };
  const targets = [
    [window, counts.window],
    [document, counts.document],
  ] as const;
  const restore = targets.map(([target, count]) => {
    // The original methods, called with `apply` on their own target and put back as they were.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const add = target.addEventListener;
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
      count.add++;
      return add.apply(this, args);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
      count.remove++;
      return remove.apply(this, args);
    } as typeof remove;
    return () => Object.assign(target, { addEventListener: add, removeEventListener: remove });
  });
  try {
    await run();
  } finally {
    restore.forEach((r) => r());
  }
  return counts;
}

describe('lifecycle', () => {
  afterEach(() => sinon.restore());

  it('thousands of attach/detach cycles of every widget leave no pending timer and no listener on window or document', async function () {
    // 2,100 cycles: a few seconds alone, past the suite's 10 s in WebKit on a loaded 2-core machine.
    this.timeout(40_000);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const elements = TAGS.map((tag) => {
      const el = document.createElement(tag);
      if (tag === 'propel-guide-section') el.setAttribute('section', 'sleep');
      if (tag === 'propel-clinic-hours') el.setAttribute('structured-data', '');
      return el;
    });
    const timers = trackTimers();
    let counts: Awaited<ReturnType<typeof countListeners>>;
    try {
      counts = await countListeners(async () => {
        for (let round = 0; round < 300; round++) {
          for (const el of elements) host.append(el);
          if (round % 50 === 0) await settle(host);
          for (const el of elements) el.remove();
          // Detached while an update may be pending: nothing must keep running.
        }
        await new Promise((r) => setTimeout(r, 20));
      });
    } finally {
      timers.restore();
    }
    expect(timers.pending(), 'pending timers after detaching everything').to.equal(0);
    expect(counts.window.add - counts.window.remove, 'net listeners on window').to.be.at.most(0);
    expect(counts.document.add - counts.document.remove, 'net listeners on document').to.be.at.most(0);
    // 2,100 attach/detach cycles in all; the elements still work afterwards.
    const table = elements.find((el) => el.localName === 'propel-treatment-comparison')!;
    host.append(table);
    await settle(host);
    expect($$(table, 'tbody tr')).to.have.length(6);
    await expect(host).to.be.accessible();
  });

  it('renders each widget on the page first in a task of its own, and a widget another renders in its parent’s task', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const [a, b] = [document.createElement('propel-diet-grid'), document.createElement('propel-diet-grid')];
    host.append(a, b);
    await a.updateComplete;
    expect(a.hasUpdated).to.be.true;
    expect(b.hasUpdated, 'the second waits for a task of its own').to.be.false;
    await b.updateComplete;
    const guide = document.createElement('propel-fibro-guide');
    host.append(guide);
    await guide.updateComplete;
    // Microtasks only: no task may run before the composed widgets have rendered.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    const nested = [
      ...guide.shadowRoot!.querySelectorAll<PropelTreatmentComparison>(
        'propel-guide-section, propel-diet-grid, propel-treatment-comparison',
      ),
    ];
    expect(nested.length).to.be.greaterThan(10);
    expect(nested.filter((el) => !el.hasUpdated).map((el) => el.id)).to.deep.equal([]);
    await settle(host);
    await expect(host).to.be.accessible();
  });

  it('a comparison moved to another parent keeps its state and keeps sorting', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <section id="a"></section>
        <section id="b"></section>
      </div>`,
    );
    const el = document.createElement('propel-treatment-comparison');
    page.querySelector('#a')!.append(el);
    await el.updateComplete;
    $$(el, 'thead button')[0]!.click();
    await el.updateComplete;
    page.querySelector('#b')!.append(el);
    await el.updateComplete;
    expect($(el, 'th[aria-sort]').getAttribute('aria-sort')).to.equal('ascending');
    $$(el, 'thead button')[0]!.click();
    await el.updateComplete;
    expect($(el, 'th[aria-sort]').getAttribute('aria-sort')).to.equal('descending');
    const names = $$(el, 'tbody th .name').map(text);
    expect([names[0], names[5]]).to.deep.equal(['Ketamine Therapy', 'Acupuncture']);
    await expect(el).to.be.accessible();
  });

  it('a widget moved out of one provider and into another follows the new provider', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <propel-provider id="one" locale="es"><propel-diet-grid></propel-diet-grid></propel-provider>
        <propel-provider id="two" locale="en-GB"></propel-provider>
      </div>`,
    );
    const grid = page.querySelector('propel-diet-grid')!;
    await settle(page);
    expect(text($(grid, '[part=footer]'))).to.contain('Fuente:');
    page.querySelector<PropelProvider>('#two')!.append(grid);
    await settle(page);
    expect(text($(grid, '[part=footer]')))
      .to.contain('Source:')
      .and.contain('1 October 2024');
    await expect(page).to.be.accessible();
  });

  it('an hours badge moved to another parent stays live: one pending wake-up, none once removed', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <p id="a"></p>
        <p id="b"></p>
      </div>`,
    );
    const timers = trackTimers();
    const pendingTimers = timers.pending;
    try {
      const badge = document.createElement('propel-clinic-hours');
      page.querySelector('#a')!.append(badge);
      await badge.updateComplete;
      expect(pendingTimers()).to.equal(1);
      page.querySelector('#b')!.append(badge);
      await badge.updateComplete;
      expect(pendingTimers(), 'still live after the move').to.equal(1);
      expect(text($(badge, '[part=badge]'))).to.not.equal('');
      badge.remove();
      expect(pendingTimers()).to.equal(0);
    } finally {
      timers.restore();
    }
  });
});

/** A comparison whose own render throws, as a bug in one widget would. */
class Exploding extends PropelTreatmentComparison {
  protected override renderContent(): never {
    throw new Error('boom');
  }
}
customElements.define('propel-exploding-test', Exploding);

describe('errors stay inside one widget', () => {
  afterEach(() => sinon.restore());

  it('a widget whose render throws shows a message and warns once; the others render', async () => {
    const warn = spyWarn();
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <propel-exploding-test></propel-exploding-test>
        <propel-diet-grid></propel-diet-grid>
        <propel-treatment-comparison></propel-treatment-comparison>
      </div>`,
    );
    await settle(page);
    const broken = page.querySelector('propel-exploding-test')!;
    expect(text($(broken, '[part=message]'))).to.equal('This information cannot be shown right now.');
    expect($(broken, '[part=message]').getAttribute('role')).to.equal('status');
    expect($$(page.querySelector('propel-treatment-comparison')!, 'tbody tr')).to.have.length(6);
    expect(deepText(page.querySelector('propel-diet-grid')!)).to.contain('Anti-inflammatory Foods');
    (broken as Exploding).requestUpdate();
    await (broken as Exploding).updateComplete;
    expect(warn.callCount, 'one warning, however often it re-renders').to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('<propel-exploding-test>: could not render: boom');
    await expect(page).to.be.accessible();
  });

  it('a property value that throws while the template commits gives a message, and the widget recovers when it is fixed', async () => {
    const warn = spyWarn();
    const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison></propel-treatment-comparison>`);
    el.caption = {
      toString() {
        throw new Error('hostile toString');
      },
    } as unknown as string;
    await el.updateComplete;
    expect(text($(el, '[part=message]'))).to.equal('This information cannot be shown right now.');
    expect(warn.callCount).to.equal(1);
    el.caption = 'Back to normal';
    await el.updateComplete;
    expect(text($(el, '[part=title]'))).to.equal('Back to normal');
    expect($$(el, 'tbody tr')).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('properties of the wrong type get a warning and a fallback, never an uncaught error', async () => {
    const warn = spyWarn();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    try {
      const el = await fixture<PropelTreatmentComparison>(html`<propel-treatment-comparison></propel-treatment-comparison>`);
      for (const [key, value] of [
        ['treatments', 42],
        ['highlight', { id: 'x' }],
        ['sortColumn', ['benefits']],
        ['sortDirection', null],
        ['headingLevel', 'three'],
        ['category', 7],
        ['theme', 12],
      ] as const) {
        (el as unknown as Record<string, unknown>)[key] = value;
        await el.updateComplete;
        expect(deepText(el).trim(), `${key} = ${JSON.stringify(value)}: never blank`).to.not.equal('');
        (el as unknown as Record<string, unknown>)[key] = undefined;
        await el.updateComplete;
      }
      expect(warn.callCount).to.be.greaterThan(0);
      expect(errors).to.deep.equal([]);
      expect($$(el, 'tbody tr')).to.have.length(6);
      await expect(el).to.be.accessible();
    } finally {
      removeEventListener('error', onError);
    }
  });
});
