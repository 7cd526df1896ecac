import { describe, expect, it } from 'vitest';
import { dayNumber } from '../domain/calendar.ts';
import type { TimelineEvent } from '../domain/schema.ts';
import { firstEndingAfter, keyAction, stepTarget } from './keyboard.ts';
import { timelineData } from './timelineData.ts';

const days = ['2001-07-16', '2024-10-22', '2025-05-08', '2026-02-04'];
const events = days.map(
  (d, i) =>
    ({
      id: `e${i}`,
      date: { precision: 'day', start: d },
      from: d,
      to: d,
      status: 'happened',
      type: 'call',
      title: { ar: d, en: d },
      actors: [],
      forums: [],
    }) as TimelineEvent,
);
const data = timelineData(
  events,
  { from: Int32Array.from(days, dayNumber), to: Int32Array.from(days, dayNumber) },
  [0, 1, 2, 3],
);
const at = (index: number, dir: 'rtl' | 'ltr' = 'rtl') => ({
  dir,
  count: 4,
  at: index,
  firstInView: () => 2,
});

describe('keyAction', () => {
  it('walks later with the arrow that points where time runs: left in Arabic, right in English', () => {
    expect(keyAction('ArrowLeft', at(1, 'rtl'))).toEqual({ kind: 'cursor', index: 2 });
    expect(keyAction('ArrowRight', at(1, 'rtl'))).toEqual({ kind: 'cursor', index: 0 });
    expect(keyAction('ArrowRight', at(1, 'ltr'))).toEqual({ kind: 'cursor', index: 2 });
    expect(keyAction('ArrowLeft', at(1, 'ltr'))).toEqual({ kind: 'cursor', index: 0 });
  });

  it('starts from the first event in view, and stays put at either end', () => {
    expect(keyAction('ArrowLeft', at(-1))).toEqual({ kind: 'cursor', index: 2 });
    expect(keyAction('ArrowLeft', at(3))).toEqual({ kind: 'stay' });
    expect(keyAction('ArrowRight', at(0))).toEqual({ kind: 'stay' });
  });

  it('jumps to the ends with Home and End, opens with Enter or Space, and leaves other keys alone', () => {
    expect(keyAction('Home', at(2))).toEqual({ kind: 'cursor', index: 0 });
    expect(keyAction('End', at(-1))).toEqual({ kind: 'cursor', index: 3 });
    expect(keyAction('Enter', at(1))).toEqual({ kind: 'open', index: 1 });
    expect(keyAction(' ', at(1))).toEqual({ kind: 'open', index: 1 });
    expect(keyAction('Enter', at(-1))).toBeUndefined();
    expect(keyAction('a', at(1))).toBeUndefined();
    expect(keyAction('ArrowLeft', { ...at(1), count: 0 })).toBeUndefined();
  });
});

describe('firstEndingAfter', () => {
  it('finds the first event still showing at a window’s start', () => {
    expect(firstEndingAfter(data, dayNumber('2024-10-22') + 0.5)).toBe(1);
    expect(firstEndingAfter(data, dayNumber('2024-10-23'))).toBe(2);
    expect(firstEndingAfter(data, dayNumber('2030-01-01'))).toBe(0);
  });
});

describe('stepTarget', () => {
  it('steps from the open event, and stays at the ends', () => {
    expect(stepTarget(data, 1, 0, 1)).toBe(2);
    expect(stepTarget(data, 1, 0, -1)).toBe(0);
    expect(stepTarget(data, 3, 0, 1)).toBe(3);
    expect(stepTarget(data, 0, 0, -1)).toBe(0);
  });

  it('with nothing open, takes the nearest event on that side of the view’s middle', () => {
    const middle = dayNumber('2025-01-01') + 0.5;
    expect(stepTarget(data, -1, middle, 1)).toBe(2);
    expect(stepTarget(data, -1, middle, -1)).toBe(1);
    // A middle on an event's own day counts that event as after it.
    expect(stepTarget(data, -1, dayNumber('2025-05-08') + 0.5, 1)).toBe(2);
  });

  it('has nothing to open among no events', () => {
    const none = timelineData([], { from: new Int32Array(), to: new Int32Array() }, []);
    expect(stepTarget(none, -1, 0, 1)).toBeUndefined();
  });
});
