import { describe, expect, it } from 'vitest';
import type { EventDetails } from '../domain/schema.ts';
import type { DetailsSource } from './eventDetails.ts';
import { ExportDetailsError, loadExportDetails } from './exportDetails.ts';

const details = (n: number): EventDetails => ({
  summary: { ar: `ملخص ${n}`, en: `summary ${n}` },
  sources: [],
});

/** Ten events in chunks of four; `broken` chunks fail; every chunk read is logged. */
function chunked(broken: number[] = []) {
  const read: number[] = [];
  const source: DetailsSource = {
    chunkCount: 3,
    peek: () => undefined,
    warm: () => undefined,
    load: () => Promise.reject(new Error('unused')),
    loadChunk: (chunk) => {
      read.push(chunk);
      if (broken.includes(chunk)) return Promise.reject(new Error('offline'));
      const first = chunk * 4;
      return Promise.resolve(
        Array.from({ length: Math.min(4, 10 - first) }, (_, i) => details(first + i)),
      );
    },
  };
  return { source, read };
}

describe('loadExportDetails', () => {
  it('reads each chunk the events fall in once, and returns their details in order', async () => {
    const { source, read } = chunked();
    const out = await loadExportDetails(source, [9, 0, 1, 8], 4);
    expect(out.map((d) => d.summary.en)).toEqual([
      'summary 9',
      'summary 0',
      'summary 1',
      'summary 8',
    ]);
    expect(read).toEqual([0, 2]);
  });

  it('fails, naming the chunk, rather than export rows without their summaries', async () => {
    const { source } = chunked([2]);
    const error = await loadExportDetails(source, [0, 9], 4).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportDetailsError);
    expect((error as ExportDetailsError).chunk).toBe(2);
  });

  it('uses inline details without a request', async () => {
    const { source, read } = chunked();
    source.peek = (i) => details(i);
    expect((await loadExportDetails(source, [3], undefined))[0]?.summary.ar).toBe('ملخص 3');
    expect(read).toEqual([]);
  });
});
