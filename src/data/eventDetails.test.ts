// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset, EventDetails, TimelineEvent } from '../domain/schema.ts';
import { detailsSource, isGoneChunk } from './eventDetails.ts';

function event(id: string, withDetails: boolean): TimelineEvent {
  return {
    id,
    date: { precision: 'day', start: '2026-02-04' },
    from: '2026-02-04',
    to: '2026-02-04',
    status: 'happened',
    type: 'call',
    title: { ar: id, en: id },
    actors: [],
    forums: [],
    ...(withDetails ? { summary: { ar: `ملخص ${id}`, en: `Summary ${id}` }, sources: [] } : {}),
  };
}

const details = (id: string): EventDetails => ({
  summary: { ar: `ملخص ${id}`, en: `Summary ${id}` },
  sources: [],
});

function dataset(chunked: boolean): Dataset {
  const ids = ['a', 'b', 'c'];
  return {
    format: 2,
    hash: 'h1',
    affiliations: [],
    actors: [],
    forums: [],
    types: [],
    events: ids.map((id) => event(id, !chunked)),
    ...(chunked
      ? { details: { chunkSize: 2, files: ['events-h1-0.json', 'events-h1-1.json'] } }
      : {}),
  };
}

function serve(files: Record<string, unknown>) {
  const fetch = vi.fn(async (url: URL | string) => {
    const name = String(url).split('/').pop() ?? '';
    return name in files
      ? new Response(JSON.stringify(files[name]))
      : new Response('missing', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('event details', () => {
  it('are at hand without a request when the corpus carries them inline', async () => {
    const fetch = serve({});
    const source = detailsSource(dataset(false), '/data/events.json');
    expect(source.peek(1)?.summary.en).toBe('Summary b');
    await expect(source.load(2)).resolves.toMatchObject({ summary: { ar: 'ملخص c' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('come from the chunk holding the event, fetched once', async () => {
    const fetch = serve({
      'events-h1-0.json': { format: 2, hash: 'h1', first: 0, events: [details('a'), details('b')] },
      'events-h1-1.json': { format: 2, hash: 'h1', first: 2, events: [details('c')] },
    });
    const source = detailsSource(dataset(true), '/data/events.json');
    expect(source.peek(2)).toBeUndefined();
    await expect(source.load(2)).resolves.toMatchObject({ summary: { en: 'Summary c' } });
    await expect(source.load(1)).resolves.toMatchObject({ summary: { en: 'Summary b' } });
    await source.load(0);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('fetched ahead of need are at hand without a request when the event opens', async () => {
    const fetch = serve({
      'events-h1-0.json': { format: 2, hash: 'h1', first: 0, events: [details('a'), details('b')] },
      'events-h1-1.json': { format: 2, hash: 'h1', first: 2, events: [details('c')] },
    });
    const source = detailsSource(dataset(true), '/data/events.json');
    source.warm([2]);
    await vi.waitFor(() => expect(source.peek(2)?.summary.en).toBe('Summary c'));
    expect(source.peek(0)).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);
    await source.load(2);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('warmed but failing, wait quietly for a real load, which asks again', async () => {
    const fetch = serve({});
    const source = detailsSource(dataset(true), '/data/events.json');
    source.warm([0]);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    // Let the failed warm-up settle: it must not stay cached as the chunk's answer.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(source.load(0)).rejects.toThrow();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(source.peek(0)).toBeUndefined();
  });

  it('refuse a chunk of another data version rather than show the wrong text', async () => {
    serve({ 'events-h1-0.json': { format: 2, hash: 'other', first: 0, events: [details('x')] } });
    const source = detailsSource(dataset(true), '/data/events.json');
    await expect(source.load(0)).rejects.toThrow(/data version/);
  });

  it('call a chunk gone when the answer says a new deployment replaced it, not for a passing fault', async () => {
    const failure = async (answer: () => Response | Promise<Response>) => {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => answer()),
      );
      return detailsSource(dataset(true), '/data/events.json')
        .load(0)
        .then(
          () => {
            throw new Error('expected the load to fail');
          },
          (error: unknown) => isGoneChunk(error),
        );
    };
    // A host's app fallback: the deleted file answered with index.html and status 200.
    expect(await failure(() => new Response('<!doctype html><title>مسار</title>'))).toBe(true);
    expect(await failure(() => new Response('not found', { status: 404 }))).toBe(true);
    expect(await failure(() => new Response('gone', { status: 410 }))).toBe(true);
    const other = { format: 2, hash: 'h2', first: 0, events: [details('a')] };
    expect(await failure(() => new Response(JSON.stringify(other)))).toBe(true);
    expect(await failure(() => new Response('null'))).toBe(true);
    // Worth retrying as they are: the network, or a server having a bad moment.
    expect(await failure(() => Promise.reject(new TypeError('Failed to fetch')))).toBe(false);
    expect(await failure(() => new Response('busy', { status: 503 }))).toBe(false);
  });

  it('can be asked again after a failed request', async () => {
    serve({});
    const source = detailsSource(dataset(true), '/data/events.json');
    await expect(source.load(0)).rejects.toThrow(/404/);
    serve({ 'events-h1-0.json': { format: 2, hash: 'h1', first: 0, events: [details('a')] } });
    await expect(source.load(0)).resolves.toMatchObject({ summary: { en: 'Summary a' } });
  });
});
