import { describe, expect, it } from 'vitest';
import { checkArticle } from './articleCheck.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const ARABIC =
  'أعلن وزير الخارجية اليوم أن بلاده ستواصل المشاورات مع شركائها في المنطقة خلال الأسابيع المقبلة';

describe('checkArticle', () => {
  it('accepts Arabic text', () => {
    expect(checkArticle(bytes(ARABIC)).ok).toBe(true);
  });

  it.each([
    ['an empty file', bytes(''), /empty/],
    ['white space only', bytes(' \n\t '), /empty/],
    ['binary data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), /binary/],
    ['invalid UTF-8', new Uint8Array([0xd8, 0xa3, 0xff, 0xfe, 0x41]), /UTF-8/],
    [
      'English text',
      bytes('The foreign minister said talks would continue next week. '.repeat(5)),
      /not an Arabic/,
    ],
    ['a 5 MB file', new Uint8Array(5_000_000).fill(0x41), /too large/],
  ])('refuses %s with a clear reason', (_name, input, reason) => {
    const r = checkArticle(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
