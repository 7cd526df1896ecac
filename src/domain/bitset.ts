/**
 * Fixed-size sets of event indices, one bit per event in 32-bit words.
 *
 * Filters and search combine many sets per keystroke; at 100,000 events a set is 3,125 words
 * (12.5 kB), so AND/OR over whole words and popcount are a few microseconds each, and nothing
 * allocates an object per event.
 */

export type Bitset = Uint32Array;

export function wordsFor(size: number): number {
  return (size + 31) >>> 5;
}

export function emptyBitset(size: number): Bitset {
  return new Uint32Array(wordsFor(size));
}

/** Every index in [0, size) set; the bits past size stay clear so counts stay exact. */
export function fullBitset(size: number): Bitset {
  const b = new Uint32Array(wordsFor(size));
  b.fill(0xffffffff);
  const tail = size & 31;
  if (tail !== 0) b[b.length - 1] = (1 << tail) - 1;
  return b;
}

export function setBit(b: Bitset, i: number): void {
  const w = i >>> 5;
  b[w] = (b[w] ?? 0) | (1 << (i & 31));
}

export function hasBit(b: Bitset, i: number): boolean {
  return (((b[i >>> 5] ?? 0) >>> (i & 31)) & 1) === 1;
}

/** Sets every index in a sorted or unsorted list. */
export function setAll(b: Bitset, indices: ArrayLike<number>): void {
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] ?? 0;
    const w = i >>> 5;
    b[w] = (b[w] ?? 0) | (1 << (i & 31));
  }
}

/** target &= other, in place. */
export function andInto(target: Bitset, other: Bitset): void {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) & (other[w] ?? 0);
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function countBits(b: Bitset): number {
  let n = 0;
  for (let w = 0; w < b.length; w++) {
    const x = b[w] ?? 0;
    if (x !== 0) n += popcount32(x);
  }
  return n;
}

/** The set indices in ascending order: chronological, since events are stored that way. */
export function toIndices(b: Bitset): Uint32Array {
  const out = new Uint32Array(countBits(b));
  let k = 0;
  for (let w = 0; w < b.length; w++) {
    let x = b[w] ?? 0;
    while (x !== 0) {
      const low = x & -x;
      out[k++] = (w << 5) + (31 - Math.clz32(low));
      x ^= low;
    }
  }
  return out;
}

/** Calls fn for each set index in ascending order, without allocating. */
export function forEachBit(b: Bitset, fn: (i: number) => void): void {
  for (let w = 0; w < b.length; w++) {
    let x = b[w] ?? 0;
    while (x !== 0) {
      const low = x & -x;
      fn((w << 5) + (31 - Math.clz32(low)));
      x ^= low;
    }
  }
}
