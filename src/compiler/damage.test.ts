import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { overlay, textOf, validFiles } from './fixtureFiles.ts';
import { applyDamage, damage } from './damageArbitrary.ts';

const TARGET = 'data/events/2026/2026-02-04-putin-xi-video-call.yaml';
const base = validFiles();
const original = textOf(base, TARGET);

describe('random damage to a valid file', () => {
  it('always yields located, worded errors (or a still-valid file), never a crash', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        const text = damages.reduce(applyDamage, original);
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
