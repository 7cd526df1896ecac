import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { overlay, textOf, validFiles } from './fixtureFiles.ts';

const TARGET = 'data/events/2026/2026-02-04-putin-xi-video-call.yaml';
const base = validFiles();
const original = textOf(base, TARGET);

// Ways a file gets damaged by hand: lines lost, characters swapped, a save cut short, junk pasted in.
const damage = fc.oneof(
  fc.record({
    kind: fc.constant('delete-lines' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    junk: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        ':',
        '- ',
        '\t',
        '{',
        ']',
        '"',
        '\n  ',
        '&a *a',
        '!!binary',
        '\u202e',
        '? ',
        '|',
      ),
    ),
  }),
);
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, d: Damage): string {
  const chars = [...text];
  const at = d.at % (chars.length + 1);
  switch (d.kind) {
    case 'delete-lines': {
      const lines = text.split('\n');
      lines.splice(d.at % lines.length, d.count);
      return lines.join('\n');
    }
    case 'swap': {
      const i = d.at % chars.length;
      const j = d.other % chars.length;
      [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
      return chars.join('');
    }
    case 'truncate':
      return chars.slice(0, at).join('');
    case 'insert':
      return [...chars.slice(0, at), d.junk, ...chars.slice(at)].join('');
  }
}

describe('random damage to a valid file', () => {
  it('always yields located, worded errors (or a still-valid file), never a crash', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        const text = damages.reduce(apply, original);
        const result = compile(overlay(base, [{ path: TARGET, text }]));
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        const lines = text.split('\n').length;
        for (const e of result.errors) {
          expect(e.path).toBe(TARGET);
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines);
          expect(e.col).toBeGreaterThanOrEqual(1);
          expect(e.message.length).toBeGreaterThan(5);
          expect(e.message).not.toMatch(/undefined|\[object Object\]|Invalid input/);
        }
      }),
      { numRuns: 300, seed: 20260204 },
    );
    // Each run compiles a whole small corpus; the machine running CI may be busy.
  }, 30_000);

  it('cutting the file short is always caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: original.indexOf('sources:') }), (at) => {
        const result = compile(overlay(base, [{ path: TARGET, text: original.slice(0, at) }]));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
