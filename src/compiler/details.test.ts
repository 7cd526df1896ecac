import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Dataset, DetailsChunk, EventDetails, TimelineEvent } from '../domain/schema.ts';
import { compile, jsonText } from './compile.ts';
import type { CompileResult, CompileSuccess, TextFile } from './compile.ts';
import { validFiles } from './fixtureFiles.ts';
import { synthesise } from './synth.ts';

// Five events with tiny limits: details leave the index above 2 events, 2 per chunk → 3 chunks.
const files: TextFile[] = synthesise({ events: 5, seed: 1 }).map((f) => ({
  ...f,
  path: `data/${f.path}`,
}));
const small = { detailsInlineLimit: 2, detailsChunkSize: 2 };

function success(r: CompileResult): CompileSuccess {
  if (!r.ok) throw new Error(`expected success, got ${r.errors.length} errors`);
  return r;
}
const inline = success(compile(files));
const chunked = success(compile(files, small));
const index = JSON.parse(jsonText(chunked)) as Dataset;
const chunks = chunked.chunks.map((c) => JSON.parse(c.bytes.toString('utf8')) as DetailsChunk);
const inlineEvents = (JSON.parse(jsonText(inline)) as Dataset).events;

describe('chunked mode', () => {
  it('keeps the index slim and lists one file per chunk, named after the hash', () => {
    expect(Object.keys(index)).toEqual([
      'format',
      'hash',
      'affiliations',
      'actors',
      'forums',
      'types',
      'details',
      'events',
    ]);
    expect(index.format).toBe(2);
    expect(index.details).toEqual({
      chunkSize: 2,
      files: [0, 1, 2].map((k) => `events-${index.hash}-${k}.json`),
    });
    expect(chunked.chunks.map((c) => c.name)).toEqual(index.details?.files);
    expect(index.events).toHaveLength(5);
    for (const e of index.events) {
      expect(e).not.toHaveProperty('summary');
      expect(e).not.toHaveProperty('sources');
      expect(e).not.toHaveProperty('basis');
    }
    expect(jsonText(chunked)).not.toMatch(/"summary"|"sources"|"basis"/);
  });

  it('puts each event’s details in its chunk, in the index’s chronological order', () => {
    expect(chunks.map((c) => [c.format, c.hash, c.first, c.events.length])).toEqual([
      [2, index.hash, 0, 2],
      [2, index.hash, 2, 2],
      [2, index.hash, 4, 1],
    ]);
    const details = chunks.flatMap((c) => c.events);
    details.forEach((d, i) => {
      const whole = inlineEvents[i] as TimelineEvent & EventDetails;
      expect(Object.keys(d)).toEqual(
        whole.basis === undefined ? ['summary', 'sources'] : ['summary', 'sources', 'basis'],
      );
      expect(d.summary).toEqual(whole.summary);
    });
    for (const c of chunked.chunks) {
      expect(c.bytes.toString('utf8')).toMatch(/^\{"format":2,"hash":"[0-9a-f]{16}","first":\d+,/);
      expect(c.bytes.toString('utf8')).toMatch(/\]\}\n$/);
    }
  });

  it('re-joined with its details, each index event is exactly the inline event, bytes and all', () => {
    const details = chunks.flatMap((c) => c.events);
    const joined = index.events.map((e, i) => ({ ...e, ...details[i] }));
    expect(JSON.stringify(joined)).toBe(JSON.stringify(inlineEvents));
  });

  it('inline mode puts the details last in each event and has no details key', () => {
    const keys = Object.keys(inlineEvents[0] ?? {});
    expect(keys.slice(-2)).toEqual(['summary', 'sources']);
    expect(keys.slice(0, 9)).toEqual([
      'id',
      'date',
      'from',
      'to',
      'status',
      'type',
      'title',
      'actors',
      'forums',
    ]);
    expect(jsonText(inline)).not.toContain('"details"');
    expect(inline.chunks).toEqual([]);
  });

  it('chunks strictly above the inline limit', () => {
    expect(success(compile(files, { detailsInlineLimit: 5 })).chunks).toEqual([]);
    expect(success(compile(files, { detailsInlineLimit: 4 })).chunks).toHaveLength(1);
  });

  it('hashes the index without hash and file list, then each chunk without its hash', () => {
    const strip = (text: string) => text.replace(/,"hash":"[0-9a-f]{16}"/, '').replace(/\n$/, '');
    const indexText = strip(jsonText(chunked)).replace(/,"files":\[[^\]]*\]/, '');
    const sha = createHash('sha256').update(indexText);
    for (const c of chunked.chunks) sha.update(`\n${strip(c.bytes.toString('utf8'))}`);
    expect(index.hash).toBe(sha.digest('hex').slice(0, 16));
  });

  it('changes the hash (and so every file name) when only a detail changes', () => {
    const base = success(compile(validFiles(), small));
    const edited = validFiles().map((f) =>
      f.path.endsWith('2025-05-lavrov-wang-talks.yaml')
        ? { ...f, text: f.text.replace('give only the month', 'give the month') }
        : f,
    );
    const after = success(compile(edited, small));
    expect(after.hash).not.toBe(base.hash);
    const withoutHash = (r: CompileSuccess) => jsonText(r).replaceAll(r.hash, '');
    expect(withoutHash(after)).toBe(withoutHash(base));
  });

  it('is deterministic: byte-identical twice and whatever order the files come in', () => {
    expect(compile(files, small)).toEqual(chunked);
    expect(compile([...files].reverse(), small)).toEqual(chunked);
  });
});
