import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventRaw, SourceRaw } from '../domain/schema.ts';
import { EVENT_KEYS, SOURCE_KEYS, fastEventShape } from './fastShape.ts';
import { parseYaml } from './parseYaml.ts';
import { synthesise } from './synth.ts';
import { FIXTURES, caseChanges, readText, validFiles } from './fixtureFiles.ts';

/**
 * The one rule: when the fast check answers, zod accepts the value and gives the very same one,
 * keys in the same order (JSON.stringify compares that too).
 */
function agrees(raw: unknown): boolean {
  const fast = fastEventShape(raw);
  if (fast === undefined) return true;
  const zod = EventRaw.safeParse(raw);
  return zod.success && JSON.stringify(fast) === JSON.stringify(zod.data);
}

const parsed = (text: string): unknown => {
  const result = parseYaml(text);
  return result.ok ? result.value : undefined;
};
const isEvent = (path: string) => /(?:^|\/)events\/\d{4}\/[^/]+\.yaml$/.test(path);
const eventValues = (files: readonly { path: string; text: string | Uint8Array }[]) =>
  files.flatMap((f) => (isEvent(f.path) && typeof f.text === 'string' ? [parsed(f.text)] : []));

const corpus = readText(fileURLToPath(new URL('../../data/', import.meta.url)), 'data');
const synthetic = eventValues(synthesise({ events: 300, seed: 11 }));

describe('fastEventShape', () => {
  it('knows exactly the fields of EventRaw and SourceRaw, in their order', () => {
    // A field added to the schema must be taught to the fast check (or it would refuse every
    // file using it, silently slow) and a field removed must be unlearnt (or it would accept it).
    expect([...EVENT_KEYS]).toEqual(Object.keys(EventRaw.shape));
    expect([...SOURCE_KEYS]).toEqual(Object.keys(SourceRaw.shape));
  });

  it('answers for every published event of the shipped, fixture and synthetic corpora, as zod does', () => {
    const values = [...eventValues(corpus), ...eventValues(validFiles()), ...synthetic].filter(
      (v) => (v as { draft?: unknown }).draft !== true,
    );
    expect(values.length).toBeGreaterThan(300);
    for (const value of values) {
      const zod = EventRaw.safeParse(value);
      expect(zod.success).toBe(true);
      const fast = fastEventShape(value);
      expect(fast).toBeDefined();
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    }
  });

  it('leaves every event of every error fixture to zod or agrees with it', () => {
    for (const name of readdirSync(join(FIXTURES, 'errors')))
      for (const value of eventValues(caseChanges(name))) expect(agrees(value), name).toBe(true);
  });

  it('turns a bare year into text and keeps optional fields out when absent, as zod does', () => {
    const base = synthetic[0] as Record<string, unknown>;
    const year = { ...base, date: 2001, precision: 'year' };
    expect(fastEventShape(year)?.date).toBe('2001');
    expect(agrees(year)).toBe(true);
    const range = { ...base, date: { start: 2001, end: '2002' } };
    expect(fastEventShape(range)?.date).toEqual({ start: '2001', end: '2002' });
    expect(agrees({ ...base, place: undefined })).toBe(true);
    const withoutPlace: Record<string, unknown> = { ...base };
    delete withoutPlace.place;
    expect(Object.keys(fastEventShape(withoutPlace) ?? {})).not.toContain('place');
  });

  it('refuses, for zod to word, each kind of mistake', () => {
    const base = synthetic[0] as Record<string, unknown>;
    const source = (base.sources as Record<string, unknown>[])[0] as Record<string, unknown>;
    const mistakes: Record<string, unknown>[] = [
      { ...base, id: 'Not-An-Id' },
      { ...base, id: 'x'.repeat(101) },
      { ...base, tilte: base.title },
      { ...base, title: { ar: 'عنوان' } },
      { ...base, title: { ar: '  ', en: 'x' } },
      { ...base, title: { ar: 'x', en: 'y', fr: 'z' } },
      { ...base, summary: { ar: 'x'.repeat(5001), en: 'y' } },
      { ...base, precision: 'week' },
      { ...base, status: 'rumoured' },
      { ...base, date: 2001.5 },
      { ...base, date: 2 ** 60 },
      { ...base, date: null },
      { ...base, date: { start: '2001' } },
      { ...base, actors: 'a' },
      { ...base, actors: Array.from({ length: 101 }, (_, i) => `a${i}`) },
      { ...base, sources: [] },
      { ...base, sources: [{ ...source, language: 'ara' }] },
      { ...base, sources: [{ ...source, url: 5 }] },
      { ...base, sources: [{ ...source, extra: 1 }] },
      { ...base, draft: 'no' },
      { ...base, related: [{ id: 'x', relation: 'causes' }] },
      { ...base, related: [{ id: 'x' }] },
      { ...base, place: null },
    ];
    for (const mistake of mistakes) {
      expect(fastEventShape(mistake), JSON.stringify(mistake).slice(0, 120)).toBeUndefined();
      expect(EventRaw.safeParse(mistake).success).toBe(false);
    }
  });

  it('agrees with zod on thousands of damaged events', () => {
    // Replace, remove or add a value anywhere in a valid event.
    const edit = fc.record({
      event: fc.nat(),
      path: fc.array(fc.nat(), { maxLength: 4 }),
      kind: fc.constantFrom('replace', 'remove', 'add'),
      value: fc.oneof(
        fc.jsonValue(),
        fc.constantFrom('', ' ', 'x', 'planned', 'year', 'ar', 'part-of', 2026, -0, 1.5),
        fc.string(),
      ),
      key: fc.constantFrom('x', 'note', 'url', 'basis', 'place', 'draft', 'related', 'ar', 'end'),
    });
    let answered = 0;
    fc.assert(
      fc.property(edit, ({ event, path, kind, value, key }) => {
        const copy = structuredClone(synthetic[event % synthetic.length]) as unknown;
        let node = copy as Record<string, unknown>;
        for (const step of path) {
          const keys = Object.keys(node);
          const next = node[keys[step % Math.max(1, keys.length)] as string];
          if (typeof next !== 'object' || next === null) break;
          node = next as Record<string, unknown>;
        }
        const keys = Object.keys(node);
        const at = keys[(path[0] ?? 0) % Math.max(1, keys.length)];
        if (kind === 'replace' && at !== undefined) node[at] = value;
        else if (kind === 'remove' && at !== undefined) Reflect.deleteProperty(node, at);
        else node[key] = value;
        if (fastEventShape(copy) !== undefined) answered++;
        return agrees(copy);
      }),
      { numRuns: 3000, seed: 7 },
    );
    // The property is only worth something if the fast check answered some of the time.
    expect(answered).toBeGreaterThan(100);
  });
});
