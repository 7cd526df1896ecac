import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  markRanges,
  mergeRanges,
  snippet,
  tokensWithOffsets,
  type MarkTerms,
} from './textMarks.ts';
import { tokenize } from './arabic.ts';

const words = (q: string, phrases: string[][] = []): MarkTerms => ({ words: tokenize(q), phrases });
const marked = (text: string, terms: MarkTerms) =>
  markRanges(text, terms).map(([s, e]) => text.slice(s, e));

describe('tokensWithOffsets', () => {
  const ALPHABET = Array.from(
    "بوتين شي جين بينغ وانغ يي أإآؤئةى ـ ًٌٍَُِّْ ٢٠٢٦ ﻻ ‎‏‌‍ Xi'an ÉéßA-Z,.;«» ﷺ 😀 Ωσ",
  );
  it('gives exactly the words of the strict key', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 40 }), (text) => {
        const tokens = tokensWithOffsets(text);
        // Outside the table (emoji, Greek) it goes per character; the key still matches here.
        expect(tokens.map((t) => t.key)).toEqual(tokenize(text));
        for (const t of tokens) {
          expect(t.starts).toHaveLength(t.key.length);
          for (let k = 0; k < t.key.length; k++) {
            expect(t.starts[k]).toBeLessThan(t.ends[k] ?? 0);
            expect(t.ends[k]).toBeLessThanOrEqual(text.length);
          }
        }
      }),
    );
  });
});

describe('markRanges', () => {
  it('maps a match back over vowel marks, tatweel and hamza seats to the text as written', () => {
    expect(marked('قال مُشيرًا إلى ذلك', words('مشيرا'))).toEqual(['مُشيرًا']);
    expect(marked('الرئيس بوتيـــن', words('بوتين'))).toEqual(['بوتيـــن']);
    expect(marked('عالم متعدد الأقطاب', words('الاقطاب'))).toEqual(['الأقطاب']);
    expect(marked('إقامة العلاقات', words('اقامه'))).toEqual(['إقامة']);
    expect(marked('وَانْغُ يِي', words('وانغ'))).toEqual(['وَانْغُ']);
    // Typed with the marks, found without them.
    expect(marked('بوتين', words('بُوتِين'))).toEqual(['بوتين']);
  });

  it('gives offsets of the original text, with the marks of the last letter inside', () => {
    const text = 'مُشيرًا';
    // مشير ends on ر, whose tanween ً comes along: the mark stops before the final ا.
    expect(markRanges(`قال ${text}`, words('مشير'))).toEqual([[4, 4 + text.indexOf('ر') + 2]]);
    expect(markRanges(`قال ${text}`, words('مشيرا'))).toEqual([[4, 4 + text.length]]);
  });

  it('leaves what Arabic joins in front of a word outside the mark', () => {
    expect(marked('والصين وبالصين', words('الصين'))).toEqual(['الصين', 'الصين']);
    expect(marked('ووانغ يي', words('', [['وانغ', 'يي']]))).toEqual(['وانغ يي']);
    expect(marked('وبالصين', words('', [['الصين']]))).toEqual(['الصين']);
    // A name's word inside another name is not that name: وانغ (Wang) in غوانغ (Guang).
    expect(marked('تشانغ ده غوانغ', words('', [['وانغ']]))).toEqual([]);
    expect(marked('وشي', words('', [['شي']]))).toEqual(['شي']);
    // A short spelling inside another word is not the name: شي in الشيخ.
    expect(marked('الشيخ', words('', [['شي']]))).toEqual([]);
  });

  it('marks a spelling of several words as one stretch, or word by word when they stand apart', () => {
    expect(marked('لقاء وانغ يي ولافروف', words('', [['وانغ', 'يي']]))).toEqual(['وانغ يي']);
    expect(marked('Wang met Lavrov; Yi said', words('', [['wang', 'yi']]))).toEqual(['Wang', 'Yi']);
    expect(marked('Wang Jianlin', words('', [['wang', 'yi']]))).toEqual([]);
  });

  it('finds Latin words in any case and with accents', () => {
    expect(marked('Putin in KAZAN and Kazán', words('kazan'))).toEqual(['KAZAN', 'Kazán']);
  });

  it('merges overlapping marks', () => {
    expect(marked('بوتين يستقبل وانغ يي', words('وانغ يي', [['وانغ', 'يي']]))).toEqual(['وانغ يي']);
    expect(
      mergeRanges([
        [5, 8],
        [0, 2],
        [2, 3],
        [7, 9],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
  });
});

describe('snippet', () => {
  const text = 'واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة';
  it('keeps a few words either side of the first mark, and says what it cut', () => {
    const at = text.indexOf('ستة');
    const s = snippet(text, [[at, at + 3]], 2);
    expect(s?.text).toBe('أربعة خمسة ستة سبعة ثمانية');
    expect(s?.cutStart).toBe(true);
    expect(s?.cutEnd).toBe(true);
    expect(s?.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(['ستة']);
  });

  it('does not cut a short text, and has nothing to show without a mark', () => {
    const s = snippet('وانغ يي في بكين', [[0, 7]], 6);
    expect(s).toEqual({
      text: 'وانغ يي في بكين',
      ranges: [[0, 7]],
      cutStart: false,
      cutEnd: false,
    });
    expect(snippet(text, [])).toBeUndefined();
  });
});
