import { describe, expect, it } from 'vitest';
import { sameWindow, windowOfMs, msOfDay } from './visTime.ts';

describe('sameWindow', () => {
  it('takes a window that went through vis-timeline’s milliseconds for the same one', () => {
    const w = { start: 20_000.5, end: 20_090.5 };
    const back = windowOfMs({
      start: Math.round(msOfDay(w.start)),
      end: Math.round(msOfDay(w.end)),
    });
    expect(sameWindow(w, back)).toBe(true);
  });

  it('tells a move of a second apart, and a missing window from any', () => {
    const w = { start: 20_000, end: 20_090 };
    expect(sameWindow(w, { start: 20_000 + 1 / 86_400, end: 20_090 })).toBe(false);
    expect(sameWindow(undefined, w)).toBe(false);
  });
});
