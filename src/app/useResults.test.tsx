// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFacetIndex } from '../domain/filters.ts';
import { makeDataset } from '../domain/testFixtures.ts';
import type { ViewState } from '../domain/viewState.ts';
import { defaultView } from '../url/viewStateQuery.ts';
import { IMMEDIATE_UP_TO, useResults } from './useResults.ts';

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

/** The totals every render showed after the view changed from all events to Putin's. */
function totalsAfterFilter(size: number): number[] {
  const { dataset, facetIndex } = corpus(size);
  const seen: number[] = [];
  const { rerender } = renderHook(
    ({ state }: { state: ViewState }) => {
      const { result } = useResults(dataset, facetIndex, state, undefined);
      seen.push(result.total);
      return result;
    },
    { initialProps: { state: defaultView() } },
  );
  seen.length = 0;
  act(() => rerender({ state: { ...defaultView(), actors: ['putin'] } }));
  return seen;
}

describe('useResults', () => {
  it('on a small corpus, the render that takes a filter already shows its results', () => {
    const totals = totalsAfterFilter(30);
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.every((total) => total === 10)).toBe(true);
  });

  it('on a large corpus, the input renders first and the results follow in a deferred render', () => {
    const size = IMMEDIATE_UP_TO + 1;
    const totals = totalsAfterFilter(size);
    expect(totals[0]).toBe(size);
    expect(totals.at(-1)).toBe(Math.ceil(size / 3));
  });
});
