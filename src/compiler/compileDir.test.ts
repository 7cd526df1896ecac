import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { claimBatches } from './claimEvents.ts';
import { compileDir } from './compileDir.ts';
import { synthesise } from './synth.ts';
import { caseChanges, overlay } from './fixtureFiles.ts';
import type { FixtureFile } from './fixtureFiles.ts';

let root: string;
const files = synthesise({ events: 400, seed: 3 }).map((f) => ({ ...f, path: `data/${f.path}` }));
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'masar-dir-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeTo(dir: string, list: readonly FixtureFile[]): string {
  for (const f of list) {
    const target = join(root, dir, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.text);
  }
  return join(root, dir, 'data');
}

describe('compileDir', () => {
  it('gives the same bytes on one thread and on three', async () => {
    const dir = writeTo('ok', files);
    const serial = compile(files);
    expect(serial.ok).toBe(true);
    expect(await compileDir(dir, 'data', { threads: 1 })).toEqual(serial);
    expect(await compileDir(dir, 'data', { threads: 3, parallelFrom: 0 })).toEqual(serial);
  }, 30_000);

  it('gives the same index and detail chunks on one thread and on three', async () => {
    const dir = writeTo('chunked', files);
    const details = { detailsInlineLimit: 100, detailsChunkSize: 64 };
    const serial = compile(files, details);
    expect(serial.ok && serial.chunks).toHaveLength(7);
    expect(await compileDir(dir, 'data', { threads: 1, ...details })).toEqual(serial);
    expect(await compileDir(dir, 'data', { threads: 3, parallelFrom: 0, ...details })).toEqual(
      serial,
    );
  }, 30_000);

  it('gives the same bytes and the same errors when a thread reads the files ahead', async () => {
    const dir = writeTo('ahead', files);
    const details = { detailsInlineLimit: 100, detailsChunkSize: 64 };
    expect(await compileDir(dir, 'data', { readAheadFrom: 0, ...details })).toEqual(
      compile(files, details),
    );
    const damaged = overlay(files, [
      ...caseChanges('impossible-date'),
      { path: 'data/events/2030/zz-huge.yaml', text: `id: zz-huge\n#${'x'.repeat(300_000)}\n` },
    ]);
    const bad = writeTo('ahead-bad', damaged);
    const serial = compile(damaged);
    expect(serial.ok).toBe(false);
    expect(await compileDir(bad, 'data', { readAheadFrom: 0 })).toEqual(serial);
  }, 30_000);

  it('reports the same errors on several threads, duplicates across shares included', async () => {
    const first = files.find((f) => f.path.startsWith('data/events/'));
    if (first === undefined) throw new Error('synthetic corpus has no events');
    // The same event filed again under another name in the last share: a duplicate id across threads.
    const damaged = overlay(files, [
      ...caseChanges('impossible-date'),
      { path: 'data/events/2030/zz-copy.yaml', text: first.text },
    ]);
    const dir = writeTo('bad', damaged);
    const serial = compile(damaged);
    expect(serial.ok).toBe(false);
    expect(await compileDir(dir, 'data', { threads: 2, parallelFrom: 0 })).toEqual(serial);
  }, 30_000);

  it('hands every file to exactly one of several claiming threads', () => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const total = 1000;
    // Three claimers taking turns, as threads would interleave.
    const claimers = [0, 1, 2].map(() => claimBatches(next, total));
    const claimed: number[][] = [[], [], []];
    let active = [0, 1, 2];
    while (active.length > 0)
      active = active.filter((k) => {
        const step = (claimers[k] as Generator<[number, number]>).next();
        if (step.done) return false;
        const [start, end] = step.value;
        for (let i = start; i < end; i++) claimed[k]?.push(i);
        return true;
      });
    const all = claimed.flat().sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(claimed.every((c) => c.length > 0)).toBe(true);
  });
});
