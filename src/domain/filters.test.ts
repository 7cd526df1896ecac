import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyFilters, buildFacetIndex, type FilterView } from './filters.ts';
import { buildSearchIndex } from './searchIndex.ts';
import { SAMPLE, idsOf, makeDataset } from './testFixtures.ts';
import { DEFAULT_VIEW, orderedSpan } from './viewState.ts';

const facets = buildFacetIndex(SAMPLE);
const search = buildSearchIndex(SAMPLE, 'ar');
const view = (over: Partial<FilterView>): FilterView => ({ ...DEFAULT_VIEW, ...over });
const run = (over: Partial<FilterView>) => applyFilters(facets, view(over), search);
const ids = (over: Partial<FilterView>) => idsOf(SAMPLE, run(over).indices);
const count = (list: { id: string }[], counts: Uint32Array, id: string) =>
  counts[list.findIndex((x) => x.id === id)];

describe('applyFilters: which events match', () => {
  it('shows every event, in chronological order, when nothing is chosen', () => {
    const r = run({});
    expect(idsOf(SAMPLE, r.indices)).toEqual(SAMPLE.events.map((e) => e.id));
    expect(r.total).toBe(SAMPLE.events.length);
    expect(r.eventCount).toBe(SAMPLE.events.length);
  });

  it('keeps events with any of the chosen actors', () => {
    // The year-dated Shoigu event starts on 1 January, so it sorts first.
    expect(ids({ actors: ['lavrov', 'shoigu'] })).toEqual(['shoigu-2025', 'lavrov-beijing']);
  });

  it('keeps events with all of the chosen actors in "all" mode', () => {
    expect(ids({ actors: ['putin', 'wang-yi'], actorsMode: 'all' })).toEqual(['sco-tianjin']);
    expect(ids({ actors: ['lavrov', 'shoigu'], actorsMode: 'all' })).toEqual([]);
  });

  it('keeps events in any of the chosen forums, and of any of the chosen types', () => {
    expect(ids({ forums: ['brics', 'sco'] })).toEqual([
      'brics-kazan',
      'sco-tianjin',
      'visit-planned',
    ]);
    expect(ids({ types: ['call', 'agreement'] })).toEqual([
      'call-2024',
      'energy-deal',
      'call-2026',
    ]);
  });

  it('requires every facet at once', () => {
    expect(ids({ actors: ['putin'], forums: ['sco'], types: ['summit'] })).toEqual(['sco-tianjin']);
  });

  it('keeps events that overlap the period, whatever their precision', () => {
    // The year-dated Shoigu event and the month-dated Lavrov visit overlap 2025-04-10..2025-04-11.
    expect(ids({ period: { start: '2025-04-10', end: '2025-04-11' } })).toEqual([
      'shoigu-2025',
      'lavrov-beijing',
    ]);
    // A summit spanning 31 Aug–1 Sep overlaps September.
    expect(ids({ period: { start: '2025-09', end: '2025-09' }, types: ['summit'] })).toEqual([
      'sco-tianjin',
    ]);
    expect(ids({ period: { start: '2026', end: '2026' } })).toEqual(['call-2026', 'visit-planned']);
  });

  it('reads a period given end first, once ordered the one way a view orders it', () => {
    expect(ids({ period: orderedSpan('2026', '2025-09-02') })).toEqual(
      ids({ period: { start: '2025-09-02', end: '2026' } }),
    );
  });

  it('applies the text search with the other filters', () => {
    expect(ids({ q: 'قمة', forums: ['sco'] })).toEqual(['sco-tianjin']);
    expect(ids({ q: '   ' })).toEqual(SAMPLE.events.map((e) => e.id));
  });

  it('skips the text filter when no search index is given', () => {
    const r = applyFilters(facets, view({ q: 'قمة' }));
    expect(r.total).toBe(SAMPLE.events.length);
  });

  it('ignores ids the dataset does not know: events and counts as for the known ones', () => {
    const r = run({ actors: ['lavrov', 'gone'], forums: ['nowhere'], types: ['x'] });
    expect(idsOf(SAMPLE, r.indices)).toEqual(['lavrov-beijing']);
    expect(r).toEqual(run({ actors: ['lavrov'] }));
  });

  it('ignores a period it cannot read: every event, every count as without one', () => {
    const r = run({ period: { start: '2025-13', end: '2026' } });
    expect(r.total).toBe(SAMPLE.events.length);
    expect(r).toEqual(run({}));
  });
});

describe('applyFilters: facet counts', () => {
  it('counts every event per value when nothing is chosen', () => {
    const r = run({});
    expect(count(SAMPLE.actors, r.counts.actors, 'putin')).toBe(6);
    expect(count(SAMPLE.forums, r.counts.forums, 'sco')).toBe(2);
    expect(count(SAMPLE.types, r.counts.types, 'visit')).toBe(3);
  });

  it('counts a facet without its own selection, so siblings keep their numbers', () => {
    const r = run({ forums: ['brics'] });
    expect(r.total).toBe(1);
    // SCO still shows what ticking it would add; other facets are narrowed to BRICS.
    expect(count(SAMPLE.forums, r.counts.forums, 'sco')).toBe(2);
    expect(count(SAMPLE.forums, r.counts.forums, 'brics')).toBe(1);
    expect(count(SAMPLE.actors, r.counts.actors, 'putin')).toBe(1);
    expect(count(SAMPLE.types, r.counts.types, 'summit')).toBe(1);
    expect(count(SAMPLE.types, r.counts.types, 'call')).toBe(0);
  });

  it('counts actors over the current result in "all" mode', () => {
    const r = run({ actors: ['putin', 'xi'], actorsMode: 'all' });
    expect(r.total).toBe(5);
    expect(count(SAMPLE.actors, r.counts.actors, 'putin')).toBe(5);
    // Adding Wang Yi would leave the one event where all three meet.
    expect(count(SAMPLE.actors, r.counts.actors, 'wang-yi')).toBe(1);
    expect(count(SAMPLE.actors, r.counts.actors, 'lavrov')).toBe(0);
  });

  it('applies the text and period to every count', () => {
    const r = run({ q: 'قمة', period: { start: '2025', end: '2025' } });
    expect(count(SAMPLE.actors, r.counts.actors, 'putin')).toBe(1);
    expect(count(SAMPLE.types, r.counts.types, 'summit')).toBe(1);
    expect(count(SAMPLE.types, r.counts.types, 'call')).toBe(0);
  });

  it('agrees with a brute-force filter on random datasets (property)', () => {
    const actorIds = SAMPLE.actors.map((a) => a.id);
    const forumIds = SAMPLE.forums.map((f) => f.id);
    const typeIds = SAMPLE.types.map((t) => t.id);
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
    const eventArb = fc.record({
      date: fc.oneof(
        day,
        day.map((d) => d.slice(0, 7)),
        day.map((d) => d.slice(0, 4)),
        fc.tuple(day, fc.integer({ min: 0, max: 40 })).map(([d, len]): [string, string] => {
          const end = new Date(Date.parse(d) + len * 86_400_000).toISOString().slice(0, 10);
          return [d, end];
        }),
      ),
      type: fc.constantFrom(...typeIds),
      // Up to every actor: more values than twice the events, so the facet's buffer grows.
      actors: fc.uniqueArray(fc.constantFrom(...actorIds), { maxLength: 5 }),
      forums: fc.uniqueArray(fc.constantFrom(...forumIds), { maxLength: 2 }),
    });
    const viewArb = fc.record({
      actors: fc.uniqueArray(fc.constantFrom(...actorIds), { maxLength: 3 }),
      actorsMode: fc.constantFrom('any' as const, 'all' as const),
      forums: fc.uniqueArray(fc.constantFrom(...forumIds), { maxLength: 2 }),
      types: fc.uniqueArray(fc.constantFrom(...typeIds), { maxLength: 2 }),
      period: fc.option(
        fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
        { nil: undefined },
      ),
      q: fc.constant(''),
    });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), viewArb, (specs, v) => {
        const ds = makeDataset(specs.map((s, k) => ({ ...s, id: `e${k}` })));
        const r = applyFilters(buildFacetIndex(ds), v);
        const passes = (e: (typeof ds.events)[number], skip?: 'actors' | 'forums' | 'types') => {
          const actorsOk =
            v.actors.length === 0 ||
            (v.actorsMode === 'all'
              ? v.actors.every((a) => e.actors.includes(a))
              : v.actors.some((a) => e.actors.includes(a)));
          const forumsOk = v.forums.length === 0 || v.forums.some((f) => e.forums.includes(f));
          const typesOk = v.types.length === 0 || v.types.includes(e.type);
          const periodOk = !v.period || (e.to >= v.period.start && e.from <= v.period.end);
          return (
            (skip === 'actors' && v.actorsMode === 'any' ? true : actorsOk) &&
            (skip === 'forums' ? true : forumsOk) &&
            (skip === 'types' ? true : typesOk) &&
            periodOk
          );
        };
        expect(idsOf(ds, r.indices)).toEqual(ds.events.filter((e) => passes(e)).map((e) => e.id));
        ds.actors.forEach((a, k) => {
          const n = ds.events.filter((e) => passes(e, 'actors') && e.actors.includes(a.id)).length;
          expect(r.counts.actors[k]).toBe(n);
        });
        ds.forums.forEach((f, k) => {
          const n = ds.events.filter((e) => passes(e, 'forums') && e.forums.includes(f.id)).length;
          expect(r.counts.forums[k]).toBe(n);
        });
        ds.types.forEach((t, k) => {
          const n = ds.events.filter((e) => passes(e, 'types') && e.type === t.id).length;
          expect(r.counts.types[k]).toBe(n);
        });
      }),
    );
  });
});
