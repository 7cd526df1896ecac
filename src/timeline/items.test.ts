import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../domain/schema.ts';
import { DAY_MS, dayStartMs, toItem } from './items.ts';

function event(overrides: Partial<TimelineEvent>): TimelineEvent {
  return {
    id: 'e',
    date: { precision: 'day', start: '2026-02-04' },
    from: '2026-02-04',
    to: '2026-02-04',
    status: 'happened',
    type: 'call',
    title: { ar: 'عنوان <b>', en: 'Title <b>' },
    summary: { ar: 'ملخص', en: 'Summary' },
    actors: [],
    forums: [],
    sources: [],
    ...overrides,
  };
}

const colours = new Map([['brics', '#d55e00']]);
const none = new Set<string>();

describe('toItem', () => {
  it('draws a one-day event as a box on its day, with its title as plain text', () => {
    const item = toItem(event({}), 'ar', colours, none);
    expect(item).toMatchObject({ type: 'box', start: Date.UTC(2026, 1, 4), content: 'عنوان <b>' });
    expect(item.end).toBeUndefined();
  });

  it('draws a multi-day event as a bar through the end of its last day', () => {
    const item = toItem(
      event({
        date: { precision: 'day', start: '2025-03-31', end: '2025-04-02' },
        from: '2025-03-31',
        to: '2025-04-02',
      }),
      'en',
      colours,
      none,
    );
    expect(item).toMatchObject({
      type: 'range',
      start: Date.UTC(2025, 2, 31),
      end: Date.UTC(2025, 3, 3),
    });
  });

  it('never draws a month-precision event as a precise day: a hatched bar over the month', () => {
    const item = toItem(
      event({
        date: { precision: 'month', start: '2026-02' },
        from: '2026-02-01',
        to: '2026-02-28',
      }),
      'en',
      colours,
      none,
    );
    expect(item.type).toBe('range');
    expect((item.end ?? 0) - item.start).toBe(28 * DAY_MS);
    expect(item.className.split(' ')).toContain('is-approximate');
  });

  it('marks planned and highlighted events, and colours by the first forum', () => {
    const item = toItem(
      event({ status: 'planned', forums: ['brics', 'sco'] }),
      'ar',
      colours,
      new Set(['e']),
    );
    expect(item.className.split(' ')).toEqual(
      expect.arrayContaining(['is-planned', 'is-highlighted']),
    );
    expect(item.colour).toBe('#d55e00');
  });

  it('places days in UTC whatever the reader’s time zone', () => {
    expect(dayStartMs('1949-10-02')).toBe(Date.UTC(1949, 9, 2));
  });
});
