import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../domain/schema.ts';
import { dayNumber } from '../domain/calendar.ts';
import { toItem, type DrawContext } from './items.ts';
import { DAY_MS } from './visTime.ts';

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

const colours = new Map([
  ['brics', '#d55e00'],
  ['sco', '#009e73'],
]);
const none = new Set<string>();

/** The item as the timeline asks for it: with the event's days, as the data carries them. */
function itemOf(e: TimelineEvent, lang: DrawContext['lang'], highlighted: ReadonlySet<string>) {
  return toItem(e, dayNumber(e.from), dayNumber(e.to), { lang, forumColour: colours, highlighted });
}

describe('toItem', () => {
  it('draws a one-day event as a box on its day, with its title as plain text', () => {
    const item = itemOf(event({}), 'ar', none);
    expect(item).toMatchObject({ type: 'box', start: Date.UTC(2026, 1, 4), content: 'عنوان <b>' });
    expect(item.end).toBeUndefined();
  });

  it('draws a multi-day event as a bar through the end of its last day', () => {
    const item = itemOf(
      event({
        date: { precision: 'day', start: '2025-03-31', end: '2025-04-02' },
        from: '2025-03-31',
        to: '2025-04-02',
      }),
      'en',
      none,
    );
    expect(item).toMatchObject({
      type: 'range',
      start: Date.UTC(2025, 2, 31),
      end: Date.UTC(2025, 3, 3),
    });
  });

  it('never draws a month-precision event as a precise day: a hatched bar over the month', () => {
    const item = itemOf(
      event({
        date: { precision: 'month', start: '2026-02' },
        from: '2026-02-01',
        to: '2026-02-28',
      }),
      'en',
      none,
    );
    expect(item.type).toBe('range');
    expect((item.end ?? 0) - item.start).toBe(28 * DAY_MS);
    expect(item.className.split(' ')).toContain('is-approximate');
  });

  it('marks planned and highlighted events, and carries every forum’s colour', () => {
    const item = itemOf(
      event({ status: 'planned', forums: ['brics', 'sco'] }),
      'ar',
      new Set(['e']),
    );
    expect(item.className.split(' ')).toEqual(
      expect.arrayContaining(['is-planned', 'is-highlighted']),
    );
    expect(item.colours).toEqual(['#d55e00', '#009e73']);
  });

  it('places days in UTC whatever the reader’s time zone', () => {
    const e = event({
      date: { precision: 'day', start: '1949-10-02' },
      from: '1949-10-02',
      to: '1949-10-02',
    });
    expect(itemOf(e, 'ar', none).start).toBe(Date.UTC(1949, 9, 2));
  });
});

describe('toItem, zoom-aware', () => {
  const summit = event({
    date: { precision: 'day', start: '2024-10-22', end: '2024-10-24' },
    from: '2024-10-22',
    to: '2024-10-24',
  });
  const first = dayNumber('2024-10-22');
  const view = (pxPerDay: number, start = first - 400, end = first + 400) => ({
    window: { start, end },
    pxPerDay,
  });
  const draw = (pxPerDay: number, start?: number, end?: number, lang: 'ar' | 'en' = 'ar') =>
    toItem(summit, first, first + 2, {
      lang,
      forumColour: colours,
      highlighted: none,
      view: view(pxPerDay, start, end),
    });

  it('draws a span as a bar while it is wide enough to see, and as a card on its middle day when not', () => {
    expect(draw(10)).toMatchObject({ type: 'range', start: Date.UTC(2024, 9, 22) });
    expect(draw(1)).toMatchObject({ type: 'box', start: Date.UTC(2024, 9, 23, 12) });
  });

  it('lets a card near an edge of the view grow inwards, in either direction', () => {
    // 1 px a day: the summit sits 20 px from the window's start, or 20 px from its end.
    expect(draw(1, first - 20, first + 800, 'en').align).toBe('left');
    expect(draw(1, first - 800, first + 23, 'en').align).toBe('right');
    expect(draw(1, first - 20, first + 800, 'ar').align).toBe('left');
    expect(draw(1, first - 800, first + 23, 'ar').align).toBe('right');
    expect(draw(1).align).toBeUndefined();
    // A day beyond the edge stays where it is.
    expect(draw(1, first + 30, first + 900, 'en').align).toBeUndefined();
  });
});
