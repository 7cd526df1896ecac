import { describe, expect, it } from 'vitest';
import {
  clearedFilters,
  DEFAULT_VIEW,
  FILTER_KEYS,
  isInverted,
  orderedSpan,
  type ViewState,
} from './viewState.ts';

describe('clearedFilters', () => {
  // Where the reader is looking and how the list reads, which a reset keeps.
  const place = {
    lang: 'en',
    event: 'e1',
    date: '2026-02-04',
    view: 'list',
    order: 'oldest',
    range: { start: '2024', end: '2026' },
  } satisfies Partial<ViewState>;
  const filtered: ViewState = {
    ...DEFAULT_VIEW,
    ...place,
    actors: ['putin'],
    actorsMode: 'all',
    forums: ['brics'],
    types: ['call'],
    period: { start: '2025', end: '2026' },
    q: 'قمة',
  };

  it('returns every filter to its default and leaves the rest of the view alone', () => {
    const reset = { ...filtered, ...clearedFilters() };
    for (const key of FILTER_KEYS) expect(reset[key]).toEqual(DEFAULT_VIEW[key]);
    expect(reset).toEqual({ ...DEFAULT_VIEW, ...place, period: undefined });
  });

  it('names the period, so a spread clears it, and hands out lists of its own', () => {
    const patch = clearedFilters();
    expect(Object.keys(patch).sort()).toEqual([...FILTER_KEYS].sort());
    expect(patch.actors).not.toBe(DEFAULT_VIEW.actors);
    patch.actors.push('xi');
    expect(DEFAULT_VIEW.actors).toEqual([]);
  });
});

describe('date spans', () => {
  it('are inverted only when the start begins after the end is over', () => {
    expect(isInverted({ start: '2026', end: '2024' })).toBe(true);
    expect(isInverted({ start: '2024-07', end: '2024-06-30' })).toBe(true);
    // A year and a month inside it overlap either way round.
    expect(isInverted({ start: '2024', end: '2024-06' })).toBe(false);
    expect(isInverted({ start: '2024-06', end: '2024' })).toBe(false);
    expect(isInverted({ start: '2025-03', end: '2025-03' })).toBe(false);
  });

  it('are ordered whichever end is given first', () => {
    expect(orderedSpan('2026-05', '2025-01')).toEqual({ start: '2025-01', end: '2026-05' });
    expect(orderedSpan('2025-01', '2026-05')).toEqual({ start: '2025-01', end: '2026-05' });
    expect(orderedSpan('2025-03', '2025-03')).toEqual({ start: '2025-03', end: '2025-03' });
  });
});
