/**
 * Test support: random damage of the kinds a file suffers when edited by hand (lines lost,
 * characters swapped, a save cut short, junk pasted in), for property tests.
 */
import fc from 'fast-check';

// Ways a file gets damaged by hand: lines lost, characters swapped, a save cut short, junk pasted in.
export const damage = fc.oneof(
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
export type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

export function applyDamage(text: string, d: Damage): string {
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
