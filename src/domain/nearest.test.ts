import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventsOnDay, nearestEvents } from './nearest.ts';
import { buildEventDays } from './eventDays.ts';
import { applyFilters, buildFacetIndex } from './filters.ts';
import { DEFAULT_VIEW } from './viewState.ts';
import { SAMPLE, idsOf, makeDataset } from './testFixtures.ts';

const days = buildEventDays(SAMPLE);
const on = (day: string, options = {}) => idsOf(SAMPLE, eventsOnDay(days, day, options));

describe('eventsOnDay', () => {
  it('finds an event dated to that day', () => {
    expect(on('2026-02-04')).toEqual(['call-2026']);
  });

  it('finds a range of days on every day it covers, and not beyond', () => {
    expect(on('2024-10-23')).toEqual(['brics-kazan']);
    expect(on('2024-10-24')).toEqual(['brics-kazan']);
    expect(on('2024-10-25')).toEqual([]);
  });

  it('finds month- and year-dated events on each of their days unless asked not to', () => {
    expect(on('2025-04-15')).toEqual(['shoigu-2025', 'lavrov-beijing']);
    expect(on('2025-04-15', { dayPreciseOnly: true })).toEqual([]);
    expect(on('2025-09-01', { dayPreciseOnly: true })).toEqual(['sco-tianjin']);
  });

  it('searches only within a filtered subset when given one', () => {
    const facets = buildFacetIndex(SAMPLE);
    const within = applyFilters(facets, { ...DEFAULT_VIEW, actors: ['lavrov'] }).indices;
    expect(on('2025-04-15', { within })).toEqual(['lavrov-beijing']);
  });

  it('rejects a value that is not a calendar day', () => {
    expect(() => eventsOnDay(days, '2026-02')).toThrow(RangeError);
    expect(() => eventsOnDay(days, '2026-02-30')).toThrow(RangeError);
  });
});

describe('nearestEvents', () => {
  it('gives the events just before and just after a day with nothing on it', () => {
    const r = nearestEvents(days, '2026-02-05');
    expect(idsOf(SAMPLE, r.on)).toEqual([]);
    expect(idsOf(SAMPLE, r.before)).toEqual(['call-2026']);
    expect(r.daysBefore).toBe(1);
    expect(idsOf(SAMPLE, r.after)).toEqual(['visit-planned']);
    expect(r.daysAfter).toBe(85); // 5 Feb → 1 May 2026
  });

  it('lets a long event that ended later win over one that started later', () => {
    // On 2026-01-10 the year-long Shoigu event (ends 31 Dec 2025) is the last to end before it.
    const r = nearestEvents(days, '2026-01-10');
    expect(idsOf(SAMPLE, r.before)).toEqual(['shoigu-2025']);
    const precise = nearestEvents(days, '2026-01-10', { dayPreciseOnly: true });
    expect(idsOf(SAMPLE, precise.before)).toEqual(['energy-deal']);
  });

  it('has nothing before the first event or after the last', () => {
    const first = nearestEvents(days, '2000-01-01');
    expect(first.before.length).toBe(0);
    expect(first.daysBefore).toBeNull();
    expect(idsOf(SAMPLE, first.after)).toEqual(['call-2024']);
    const last = nearestEvents(days, '2030-01-01');
    expect(last.after.length).toBe(0);
    expect(last.daysAfter).toBeNull();
  });

  it('agrees with a brute-force search on random datasets (property)', () => {
    const dayArb = fc
      .integer({ min: 0, max: 400 })
      .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
    const dateArb = fc.oneof(
      dayArb,
      dayArb.map((d) => d.slice(0, 7)),
      fc
        .tuple(dayArb, fc.integer({ min: 1, max: 30 }))
        .map(([d, len]): [string, string] => [
          d,
          new Date(Date.parse(d) + len * 86_400_000).toISOString().slice(0, 10),
        ]),
    );
    fc.assert(
      fc.property(
        fc.array(dateArb, { maxLength: 40 }),
        dayArb,
        fc.boolean(),
        (dates, day, dayPreciseOnly) => {
          const ds = makeDataset(dates.map((date, k) => ({ id: `e${k}`, date, type: 'call' })));
          const ed = buildEventDays(ds);
          const r = nearestEvents(ed, day, { dayPreciseOnly });
          const pool = ds.events.filter((e) => !dayPreciseOnly || e.date.precision === 'day');
          const onDay = pool.filter((e) => e.from <= day && e.to >= day).map((e) => e.id);
          const ended = pool.filter((e) => e.to < day);
          const lastEnd = ended.reduce((m, e) => (e.to > m ? e.to : m), '');
          const started = pool.filter((e) => e.from > day);
          const firstStart = started.reduce((m, e) => (m === '' || e.from < m ? e.from : m), '');
          expect(idsOf(ds, r.on)).toEqual(onDay);
          expect(idsOf(ds, r.before)).toEqual(
            ended.filter((e) => e.to === lastEnd).map((e) => e.id),
          );
          expect(idsOf(ds, r.after)).toEqual(
            started.filter((e) => e.from === firstStart).map((e) => e.id),
          );
        },
      ),
    );
  });
});
