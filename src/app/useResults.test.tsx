// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFacetIndex } from '../domain/filters.ts';
import { buildSearchIndex } from '../domain/searchIndex.ts';
import { makeDataset } from '../domain/testFixtures.ts';
import type { ViewState } from '../domain/viewState.ts';
import { defaultView } from '../url/viewStateQuery.ts';
import { TYPING_IMMEDIATE_UP_TO, useResults } from './useResults.ts';

afterEach(cleanup);

/** `size` events, every third with Putin. */
function corpus(size: number) {
  const dataset = makeDataset(
    Array.from({ length: size }, (_, i) => ({
      id: `e${i}`,
      date: `20${String(10 + (i % 16)).padStart(2, '0')}-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      type: 'call',
      actors: i % 3 === 0 ? ['putin'] : [],
    })),
  );
  return { dataset, facetIndex: buildFacetIndex(dataset) };
}

/** The totals every render showed after the view changed from all events to `change`. */
function totalsAfter(size: number, change: Partial<ViewState>): number[] {
  const { dataset, facetIndex } = corpus(size);
  const searchIndex = change.q ? buildSearchIndex(dataset, 'ar') : undefined;
  const seen: number[] = [];
  const { rerender } = renderHook(
    ({ state }: { state: ViewState }) => {
      const { result } = useResults(dataset, facetIndex, state, searchIndex);
      seen.push(result.total);
      return result;
    },
    { initialProps: { state: defaultView() } },
  );
  seen.length = 0;
  act(() => rerender({ state: { ...defaultView(), ...change } }));
  return seen;
}

describe('useResults', () => {
  it('a filter click shows its results in the render that takes it, on a small corpus', () => {
    const totals = totalsAfter(30, { actors: ['putin'] });
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.every((total) => total === 10)).toBe(true);
  });

  it('and on a very large one', () => {
    const size = TYPING_IMMEDIATE_UP_TO + 1;
    const totals = totalsAfter(size, { actors: ['putin'] });
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.every((total) => total === Math.ceil(size / 3))).toBe(true);
  });

  it('a keystroke shows its results with it, up to the size where typing is deferred', () => {
    const totals = totalsAfter(TYPING_IMMEDIATE_UP_TO, { q: 'e1' });
    expect(totals.length).toBeGreaterThan(0);
    expect(new Set(totals).size).toBe(1);
    expect(totals[0]).toBeLessThan(TYPING_IMMEDIATE_UP_TO);
  });

  it('on a very large corpus, the keystroke renders first and its results follow, deferred', () => {
    const size = TYPING_IMMEDIATE_UP_TO + 1;
    const totals = totalsAfter(size, { q: 'e1' });
    expect(totals[0]).toBe(size);
    expect(totals.at(-1)).toBeLessThan(size);
  });
});
