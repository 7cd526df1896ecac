import { describe, expect, it } from 'vitest';
import { buildTimeIndex, clusters, extent, overlapping, timeIndexFromDays } from './windowing.ts';

const ev = (from: string, to = from) => ({ from, to });
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

describe('overlapping', () => {
  const index = buildTimeIndex([
    ev('2020-01-01', '2020-12-31'), // a year-long event that starts long before the window
    ev('2024-03-01'),
    ev('2024-03-05'),
    ev('2024-06-01'),
  ]);

  it('finds events inside the window, and long ones that began before it', () => {
    expect(overlapping(index, ms('2020-06-01'), ms('2020-07-01'), 10).indices).toEqual([0]);
    expect(overlapping(index, ms('2024-03-01'), ms('2024-04-01'), 10).indices).toEqual([1, 2]);
  });

  it('treats the window end as exclusive and an event’s last day as inclusive', () => {
    expect(overlapping(index, ms('2024-02-01'), ms('2024-03-01'), 10).indices).toEqual([]);
    expect(overlapping(index, ms('2020-12-31'), ms('2021-01-01'), 10).indices).toEqual([0]);
  });

  it('says when more events overlap than may be drawn', () => {
    const result = overlapping(index, ms('2019-01-01'), ms('2025-01-01'), 2);
    expect(result).toEqual({ indices: [0, 1], overflow: true });
  });
});

describe('clusters', () => {
  it('counts every overlapping event exactly once, in calendar-aligned buckets', () => {
    const events = Array.from({ length: 1000 }, (_, i) => {
      const day = new Date(Date.UTC(1990, 0, 1) + i * 11 * 86_400_000).toISOString().slice(0, 10);
      return ev(day);
    });
    const index = buildTimeIndex(events);
    const window = { from: ms('1990-01-01'), to: ms('2021-01-01') };
    const found = clusters(index, window.from, window.to);
    expect(found.reduce((sum, c) => sum + c.count, 0)).toBe(
      overlapping(index, window.from, window.to, Infinity).indices.length,
    );
    expect(found.length).toBeLessThanOrEqual(32);
    for (const c of found) {
      expect(new Date(c.start).getUTCDate()).toBe(1); // starts on a month boundary
      expect(c.end).toBeGreaterThan(c.start);
    }
  });

  it('keeps ids stable for the same bucket, so a pan redraws only what changed', () => {
    const index = buildTimeIndex([ev('2024-01-10'), ev('2024-02-10'), ev('2024-03-10')]);
    const a = clusters(index, ms('2023-12-01'), ms('2024-04-01')).map((c) => c.id);
    const b = clusters(index, ms('2023-12-15'), ms('2024-04-15')).map((c) => c.id);
    expect(a).toEqual(b);
  });
});

describe('extent', () => {
  it('spans all events, with room at both ends', () => {
    const index = buildTimeIndex([ev('2000-01-01'), ev('2010-01-01', '2010-01-31')]);
    const span = extent(index);
    expect(span?.start).toBeLessThan(ms('2000-01-01'));
    expect(span?.end).toBeGreaterThan(ms('2010-02-01'));
    expect(extent(buildTimeIndex([]))).toBeUndefined();
  });
});

describe('timeIndexFromDays', () => {
  it('gives the filtered events the same spans as parsing their dates', () => {
    const events = [
      ev('1949-10-02'),
      ev('2024-10-22', '2024-10-24'),
      ev('2026-01-01', '2026-06-30'),
    ];
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const days = {
      from: Int32Array.from(events, (e) => day(e.from)),
      to: Int32Array.from(events, (e) => day(e.to)),
    };
    const picked = Uint32Array.from([0, 2]);
    expect(timeIndexFromDays(days, picked)).toEqual(
      buildTimeIndex([0, 2].map((i) => events[i] ?? ev('1970-01-01'))),
    );
  });
});
