import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  binEdge,
  centreWindowAt,
  clampWindow,
  densityBins,
  MIN_WINDOW_DAYS,
  panWindow,
  pixelDeltaToTime,
  resizeWindow,
  timeToX,
  windowForKey,
  windowPlacement,
  xToTime,
  zoomWindow,
  type Direction,
  type TimeSpan,
} from './overview.ts';
import { dayNumber } from '../domain/calendar.ts';

/** Windows are day numbers. */
const DAY = 1;
const YEAR = 365 * DAY;
/** 1949-01-01 to 2026-12-31-ish: the span the strip was made for. */
const EXTENT: TimeSpan = {
  start: dayNumber('1949-01-01'),
  end: dayNumber('1949-01-01') + 78 * YEAR,
};
/** Easy numbers for the geometry: 0 to 1000 days, drawn on a 1000 px strip. */
const E: TimeSpan = { start: 0, end: 1000 * DAY };

/** The obvious count, one event at a time, against the same edges. */
function naiveBins(starts: readonly number[], extent: TimeSpan, binCount: number): number[] {
  const counts = new Array<number>(binCount).fill(0);
  if (binCount === 0 || !(extent.end > extent.start)) return counts;
  for (const s of starts) {
    for (let i = 0; i < binCount; i++) {
      const lo = binEdge(extent, binCount, i);
      const hi = binEdge(extent, binCount, i + 1);
      const last = i === binCount - 1;
      if (s >= lo && (s < hi || (last && s === hi))) {
        counts[i] = (counts[i] ?? 0) + 1;
        break;
      }
    }
  }
  return counts;
}

describe('densityBins', () => {
  it('counts the same as one event at a time, on random data', () => {
    fc.assert(
      fc.property(
        // Small ranges, so starts often fall exactly on an edge or the extent's ends.
        fc.array(fc.integer({ min: -5, max: 45 }), { maxLength: 200, size: 'max' }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 12 }),
        (raw, start, length, binCount) => {
          const starts = raw.map((d) => d * DAY).sort((a, b) => a - b);
          const extent = { start: start * DAY, end: (start + length) * DAY };
          const bins = densityBins(Float64Array.from(starts), extent, binCount);
          expect(Array.from(bins)).toEqual(naiveBins(starts, extent, binCount));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('takes a plain sorted array as well as a Float64Array', () => {
    expect(Array.from(densityBins([0, 1, 2, 3], { start: 0, end: 4 }, 2))).toEqual([2, 2]);
  });

  it('gives zeros for no events, and nothing for no bins', () => {
    expect(Array.from(densityBins(new Float64Array(0), E, 4))).toEqual([0, 0, 0, 0]);
    expect(densityBins([1, 2], E, 0)).toHaveLength(0);
  });

  it('gives zeros for an empty or inverted extent', () => {
    expect(Array.from(densityBins([5, 5], { start: 5, end: 5 }, 2))).toEqual([0, 0]);
    expect(Array.from(densityBins([5], { start: 9, end: 1 }, 2))).toEqual([0, 0]);
  });

  it('puts a start on an edge in the bin it opens, and one at the extent end in the last', () => {
    // Edges 0, 10, 20, 30, 40.
    const bins = densityBins([0, 10, 10, 19.999, 20, 40], { start: 0, end: 40 }, 4);
    expect(Array.from(bins)).toEqual([1, 3, 1, 1]);
  });

  it('leaves out starts outside the extent rather than piling them into the edge bins', () => {
    const bins = densityBins([-5, -0.001, 0, 39, 40.001, 99], { start: 0, end: 40 }, 4);
    expect(Array.from(bins)).toEqual([1, 0, 0, 1]);
  });

  it('rejects a bin count that is not a whole number', () => {
    expect(() => densityBins([], E, 2.5)).toThrow(RangeError);
    expect(() => densityBins([], E, -1)).toThrow(RangeError);
  });

  it('stays cheap at 100,000 events', () => {
    const n = 100_000;
    const starts = new Float64Array(n);
    for (let i = 0; i < n; i++) starts[i] = EXTENT.start + (i / n) * (EXTENT.end - EXTENT.start);
    const bins = densityBins(starts, EXTENT, 200);
    expect(bins.reduce((a, b) => a + b, 0)).toBe(n);
    // 200 bins × 2 searches × 17 steps: well under a millisecond; a generous bound for slow CI.
    const t0 = performance.now();
    for (let k = 0; k < 100; k++) densityBins(starts, EXTENT, 200);
    expect((performance.now() - t0) / 100).toBeLessThan(5);
  });
});

describe('geometry', () => {
  it('puts the extent start on the left in LTR and on the right in RTL', () => {
    expect(timeToX(E.start, E, 1000, 'ltr')).toBe(0);
    expect(timeToX(E.end, E, 1000, 'ltr')).toBe(1000);
    expect(timeToX(E.start, E, 1000, 'rtl')).toBe(1000);
    expect(timeToX(E.end, E, 1000, 'rtl')).toBe(0);
    expect(timeToX(250 * DAY, E, 1000, 'ltr')).toBe(250);
    expect(timeToX(250 * DAY, E, 1000, 'rtl')).toBe(750);
  });

  it('reads a pixel back as the time drawn there, in both directions', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (x) => {
          const t = xToTime(x, E, 1000, dir);
          expect(timeToX(t, E, 1000, dir)).toBeCloseTo(x, 6);
        }),
      );
    }
    expect(xToTime(100, E, 1000, 'ltr')).toBe(100 * DAY);
    expect(xToTime(100, E, 1000, 'rtl')).toBe(900 * DAY);
  });

  it('turns a rightward drag into later time in LTR and earlier in RTL', () => {
    expect(pixelDeltaToTime(10, E, 1000, 'ltr')).toBe(10 * DAY);
    expect(pixelDeltaToTime(10, E, 1000, 'rtl')).toBe(-10 * DAY);
    expect(pixelDeltaToTime(10, E, 0, 'ltr')).toBe(0);
  });

  it('places a window from the inline-start, clipped to the strip', () => {
    const place = (start: number, end: number) => {
      const { offset, size } = windowPlacement({ start: start * DAY, end: end * DAY }, E);
      return [offset, size].map((n) => Math.round(n * 1e9) / 1e9);
    };
    expect(place(100, 300)).toEqual([0.1, 0.2]);
    expect(place(-500, 200)).toEqual([0, 0.2]);
    expect(place(2000, 3000)).toEqual([1, 0]);
  });
});

describe('moving and resizing', () => {
  const w = { start: 400 * DAY, end: 500 * DAY };

  it('brings a window inside the extent, sliding it rather than squeezing it', () => {
    expect(clampWindow({ start: -50 * DAY, end: 50 * DAY }, E)).toEqual({
      start: 0,
      end: 100 * DAY,
    });
    expect(clampWindow({ start: 950 * DAY, end: 1200 * DAY }, E)).toEqual({
      start: 750 * DAY,
      end: 1000 * DAY,
    });
    expect(clampWindow({ start: -1e12, end: 1e12 }, E)).toEqual(E);
  });

  it('widens a window narrower than the minimum around its centre', () => {
    expect(clampWindow({ start: 500 * DAY, end: 501 * DAY }, E)).toEqual({
      start: 497 * DAY,
      end: 504 * DAY,
    });
    expect(MIN_WINDOW_DAYS).toBe(7 * DAY);
  });

  it('lets the whole extent be the window when it is narrower than the minimum', () => {
    const tiny = { start: 0, end: 3 * DAY };
    expect(clampWindow({ start: DAY, end: DAY }, tiny)).toEqual(tiny);
    expect(resizeWindow(tiny, 'end', -DAY, tiny)).toEqual(tiny);
  });

  it('pans, keeping the width, and stops at either end', () => {
    expect(panWindow(w, 50 * DAY, E)).toEqual({ start: 450 * DAY, end: 550 * DAY });
    expect(panWindow(w, 800 * DAY, E)).toEqual({ start: 900 * DAY, end: 1000 * DAY });
    expect(panWindow(w, -800 * DAY, E)).toEqual({ start: 0, end: 100 * DAY });
  });

  it('moves one edge and holds the other', () => {
    expect(resizeWindow(w, 'start', -100 * DAY, E)).toEqual({ start: 300 * DAY, end: 500 * DAY });
    expect(resizeWindow(w, 'end', 100 * DAY, E)).toEqual({ start: 400 * DAY, end: 600 * DAY });
    expect(resizeWindow(w, 'end', -30 * DAY, E)).toEqual({ start: 400 * DAY, end: 470 * DAY });
  });

  it('stops a dragged edge at the extent and at the minimum width, never flipping', () => {
    expect(resizeWindow(w, 'start', -900 * DAY, E)).toEqual({ start: 0, end: 500 * DAY });
    expect(resizeWindow(w, 'end', 900 * DAY, E)).toEqual({ start: 400 * DAY, end: 1000 * DAY });
    expect(resizeWindow(w, 'start', 300 * DAY, E)).toEqual({ start: 493 * DAY, end: 500 * DAY });
    expect(resizeWindow(w, 'end', -300 * DAY, E)).toEqual({ start: 400 * DAY, end: 407 * DAY });
  });

  it('zooms around the centre within the limits', () => {
    expect(zoomWindow(w, 0.5, E)).toEqual({ start: 425 * DAY, end: 475 * DAY });
    expect(zoomWindow(w, 2, E)).toEqual({ start: 350 * DAY, end: 550 * DAY });
    expect(zoomWindow(w, 100, E)).toEqual(E);
    expect(zoomWindow(w, 0.0001, E)).toEqual({ start: 446.5 * DAY, end: 453.5 * DAY });
  });

  it('centres the window on a time, as far as the extent allows', () => {
    expect(centreWindowAt(w, 200 * DAY, E)).toEqual({ start: 150 * DAY, end: 250 * DAY });
    expect(centreWindowAt(w, 990 * DAY, E)).toEqual({ start: 900 * DAY, end: 1000 * DAY });
  });

  it('keeps every result inside the extent and at least the minimum wide', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -3000, max: 3000 }),
        fc.constantFrom<'start' | 'end'>('start', 'end'),
        (start, width, delta, edge) => {
          const from = { start: start * DAY, end: (start + width) * DAY };
          for (const r of [
            clampWindow(from, E),
            panWindow(from, delta * DAY, E),
            resizeWindow(from, edge, delta * DAY, E),
            zoomWindow(from, 1.5, E),
          ]) {
            expect(r.start).toBeGreaterThanOrEqual(E.start);
            expect(r.end).toBeLessThanOrEqual(E.end);
            expect(r.end - r.start).toBeGreaterThanOrEqual(MIN_WINDOW_DAYS);
          }
        },
      ),
    );
  });
});

describe('windowForKey', () => {
  const w = { start: 400 * DAY, end: 500 * DAY };
  const key = (
    k: string,
    dir: Direction,
    extra: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {},
  ) => windowForKey({ key: k, shiftKey: false, ...extra }, w, E, dir);
  const later10 = { start: 410 * DAY, end: 510 * DAY };
  const earlier10 = { start: 390 * DAY, end: 490 * DAY };

  it('moves a tenth of the window towards the arrow: ArrowRight is later in LTR', () => {
    expect(key('ArrowRight', 'ltr')).toEqual(later10);
    expect(key('ArrowLeft', 'ltr')).toEqual(earlier10);
  });

  it('mirrors the arrows in RTL, where the past is on the right', () => {
    expect(key('ArrowLeft', 'rtl')).toEqual(later10);
    expect(key('ArrowRight', 'rtl')).toEqual(earlier10);
  });

  it('moves later on ArrowUp and earlier on ArrowDown in both directions', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      expect(key('ArrowUp', dir)).toEqual(later10);
      expect(key('ArrowDown', dir)).toEqual(earlier10);
    }
  });

  it('moves a whole window on PageUp/PageDown and on Shift+arrows', () => {
    const next = { start: 500 * DAY, end: 600 * DAY };
    const previous = { start: 300 * DAY, end: 400 * DAY };
    for (const dir of ['ltr', 'rtl'] as const) {
      expect(key('PageUp', dir)).toEqual(next);
      expect(key('PageDown', dir)).toEqual(previous);
    }
    expect(key('ArrowRight', 'ltr', { shiftKey: true })).toEqual(next);
    expect(key('ArrowLeft', 'rtl', { shiftKey: true })).toEqual(next);
    expect(key('ArrowLeft', 'ltr', { shiftKey: true })).toEqual(previous);
    expect(key('ArrowRight', 'rtl', { shiftKey: true })).toEqual(previous);
  });

  it('goes to either end of the extent on Home and End, keeping the width', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      expect(key('Home', dir)).toEqual({ start: 0, end: 100 * DAY });
      expect(key('End', dir)).toEqual({ start: 900 * DAY, end: 1000 * DAY });
    }
  });

  it('narrows on + and Shift+ArrowUp, widens on - and Shift+ArrowDown, around the centre', () => {
    const narrow = { start: 425 * DAY, end: 475 * DAY };
    const wide = { start: 350 * DAY, end: 550 * DAY };
    for (const dir of ['ltr', 'rtl'] as const) {
      expect(key('+', dir)).toEqual(narrow);
      expect(key('=', dir)).toEqual(narrow);
      expect(key('ArrowUp', dir, { shiftKey: true })).toEqual(narrow);
      expect(key('-', dir)).toEqual(wide);
      expect(key('_', dir)).toEqual(wide);
      expect(key('ArrowDown', dir, { shiftKey: true })).toEqual(wide);
    }
  });

  it('stops at the ends of the extent', () => {
    const atEnd = { start: 900 * DAY, end: 1000 * DAY };
    expect(windowForKey({ key: 'ArrowRight', shiftKey: false }, atEnd, E, 'ltr')).toEqual(atEnd);
    expect(windowForKey({ key: 'ArrowLeft', shiftKey: false }, atEnd, E, 'rtl')).toEqual(atEnd);
  });

  it('leaves other keys, and keys with Ctrl, to the browser', () => {
    expect(key('Enter', 'ltr')).toBeUndefined();
    expect(key('a', 'rtl')).toBeUndefined();
    expect(key('+', 'ltr', { ctrlKey: true })).toBeUndefined();
    expect(
      windowForKey({ key: 'ArrowLeft', shiftKey: false, altKey: true }, w, E, 'ltr'),
    ).toBeUndefined();
  });
});
