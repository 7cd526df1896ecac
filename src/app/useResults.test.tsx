// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFacetIndex } from '../domain/filters.ts';
import { buildSearchIndex } from '../domain/searchIndex.ts';
import { makeDataset } from '../domain/testFixtures.ts';
import type { ViewState } from '../domain/viewState.ts';
import { defaultView } from '../url/viewStateQuery.ts';
import { useResults } from './useResults.ts';

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
  // 5,000 events: a corpus where results used to follow in a later, deferred render.
  for (const size of [30, 5000]) {
    it(`at ${size} events, a filter click shows its results in the render that takes it`, () => {
      const totals = totalsAfter(size, { actors: ['putin'] });
      expect(totals.length).toBeGreaterThan(0);
      expect(totals.every((total) => total === Math.ceil(size / 3))).toBe(true);
    });

    it(`at ${size} events, so does a keystroke`, () => {
      const totals = totalsAfter(size, { q: 'e1' });
      expect(totals.length).toBeGreaterThan(0);
      expect(new Set(totals).size).toBe(1);
      expect(totals[0]).toBeLessThan(size);
    });
  }
});
