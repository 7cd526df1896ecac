import { describe, expect, it } from 'vitest';
import { civilOf, dayNumber, isoOfDayNumber } from '../domain/calendar.ts';
import type { TimelineEvent } from '../domain/schema.ts';
import {
  anyInWindow,
  besideWindow,
  clusters,
  drawnItems,
  FOLLOW_LIMIT,
  extent,
  overlapping,
  readableCount,
  readableWindow,
  WINDOW_LIMIT,
} from './windowing.ts';
import { timelineData, type TimelineData } from './timelineData.ts';

function event(id: string, from: string, to = from): TimelineEvent {
  return {
    id,
    date:
      from === to ? { precision: 'day', start: from } : { precision: 'day', start: from, end: to },
    from,
    to,
    status: 'happened',
    type: 'call',
    title: { ar: `عنوان ${id}`, en: `Title ${id}` },
    actors: [],
    forums: [],
  };
}

/** Timeline data for events given as [from, to?] days, all of them shown. */
function dataOf(spans: [string, string?][]): TimelineData {
  const events = spans.map(([from, to], i) => event(`e${i}`, from, to));
  const days = {
    from: Int32Array.from(events, (e) => dayNumber(e.from)),
    to: Int32Array.from(events, (e) => dayNumber(e.to)),
  };
  return timelineData(
    events,
    days,
    events.map((_, i) => i),
  );
}

const day = dayNumber;
const context = {
  lang: 'ar' as const,
  forumColour: new Map<string, string>(),
  highlighted: new Set<string>(),
};

describe('overlapping', () => {
  const data = dataOf([
    ['2020-01-01', '2020-12-31'], // a year-long event that starts long before the window
    ['2024-03-01'],
    ['2024-03-05'],
    ['2024-06-01'],
  ]);

  it('finds events inside the window, and long ones that began before it', () => {
    expect(overlapping(data, day('2020-06-01'), day('2020-07-01'), 10).indices).toEqual([0]);
    expect(overlapping(data, day('2024-03-01'), day('2024-04-01'), 10).indices).toEqual([1, 2]);
  });

  it('treats the window end as exclusive and an event’s last day as inclusive', () => {
    expect(overlapping(data, day('2024-02-01'), day('2024-03-01'), 10).indices).toEqual([]);
    expect(overlapping(data, day('2020-12-31'), day('2021-01-01'), 10).indices).toEqual([0]);
  });

  it('counts an event whose day the window only partly covers', () => {
    expect(overlapping(data, day('2024-03-05') + 0.5, day('2024-03-06'), 10).indices).toEqual([2]);
    expect(overlapping(data, day('2024-03-04'), day('2024-03-05') + 0.25, 10).indices).toEqual([2]);
  });

  it('says when more events overlap than may be drawn', () => {
    const result = overlapping(data, day('2019-01-01'), day('2025-01-01'), 2);
    expect(result).toEqual({ indices: [0, 1], overflow: true });
  });
});

describe('clusters', () => {
  it('counts every overlapping event exactly once, in calendar-aligned buckets', () => {
    const start = day('1990-01-01');
    const data = dataOf(Array.from({ length: 1000 }, (_, i) => [isoOfDayNumber(start + i * 11)]));
    const from = day('1990-01-01');
    const to = day('2021-01-01');
    const found = clusters(data, from, to);
    expect(found.reduce((sum, c) => sum + c.count, 0)).toBe(
      overlapping(data, from, to, Infinity).indices.length,
    );
    expect(found.length).toBeLessThanOrEqual(32);
    for (const c of found) {
      expect(civilOf(c.start).day).toBe(1); // starts on a month boundary
      expect(c.end).toBeGreaterThan(c.start);
    }
  });

  it('keeps ids stable for the same bucket, so a pan redraws only what changed', () => {
    const data = dataOf([['2024-01-10'], ['2024-02-10'], ['2024-03-10']]);
    const a = clusters(data, day('2023-12-01'), day('2024-04-01')).map((c) => c.id);
    const b = clusters(data, day('2023-12-15'), day('2024-04-15')).map((c) => c.id);
    expect(a).toEqual(b);
  });
});

describe('extent', () => {
  it('spans all events, with room at both ends', () => {
    const span = extent(dataOf([['2000-01-01'], ['2010-01-01', '2010-01-31']]));
    expect(span?.start).toBeLessThan(day('2000-01-01'));
    expect(span?.end).toBeGreaterThan(day('2010-02-01'));
    expect(extent(dataOf([]))).toBeUndefined();
  });
});

describe('drawnItems', () => {
  it('draws each event in and around the window as its own item, in milliseconds', () => {
    const data = dataOf([
      ['2024-01-01'],
      ['2024-03-05'],
      ['2024-10-22', '2024-10-24'],
      ['2030-01-01'],
    ]);
    const items = drawnItems(data, { start: day('2024-02-01'), end: day('2024-06-01') }, context);
    // A quarter of a window of margin each side reaches 1 January, not October or 2030.
    expect(items.map((i) => i.id)).toEqual(['e0', 'e1']);
    const wide = drawnItems(data, { start: day('2024-01-01'), end: day('2025-01-01') }, context);
    expect(wide.find((i) => i.id === 'e2')).toMatchObject({
      type: 'range',
      start: Date.UTC(2024, 9, 22),
      end: Date.UTC(2024, 9, 25),
    });
  });

  it('stands clusters in for crowds, and still draws the selected, cursor and highlighted events', () => {
    const spans: [string][] = Array.from({ length: WINDOW_LIMIT + 50 }, (_, i) => [
      isoOfDayNumber(day('2000-01-01') + i * 20),
    ]);
    const data = dataOf(spans);
    const all = { start: day('1999-01-01'), end: day('2012-01-01') };
    const items = drawnItems(data, all, {
      ...context,
      highlighted: new Set(['e3']),
      cursorId: 'e7',
      selectedId: 'e9',
    });
    const clustered = items.filter((i) => i.cluster);
    expect(clustered.length).toBeGreaterThan(0);
    expect(clustered.reduce((n, c) => n + Number(c.content), 0)).toBe(spans.length);
    expect(items.filter((i) => !i.cluster).map((i) => i.id)).toEqual(['e3', 'e7', 'e9']);
  });

  it('draws a window a drag passes through with clusters from a lower limit (FOLLOW_LIMIT)', () => {
    const spans: [string][] = Array.from({ length: FOLLOW_LIMIT + 1 }, (_, i) => [
      isoOfDayNumber(day('2000-01-01') + i),
    ]);
    const data = dataOf(spans);
    const w = { start: day('1999-12-01'), end: day('2000-03-01') };
    // At rest every one of them is a card; passing through, they are counted instead.
    expect(drawnItems(data, w, context).every((i) => !i.cluster)).toBe(true);
    const moving = drawnItems(data, w, { ...context, limit: FOLLOW_LIMIT });
    expect(moving.every((i) => i.cluster)).toBe(true);
    expect(moving.reduce((n, c) => n + Number(c.content), 0)).toBe(spans.length);
    // Up to the limit a moving window still shows cards.
    const few = dataOf(spans.slice(0, FOLLOW_LIMIT));
    expect(drawnItems(few, w, { ...context, limit: FOLLOW_LIMIT }).some((i) => i.cluster)).toBe(
      false,
    );
  });
});

/** The window, or a failed test saying there was none. */
function some(w: ReturnType<typeof readableWindow>) {
  if (!w) throw new Error('expected a window');
  return w;
}

describe('readableWindow', () => {
  const data = dataOf([
    ['1949-10-02'],
    ['2001-07-16'],
    ['2023-10-17', '2023-10-18'],
    ['2025-05-08'],
    ['2026-01-01', '2026-12-31'],
    ['2026-02-04'],
  ]);

  it('opens on the latest events whole, leaving the old ones outside', () => {
    const w = some(readableWindow(data, 1000, readableCount(400)));
    expect(readableCount(400)).toBe(3);
    expect(w.start).toBeLessThan(day('2025-05-08'));
    expect(w.start).toBeGreaterThan(day('2023-10-19'));
    expect(w.end).toBeGreaterThan(day('2027-01-01'));
  });

  it('leaves a margin at both ends, a share of the width', () => {
    const w = some(readableWindow(data, 1000));
    const inner = day('2027-01-01') - day('1949-10-02');
    const perPx = (w.end - w.start) / 1000;
    expect((day('1949-10-02') - w.start) / perPx).toBeCloseTo(48, 0);
    expect((w.end - day('2027-01-01')) / perPx).toBeCloseTo(48, 0);
    expect(w.end - w.start).toBeGreaterThan(inner);
    const phone = some(readableWindow(data, 330));
    expect((day('1949-10-02') - phone.start) / ((phone.end - phone.start) / 330)).toBeCloseTo(
      26.4,
      0,
    );
  });

  it('gives a lone event a few weeks around it, and nothing to no events', () => {
    const w = some(readableWindow(dataOf([['2026-02-04']]), 1000));
    expect(w.end - w.start).toBeGreaterThan(60);
    expect(w.start).toBeLessThan(day('2026-02-04'));
    expect(w.end).toBeGreaterThan(day('2026-02-05'));
    expect(readableWindow(dataOf([]), 1000)).toBeUndefined();
  });

  it('keeps the few weeks of context from taking in a crowd in a dense corpus', () => {
    // An event every day for a year: three events make a window of days, not of two months.
    const daily = dataOf(
      Array.from({ length: 365 }, (_, i) => [isoOfDayNumber(day('2025-01-01') + i)]),
    );
    const w = some(readableWindow(daily, 1000, 3));
    expect(overlapping(daily, w.start, w.end, 100).indices.length).toBeLessThanOrEqual(6);
    expect(w.end).toBeGreaterThan(day('2025-12-31'));
  });

  it('says whether a window shows any event', () => {
    expect(anyInWindow(data, { start: day('1990-01-01'), end: day('2000-01-01') })).toBe(false);
    expect(anyInWindow(data, { start: day('2023-10-18'), end: day('2023-11-01') })).toBe(true);
  });
});

describe('besideWindow (where vis-timeline is created before it moves to the real window)', () => {
  it('holds none of the drawn items, not even a year-long bar that crosses the real window', () => {
    // A dense week at the end of 2025 under a bar for the whole year: a window a few widths
    // before the real one still met the bar, which vis-timeline then measured on its own.
    const data = dataOf([
      ['2025-01-01', '2025-12-31'],
      ['2025-12-20'],
      ['2025-12-22'],
      ['2025-12-24'],
    ]);
    const w = { start: dayNumber('2025-12-18'), end: dayNumber('2025-12-27') };
    const items = drawnItems(data, w, {
      lang: 'ar',
      forumColour: new Map(),
      highlighted: new Set(),
    });
    expect(items).toHaveLength(4);
    const beside = besideWindow(w, items);
    expect(beside.end - beside.start).toBeCloseTo((w.end - w.start) * 86_400_000);
    for (const item of items) {
      expect(item.end ?? item.start).toBeLessThan(beside.start);
    }
  });
});
