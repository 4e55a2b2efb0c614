import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientIdOf, FrameBudget } from './socket-frames.ts';

/** Frame times: gaps in ms between frames, mostly a flood, sometimes a pause. */
const frameGaps = fc.array(fc.oneof({ arbitrary: fc.integer({ min: 0, max: 30 }), weight: 9 }, { arbitrary: fc.integer({ min: 0, max: 5_000 }), weight: 1 }), { minLength: 1, maxLength: 600 });
const shapes = fc.record({ burst: fc.integer({ min: 1, max: 300 }), perSecond: fc.integer({ min: 1, max: 100 }) });

describe('a live connection’s frame budget', () => {
  it('in any stretch of time a socket gets at most the burst plus the refill of that stretch', () => {
    fc.assert(
      fc.property(shapes, frameGaps, ({ burst, perSecond }, gaps) => {
        const budget = new FrameBudget(burst, perSecond, 0);
        let now = 0;
        const accepted: number[] = [];
        for (const gap of gaps) {
          now += gap;
          if (budget.take(now)) accepted.push(now);
        }
        const overspent: string[] = [];
        for (let i = 0; i < accepted.length; i++) {
          for (let j = i; j < accepted.length; j++) {
            if (j - i + 1 > burst + ((accepted[j]! - accepted[i]!) * perSecond) / 1000) overspent.push(`${j - i + 1} frames in ${accepted[j]! - accepted[i]!} ms`);
          }
        }
        expect(overspent).toEqual([]);
      }),
    );
  });

  it('a socket that keeps to the rate is never refused, whatever it sent before a pause long enough to refill', () => {
    fc.assert(
      fc.property(shapes, frameGaps, fc.integer({ min: 1, max: 500 }), ({ burst, perSecond }, before, steady) => {
        const budget = new FrameBudget(burst, perSecond, 0);
        let now = 0;
        for (const gap of before) budget.take((now += gap));
        now += Math.ceil((burst * 1000) / perSecond);
        for (let i = 0; i < burst; i++) expect(budget.take(now)).toBe(true);
        for (let i = 0; i < steady; i++) expect(budget.take((now += Math.ceil(1000 / perSecond)))).toBe(true);
      }),
    );
  });

  it('a clock that steps back neither refills the budget nor breaks it', () => {
    const budget = new FrameBudget(2, 10, 10_000);
    expect([budget.take(10_000), budget.take(10_000), budget.take(10_000)]).toEqual([true, true, false]);
    expect(budget.take(5_000)).toBe(false);
    expect(budget.take(10_100)).toBe(true);
  });
});

describe('the client id a frame names', () => {
  it('is read from any JSON frame that carries one, and from nothing else', () => {
    const id = '2b1f0c3e-8d4a-4f6b-9c2d-1a2b3c4d5e6f';
    expect(clientIdOf(JSON.stringify({ type: 'send', clientId: id, body: 'x' }))).toBe(id);
    expect(clientIdOf(JSON.stringify({ type: 'nonsense', clientId: id }))).toBe(id);
    expect(clientIdOf(JSON.stringify({ type: 'send', clientId: 'not-an-id' }))).toBeNull();
    expect(clientIdOf(JSON.stringify({ type: 'send', clientId: 42 }))).toBeNull();
    expect(clientIdOf('{not json')).toBeNull();
    expect(clientIdOf('null')).toBeNull();
  });
});
