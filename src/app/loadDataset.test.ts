import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError, loadDataset } from './loadDataset.ts';

const valid = {
  format: 1,
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
    await expect(loadDataset('/data/events.json')).resolves.toMatchObject({ format: 1 });
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
  });

  it('recognises a newer format instead of misreading it', async () => {
    respond(JSON.stringify({ ...valid, format: 2 }));
    expect(await failure()).toEqual({ kind: 'format', found: 2 });
  });
});
