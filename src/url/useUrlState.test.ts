// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KnownIds } from './params.ts';
import { KNOWN } from './testArbitraries.ts';
import { useUrlState } from './useUrlState.ts';

const here = () => window.location.pathname + window.location.search + window.location.hash;
const open = (url: string) => window.history.replaceState(null, '', url);

beforeEach(() => open('/'));
// Unmounts each test's hook, so its Back/Forward listener cannot act in the next test.
afterEach(cleanup);

describe('useUrlState', () => {
  it('applies a shared link’s digits and calendar for the visit, but keeps them out of the address', async () => {
    open('/?event=2026-02-04-putin-xi-call&digits=arab&cal=hijri&digits=xyz');
    const { result } = renderHook(() => useUrlState(KNOWN));
    expect(result.current.linkedDisplay).toEqual({ digits: 'arab', calendar: 'hijri' });
    expect(result.current.ignored).toEqual([
      { param: 'digits', value: 'xyz', reason: 'duplicate' },
    ]);
    await waitFor(() => expect(here()).toBe('/?event=2026-02-04-putin-xi-call'));
    expect(result.current.link).toBe(`${window.location.origin}/?event=2026-02-04-putin-xi-call`);
  });

  it('applies the link on load, reports what it ignored, and tidies the address', async () => {
    open('/masar/?date=2026-02-04&actors=putin~nobody&lang=en&utm_source=x#top');
    const { result } = renderHook(() => useUrlState(KNOWN));
    expect(result.current.state).toMatchObject({
      date: '2026-02-04',
      actors: ['putin'],
      lang: 'en',
    });
    expect(result.current.ignored).toEqual([
      { param: 'actors', value: 'nobody', reason: 'unknown-actor' },
    ]);
    await waitFor(() => expect(here()).toBe('/masar/?date=2026-02-04&actors=putin&lang=en#top'));
  });

  it('applies language and dates before the data loads, and checks ids once it has', async () => {
    open('/?actors=putin~nobody&lang=en&date=2026-13-45');
    const { result, rerender } = renderHook(({ known }) => useUrlState(known), {
      initialProps: { known: undefined as KnownIds | undefined },
    });
    expect(result.current.state).toMatchObject({ lang: 'en', actors: ['nobody', 'putin'] });
    expect(result.current.ignored).toEqual([
      { param: 'date', value: '2026-13-45', reason: 'invalid-date' },
    ]);
    expect(here()).toBe('/?actors=putin~nobody&lang=en&date=2026-13-45');

    rerender({ known: KNOWN });
    expect(result.current.state.actors).toEqual(['putin']);
    expect(result.current.ignored).toEqual([
      { param: 'date', value: '2026-13-45', reason: 'invalid-date' },
      { param: 'actors', value: 'nobody', reason: 'unknown-actor' },
    ]);
    await waitFor(() => expect(here()).toBe('/?actors=putin&lang=en'));
  });

  it('does not loop when the caller rebuilds the same ids on every render', () => {
    const { result } = renderHook(() =>
      useUrlState({ ...KNOWN, actors: new Set(KNOWN.actors.keys()) }),
    );
    expect(result.current.state.lang).toBe('ar');
  });

  it('pushes selections so Back returns to the view before', async () => {
    const { result } = renderHook(() => useUrlState(KNOWN));
    const before = window.history.length;
    act(() => result.current.update({ event: '2026-02-04-putin-xi-call' }, 'push'));
    expect(here()).toBe('/?event=2026-02-04-putin-xi-call');
    expect(window.history.length).toBe(before + 1);

    act(() => window.history.back());
    await waitFor(() => expect(result.current.state.event).toBeUndefined());
    expect(here()).toBe('/');

    act(() => window.history.forward());
    await waitFor(() => expect(result.current.state.event).toBe('2026-02-04-putin-xi-call'));
  });

  it('replaces the entry on pan, once the view is still', async () => {
    const { result } = renderHook(() => useUrlState(KNOWN));
    const before = window.history.length;
    act(() => result.current.update({ range: { start: '2024', end: '2025' } }, 'replace'));
    act(() => result.current.update({ range: { start: '2024', end: '2026' } }, 'replace'));
    expect(result.current.link).toBe(`${window.location.origin}/?range=2024..2026`);
    await waitFor(() => expect(here()).toBe('/?range=2024..2026'));
    expect(window.history.length).toBe(before);
  });

  it('keeps the panned view on the entry it leaves when an event is selected', async () => {
    const { result } = renderHook(() => useUrlState(KNOWN));
    act(() => result.current.update({ range: { start: '2024', end: '2026' } }, 'replace'));
    act(() => result.current.update((s) => ({ ...s, event: '2026-02-04-putin-xi-call' }), 'push'));
    expect(here()).toBe('/?event=2026-02-04-putin-xi-call&range=2024..2026');
    act(() => window.history.back());
    await waitFor(() => expect(here()).toBe('/?range=2024..2026'));
    expect(result.current.state.range).toEqual({ start: '2024', end: '2026' });
  });

  it('keeps search text as typed while the link carries it trimmed', () => {
    const { result } = renderHook(() => useUrlState(KNOWN));
    act(() => result.current.update({ q: 'شي ' }, 'push'));
    expect(result.current.state.q).toBe('شي ');
    expect(window.location.search).toBe('?q=%D8%B4%D9%8A');
  });

  it('composes function updates made in one go', () => {
    const { result } = renderHook(() => useUrlState(KNOWN));
    act(() => {
      result.current.update((s) => ({ ...s, actors: [...s.actors, 'putin'] }), 'push');
      result.current.update((s) => ({ ...s, actors: [...s.actors, 'xi'] }), 'push');
    });
    expect(result.current.state.actors).toEqual(['putin', 'xi']);
    expect(window.location.search).toBe('?actors=putin~xi');
  });

  it('clears the notice when dismissed', () => {
    open('/?lang=fr');
    const { result } = renderHook(() => useUrlState(KNOWN));
    expect(result.current.ignored).toHaveLength(1);
    act(() => result.current.dismissIgnored());
    expect(result.current.ignored).toEqual([]);
  });
});
