import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEventDays, upperBound } from './eventDays.ts';
import { dayNumber } from './calendar.ts';
import { SAMPLE, makeDataset } from './testFixtures.ts';

describe('buildEventDays', () => {
  it('holds each event’s first and last day numbers for any calendar day, years 1–9999', () => {
    const day = fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) =>
        [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].join(
          '-',
        ),
      );
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 20 }), (days) => {
        const ds = makeDataset(days.map((date, k) => ({ id: `e${k}`, date, type: 'call' })));
        const built = buildEventDays(ds);
        ds.events.forEach((e, i) => {
          expect(built.from[i]).toBe(dayNumber(e.from));
          expect(built.to[i]).toBe(dayNumber(e.to));
        });
      }),
    );
  });

  it('covers month and year precision to their last day, and knows the longest span', () => {
    const built = buildEventDays(SAMPLE);
    const i = SAMPLE.events.findIndex((e) => e.id === 'shoigu-2025');
    expect((built.to[i] ?? 0) - (built.from[i] ?? 0)).toBe(364);
    expect(built.dayPrecise[i]).toBe(0);
    expect(built.maxSpan).toBe(364);
  });
});

describe('upperBound', () => {
  it('finds the first position strictly after a value', () => {
    const from = Int32Array.from([1, 3, 3, 3, 7]);
    expect([upperBound(from, 0), upperBound(from, 3), upperBound(from, 9)]).toEqual([0, 4, 5]);
  });
});
