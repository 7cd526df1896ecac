import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHAR_DROPPED,
  CHAR_REPLACED,
  CHAR_SAME,
  CHAR_SEPARATOR,
  CHAR_SLOW,
  looseWord,
  normalizeForSearch,
  normalizeForSearchReference,
  referenceKind,
  searchCharTable,
  TABLE_RANGES,
  tokenize,
} from './arabic.ts';

// Any UTF-16 code unit, lone surrogates included. (fast-check's 'binary' unit takes seconds to
// warm up under Vitest, and astral characters reach the same code path as lone surrogates.)
const anyText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

describe('normalizeForSearch', () => {
  it('ignores vowel marks, shadda, superscript alef and tatweel', () => {
    expect(normalizeForSearch('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeForSearch('هٰذا')).toBe('هذا');
    expect(normalizeForSearch('الصـــين')).toBe('الصين');
  });

  it('ignores Quranic annotation marks', () => {
    expect(normalizeForSearch('الرَّحِيمِ\u06D6')).toBe('الرحيم');
  });

  it('folds the hamza seats of alef, and alef wasla, to bare alef', () => {
    for (const word of ['أحمد', 'إحمد', 'آحمد', 'ٱحمد', 'احمد']) {
      expect(normalizeForSearch(word)).toBe('احمد');
    }
  });

  it('folds ta marbuta to ha and alef maqsura to ya', () => {
    expect(normalizeForSearch('قمة')).toBe(normalizeForSearch('قمه'));
    expect(normalizeForSearch('موسكو إلى بكين')).toBe('موسكو الي بكين');
  });

  it('folds ؤ to و and ئ to ي, as people type them without the hamza', () => {
    expect(normalizeForSearch('مسؤول')).toBe('مسوول');
    expect(normalizeForSearch('رئيس')).toBe('رييس');
  });

  it('reads Arabic-Indic and Eastern Arabic-Indic digits as 0–9', () => {
    expect(normalizeForSearch('٢٠٢٦')).toBe('2026');
    expect(normalizeForSearch('۱۹۴۹')).toBe('1949');
  });

  it('folds Persian keyboard letters to their Arabic twins', () => {
    expect(normalizeForSearch('کیم')).toBe(normalizeForSearch('كيم'));
  });

  it('lowercases Latin and drops accents', () => {
    expect(normalizeForSearch('Élysée SUMMIT')).toBe('elysee summit');
    expect(normalizeForSearch('Straße')).toBe('strasse');
  });

  it('keeps apostrophes from splitting a name', () => {
    expect(normalizeForSearch("Xi'an")).toBe('xian');
    expect(normalizeForSearch('Shaʻban')).toBe('shaban');
  });

  it('turns Arabic and Latin punctuation into single spaces', () => {
    expect(normalizeForSearch('بوتين، شي؛ لافروف؟')).toBe('بوتين شي لافروف');
    expect(normalizeForSearch('  Russia–China (SCO) summit!  ')).toBe('russia china sco summit');
  });

  it('makes pasted text with invisible bidi controls match the plain text', () => {
    const pasted = '\u202Bبوتين\u202C\u200F و \u2066Xi\u2069\uFEFF\u200B';
    expect(normalizeForSearch(pasted)).toBe('بوتين و xi');
  });

  it('reads presentation-form Arabic (from PDFs) as ordinary letters', () => {
    expect(normalizeForSearch('\uFEFB')).toBe('لا');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalizeForSearch(s);
        expect(normalizeForSearch(once)).toBe(once);
      }),
    );
  });

  it('never yields empty words or stray spaces', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const key = normalizeForSearch(s);
        expect(key).toBe(key.trim());
        expect(key).not.toMatch(/ {2}/);
      }),
    );
  });
});

describe('searchCharTable', () => {
  it('says of every character it knows what the reference does with it alone', () => {
    // Written at build time (scripts/makeSearchTable.ts): if this fails, Node's Unicode data or
    // the reference changed; `npm run search-table` writes the table again.
    const { kinds, replacements } = searchCharTable();
    const seen = new Set<number>();
    for (const [lo, hi] of TABLE_RANGES) {
      for (let c = lo; c <= hi; c++) {
        const { kind, replacement } = referenceKind(c);
        expect([c.toString(16), kinds[c]]).toEqual([c.toString(16), kind]);
        expect(replacements.get(c)).toBe(replacement);
        seen.add(kind);
      }
    }
    // Every kind occurs, so a table of one kind could not pass.
    expect([...seen].sort()).toEqual(
      [CHAR_SLOW, CHAR_SAME, CHAR_DROPPED, CHAR_SEPARATOR, CHAR_REPLACED].sort(),
    );
    expect(replacements.get('X'.charCodeAt(0))).toBe('x');
    expect(replacements.get('ﻻ'.charCodeAt(0))).toBe('لا');
    expect(kinds['x'.charCodeAt(0)]).toBe(CHAR_SAME);
  });

  it('knows nothing outside its ranges: such text goes to the reference', () => {
    const { kinds } = searchCharTable();
    for (const ch of ['Ж', 'Σ', '中', '\u{1F600}']) expect(kinds[ch.charCodeAt(0)]).toBe(CHAR_SLOW);
    expect(normalizeForSearch('Путин и Си')).toBe(normalizeForSearchReference('Путин и Си'));
  });
});

describe('tokenize', () => {
  it('splits a query into its normalised words', () => {
    expect(tokenize('  وانغ  يي، Wang-Yi ')).toEqual(['وانغ', 'يي', 'wang', 'yi']);
  });

  it('gives no words for text without letters or digits', () => {
    expect(tokenize(' ،؟ — ')).toEqual([]);
  });
});

describe('looseWord', () => {
  const same = (a: string, b: string) =>
    expect(looseWord(normalizeForSearch(a))).toBe(looseWord(normalizeForSearch(b)));

  it('gives the spellings of the hard "g" the same key', () => {
    same('وانغ', 'وانج');
    same('شويغو', 'شويجو');
    same('غوتيريش', 'قوتيريش');
  });

  it('keeps names that differ by a long vowel apart (Jin, Jian, Jiang)', () => {
    const keys = ['جين', 'جيان', 'جيانغ'].map(looseWord);
    expect(new Set(keys).size).toBe(3);
  });

  it('gives the Persian ڤ and ف the same key', () => {
    same('لافروف', 'لاڤروڤ');
  });

  it('keeps k apart from g', () => {
    expect(looseWord('كيم')).not.toBe(looseWord('جيم'));
  });

  it('collapses doubled letters', () => {
    same('شيي', 'شي');
  });
});

describe('the fast tokenizer', () => {
  // Characters from every range the fast path handles, and some it hands to the reference.
  const alphabet = fc.constantFrom(
    ..."أإآٱاؤئءةىیکەۀھ ـًٌٍَُِّْٰۖ٠٩۰۹،؛؟٪ abcXYZé ß'’“”–—\u200f\u202b\u2066\ufeff\ufefb\ufdf2\ufdfaΣσςй😀".split(
      '',
    ),
  );

  it('gives exactly the words of the reference definition', () => {
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 30 }), (s) => {
        expect(normalizeForSearch(s)).toBe(normalizeForSearchReference(s));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalizeForSearch(s)).toBe(normalizeForSearchReference(s));
      }),
    );
  });
});
