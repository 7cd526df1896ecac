import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  andInto,
  countBits,
  emptyBitset,
  forEachBit,
  fullBitset,
  hasBit,
  setAll,
  toIndices,
} from './bitset.ts';

describe('bitset', () => {
  it('holds exactly the indices set, listed in ascending order (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 300 })
          .chain((size) =>
            fc.tuple(
              fc.constant(size),
              fc.array(fc.nat({ max: Math.max(0, size - 1) }), { maxLength: size === 0 ? 0 : 80 }),
            ),
          ),
        ([size, list]) => {
          const b = emptyBitset(size);
          setAll(b, list);
          const expected = [...new Set(list)].sort((x, y) => x - y);
          expect(Array.from(toIndices(b))).toEqual(expected);
          expect(countBits(b)).toBe(expected.length);
          const visited: number[] = [];
          forEachBit(b, (i) => visited.push(i));
          expect(visited).toEqual(expected);
          for (let i = 0; i < size; i++) expect(hasBit(b, i)).toBe(expected.includes(i));
        },
      ),
    );
  });

  it('fills every index below the size and none past it, at any size', () => {
    for (const size of [0, 1, 31, 32, 33, 64, 100]) {
      const b = fullBitset(size);
      expect(countBits(b)).toBe(size);
      expect(Array.from(toIndices(b))).toEqual(Array.from({ length: size }, (_, i) => i));
    }
  });

  it('intersects in place', () => {
    const a = emptyBitset(70);
    const b = emptyBitset(70);
    setAll(a, [1, 5, 40, 69]);
    setAll(b, [5, 6, 69]);
    andInto(a, b);
    expect(Array.from(toIndices(a))).toEqual([5, 69]);
  });
});
