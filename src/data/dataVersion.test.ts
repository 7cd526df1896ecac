import { afterEach, describe, expect, it, vi } from 'vitest';
import { FORMAT_VERSION } from '../domain/formatVersion.ts';
import { emptyEnvelope } from '../domain/testFixtures.ts';
import { checkDataVersion } from './dataVersion.ts';

function serve(answer: () => Response | Promise<Response>) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => answer());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('checking for a new data version', () => {
  it('finds a new version when the events JSON has another hash, and hands it over', async () => {
    const fetch = serve(() => new Response(JSON.stringify(emptyEnvelope('new'))));
    const result = await checkDataVersion('old', '/data/events.json');
    expect(result).toMatchObject({ kind: 'changed', dataset: { hash: 'new' } });
    // Past the HTTP cache: a cached copy of the old JSON would say nothing changed.
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ cache: 'no-cache' });
  });

  it('says "same" when the hash is ours: the chunk failed for another reason', async () => {
    serve(() => new Response(JSON.stringify(emptyEnvelope('old'))));
    await expect(checkDataVersion('old', '/data/events.json')).resolves.toEqual({ kind: 'same' });
  });

  it('asks for a new page when the events are of a format this build cannot read', async () => {
    serve(() => new Response(JSON.stringify(emptyEnvelope('new', FORMAT_VERSION + 1))));
    await expect(checkDataVersion('old', '/data/events.json')).resolves.toEqual({
      kind: 'newer-app',
    });
  });

  it('knows nothing when the check itself fails (offline, server error, index.html)', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(checkDataVersion('old', '/data/events.json')).resolves.toEqual({
      kind: 'unknown',
    });
    serve(() => new Response('oops', { status: 503 }));
    await expect(checkDataVersion('old', '/data/events.json')).resolves.toEqual({
      kind: 'unknown',
    });
    serve(() => new Response('<!doctype html><html></html>'));
    await expect(checkDataVersion('old', '/data/events.json')).resolves.toEqual({
      kind: 'unknown',
    });
  });
});
