import { describe, expect, it } from 'vitest';
import { compileCatalogue } from './catalogue.ts';
import { assemble, classify, compile } from './compile.ts';
import { referenceSets } from './crossCheck.ts';
import { compileEventFile } from './eventFile.ts';
import { EventStore, detach } from './eventStore.ts';
import { synthesise } from './synth.ts';

const files = synthesise({ events: 120, seed: 5 }).map((f) => ({ ...f, path: `data/${f.path}` }));
const texts = new Map(files.map((f) => [f.path, f.text]));
const details = { detailsInlineLimit: 50, detailsChunkSize: 16 };

/** compile()'s stages by hand, with `shares` stores of buffers of the given size. */
function compileWith(segmentBytes: number, shares: number) {
  const layout = classify(
    files.map((f) => f.path),
    'data',
  );
  const catalogue = compileCatalogue(
    new Map([...layout.lists].map(([name, path]) => [name, { path, text: texts.get(path) ?? '' }])),
    'data',
  );
  const refs = referenceSets(catalogue.references);
  const stores = Array.from({ length: shares }, () => new EventStore(segmentBytes));
  layout.events.forEach((e, i) =>
    stores[i % shares]?.add(compileEventFile({ ...e, text: texts.get(e.path) ?? '' }, refs)),
  );
  const stored = stores.map((s) => s.finish());
  const result = assemble({
    dataDir: 'data',
    misplaced: layout.errors,
    catalogue,
    shares: stored,
    textOf: () => '',
    details,
  });
  return { result, buffers: stored.reduce((n, s) => n + s.bytes.length, 0) };
}

/** The output as text: toEqual over buffers of megabytes compares them byte by byte, slowly. */
const written = (r: ReturnType<typeof compile>) =>
  r.ok ? [r.bytes.toString(), ...r.chunks.map((c) => `${c.name}\n${c.bytes.toString()}`)] : r;

describe('EventStore', () => {
  it('gives the same JSON whether events share one buffer or spread over many', () => {
    const expected = compile(files, details);
    expect(expected.ok).toBe(true);
    const one = compileWith(64 << 20, 1);
    expect(one.buffers).toBe(1);
    expect(written(one.result)).toEqual(written(expected));
    // 1 kB is less than one event: every event starts a buffer of its own.
    const tiny = compileWith(1024, 1);
    expect(tiny.buffers).toBeGreaterThan(100);
    expect(written(tiny.result)).toEqual(written(expected));
    const some = compileWith(16 * 1024, 3);
    expect(some.buffers).toBeGreaterThan(3);
    expect(written(some.result)).toEqual(written(expected));
  }, 30_000);

  it('detaches a copy equal to the text', () => {
    const long = `${'x'.repeat(40)}-id-${'y'.repeat(40)}`;
    expect(detach(long.slice(10, 60))).toBe(long.slice(10, 60));
    expect(detach('')).toBe('');
  });
});
