import { afterEach, describe, expect, it, vi } from 'vitest';
import { FORMAT_VERSION } from '../domain/formatVersion.ts';
import { DatasetError, loadDataset } from './loadDataset.ts';

const valid = {
  format: FORMAT_VERSION,
  hash: 'x',
  affiliations: [],
  actors: [],
  forums: [],
  types: [],
  events: [],
};

function respond(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}

async function failure(): Promise<unknown> {
  try {
    await loadDataset('/data/events.json');
  } catch (error) {
    return error instanceof DatasetError ? error.failure : error;
  }
  throw new Error('expected the load to fail');
}

afterEach(() => vi.unstubAllGlobals());

describe('loadDataset', () => {
  it('returns a dataset of the known format', async () => {
    respond(JSON.stringify(valid));
    await expect(loadDataset('/data/events.json')).resolves.toMatchObject({
      format: FORMAT_VERSION,
    });
  });

  it("dates the data version by the server's Last-Modified, and leaves it out without one", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(valid), {
            headers: { 'last-modified': 'Tue, 01 Dec 2026 23:30:00 GMT' },
          }),
      ),
    );
    expect((await loadDataset('/data/events.json')).modified).toBe('2026-12-01');
    respond(JSON.stringify(valid));
    expect(await loadDataset('/data/events.json')).not.toHaveProperty('modified');
  });

  it('tells a network error from a server error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await failure()).toEqual({ kind: 'network' });
    respond('oops', 500);
    expect(await failure()).toEqual({ kind: 'http', status: 500 });
  });

  it('calls a truncated or non-dataset body corrupt', async () => {
    respond(JSON.stringify(valid).slice(0, 30));
    expect(await failure()).toEqual({ kind: 'corrupt' });
    respond(JSON.stringify({ ...valid, events: 'nope' }));
    expect(await failure()).toEqual({ kind: 'corrupt' });
    respond(
      JSON.stringify({ ...valid, details: { chunkSize: 2, files: ['https://elsewhere/x.json'] } }),
    );
    expect(await failure()).toEqual({ kind: 'corrupt' });
  });

  it('recognises a newer format instead of misreading it', async () => {
    respond(JSON.stringify({ ...valid, format: FORMAT_VERSION + 1 }));
    expect(await failure()).toEqual({ kind: 'format', found: FORMAT_VERSION + 1 });
  });
});
