// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyEnvelope } from '../domain/testFixtures.ts';
import { useDataset } from './useDataset.ts';

/** The server's events JSON, as the test sets it; every request is counted. */
function server(initial: string) {
  let hash = initial;
  const fetch = vi.fn(async () => new Response(JSON.stringify(emptyEnvelope(hash))));
  vi.stubGlobal('fetch', fetch);
  return { fetch, deploy: (next: string) => (hash = next) };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const hashOf = (state: ReturnType<typeof useDataset>['state']) =>
  state.status === 'ready' ? state.dataset.hash : undefined;

describe('useDataset: a newer version of the data', () => {
  it('is looked for once however often a check is asked, and loaded in place when the reader asks', async () => {
    const { fetch, deploy } = server('old');
    const { result } = renderHook(() => useDataset());
    await waitFor(() => expect(hashOf(result.current.state)).toBe('old'));
    deploy('new');

    act(() => {
      result.current.update.check();
      result.current.update.check();
      result.current.update.check();
    });
    expect(result.current.update.status).toBe('checking');
    await waitFor(() => expect(result.current.update.status).toBe('available'));
    // The first load, then a single check.
    expect(fetch).toHaveBeenCalledTimes(2);
    // Once an update is known, asking again costs nothing.
    act(() => result.current.update.check());
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(hashOf(result.current.state)).toBe('old');

    act(() => result.current.update.load());
    await waitFor(() => expect(hashOf(result.current.state)).toBe('new'));
    expect(result.current.update.status).toBe('loaded');
  });

  it('offers nothing when the data on the server is still ours', async () => {
    const { fetch } = server('same');
    const { result } = renderHook(() => useDataset());
    await waitFor(() => expect(hashOf(result.current.state)).toBe('same'));
    act(() => result.current.update.check());
    await waitFor(() => expect(result.current.update.status).toBeUndefined());
    expect(fetch).toHaveBeenCalledTimes(2);
    // A later failure may check again: the deployment may have landed since.
    act(() => result.current.update.check());
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(3));
  });
});
