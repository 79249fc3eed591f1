import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { pendingTimers, schedule } from '../src/core/scheduler.js';

const T0 = Date.UTC(2026, 2, 9, 16, 0, 0);
const MAX_DELAY = 2 ** 31 - 1;

describe('scheduler', () => {
  let clock: sinon.SinonFakeTimers;
  let cancels: Array<() => void>;
  let ran: string[];

  /** Schedules a callback that records its label; cancelled after the test. */
  const at = (ms: number | Date, label: string, then?: () => void) => {
    const cancel = schedule(ms, () => {
      ran.push(label);
      then?.();
    });
    cancels.push(cancel);
    return cancel;
  };

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    cancels = [];
    ran = [];
  });

  afterEach(() => {
    for (const cancel of cancels) cancel();
    const left = pendingTimers();
    clock.restore();
    expect(left, 'a timer is left pending').to.equal(0);
  });

  it('runs callbacks in time order, equal times in registration order, none early', () => {
    at(T0 + 300, 'c');
    at(new Date(T0 + 100), 'a');
    at(T0 + 200, 'b1');
    at(T0 + 200, 'b2');
    clock.tick(99);
    expect(ran).to.deep.equal([]);
    clock.tick(1);
    expect(ran).to.deep.equal(['a']);
    clock.tick(200);
    expect(ran).to.deep.equal(['a', 'b1', 'b2', 'c']);
    expect(pendingTimers()).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
  });

  it('keeps one pending timer for 1,000 registrations', () => {
    const times = Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 1000) + 1);
    for (const ms of times) at(T0 + ms * 10, String(ms));
    expect(pendingTimers()).to.equal(1);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(5000);
    expect(ran).to.have.length(500);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(5000);
    expect(ran.map(Number)).to.deep.equal(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(clock.countTimers()).to.equal(0);
  });

  it('cancels a registration, also from an earlier callback due at the same moment', () => {
    const cancelB = at(T0 + 100, 'b');
    at(T0 + 50, 'a');
    let cancelD = () => {};
    at(T0 + 200, 'c', () => cancelD());
    cancelD = at(T0 + 200, 'd');
    cancelB();
    cancelB(); // twice is harmless
    clock.tick(300);
    expect(ran).to.deep.equal(['a', 'c']);
  });

  it('re-arms when an earlier instant is added, and when the earliest is cancelled', () => {
    at(T0 + 1000, 'late');
    expect(clock.countTimers()).to.equal(1);
    const cancelEarly = at(T0 + 100, 'early');
    expect(clock.countTimers()).to.equal(1);
    cancelEarly();
    expect(clock.countTimers()).to.equal(1);
    clock.tick(500);
    expect(ran).to.deep.equal([]);
    at(T0 + 600, 'earlier');
    expect(clock.countTimers()).to.equal(1);
    clock.tick(100);
    expect(ran).to.deep.equal(['earlier']);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(399);
    expect(ran).to.deep.equal(['earlier']);
    clock.tick(1);
    expect(ran).to.deep.equal(['earlier', 'late']);
  });

  it('leaves nothing pending once every registration is cancelled', () => {
    const all = [at(T0 + 10, 'a'), at(T0 + 20, 'b'), at(T0 + 30, 'c')];
    expect(pendingTimers()).to.equal(1);
    for (const cancel of all) cancel();
    expect(pendingTimers()).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
    clock.tick(100);
    expect(ran).to.deep.equal([]);
  });

  it('runs everything that is due when the timer fires late, in order', () => {
    at(T0 + 150, 'b');
    at(T0 + 100, 'a');
    at(T0 + 400, 'c');
    // The page was asleep: the clock moved on without the timer firing.
    clock.setSystemTime(T0 + 200);
    clock.tick(100);
    expect(ran).to.deep.equal(['a', 'b']);
    expect(pendingTimers()).to.equal(1);
    clock.tick(100);
    expect(ran).to.deep.equal(['a', 'b', 'c']);
  });

  it('lets a callback schedule itself again', () => {
    let cancel = () => {};
    const tick = () => {
      ran.push(String(Date.now() - T0));
      cancel = schedule(Date.now() + 1000, tick);
    };
    cancel = schedule(T0 + 1000, tick);
    clock.tick(5500);
    expect(ran).to.deep.equal(['1000', '2000', '3000', '4000', '5000']);
    expect(pendingTimers()).to.equal(1);
    expect(clock.countTimers()).to.equal(1);
    cancel();
  });

  it('runs an instant in the past on the next tick', () => {
    at(T0 - 5000, 'past');
    expect(ran).to.deep.equal([]);
    clock.tick(0);
    expect(ran).to.deep.equal(['past']);
  });

  it('clamps delays to 2^31 − 1 ms and re-arms after the early wake-up', () => {
    const far = T0 + MAX_DELAY + 60_000;
    const setTimeoutSpy = sinon.spy(globalThis, 'setTimeout');
    at(far, 'far');
    setTimeoutSpy.restore();
    expect(setTimeoutSpy.lastCall.args[1]).to.equal(MAX_DELAY);
    clock.tick(0);
    expect(ran, 'an overflowing delay would fire at once').to.deep.equal([]);
    clock.tick(MAX_DELAY);
    expect(ran).to.deep.equal([]);
    expect(pendingTimers()).to.equal(1);
    clock.tick(59_999);
    expect(ran).to.deep.equal([]);
    clock.tick(1);
    expect(ran).to.deep.equal(['far']);
  });

  it('never fires an invalid date, and does not spin on it', () => {
    at(new Date(Number.NaN), 'never');
    expect(pendingTimers()).to.equal(0);
    at(T0 + 10, 'valid');
    clock.tick(10);
    expect(ran).to.deep.equal(['valid']);
    expect(pendingTimers()).to.equal(0);
  });

  it('still runs the other callbacks when one throws', () => {
    at(T0 + 100, 'a', () => {
      throw new Error('boom');
    });
    at(T0 + 100, 'b');
    at(T0 + 300, 'c');
    expect(() => clock.tick(100)).to.throw('boom');
    clock.tick(1); // fake timers give a timer set during a tick at least 1 ms
    expect(ran).to.deep.equal(['a', 'b']);
    clock.tick(200);
    expect(ran).to.deep.equal(['a', 'b', 'c']);
  });
});
