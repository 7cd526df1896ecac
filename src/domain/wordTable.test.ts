import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WordTable } from './wordTable.ts';
import { tokenize } from './arabic.ts';

const wordsOf = (table: WordTable, text: string) => {
  const out: string[] = [];
  table.internText(text, (id) => out.push(table.words[id] ?? '?'));
  return out;
};

describe('WordTable', () => {
  it('yields the same words as tokenize, for Arabic, Latin and text it hands over', () => {
    const alphabet = fc.constantFrom(...'أإآاؤئةى بتثجحخ ـًّٰ٢۳،؟ abcXé’–\u200f\ufefbΣй😀'.split(''));
    const table = new WordTable();
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), (s) => {
        expect(wordsOf(table, s)).toEqual(tokenize(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives one id per distinct word, however it was written', () => {
    const table = new WordTable();
    const ids: number[] = [];
    table.internText('بوتين بُوتين BOTIN', (id) => ids.push(id));
    table.internText('botin', (id) => ids.push(id));
    expect(ids).toEqual([0, 0, 1, 1]);
    expect(table.idOf('بوتين')).toBe(0);
    expect(table.size).toBe(2);
  });

  it('keeps every word apart as the table grows past its first capacity', () => {
    const table = new WordTable();
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
    const ids = words.map((w) => table.idOf(w));
    expect(new Set(ids).size).toBe(words.length);
    expect(words.map((w) => table.idOf(w))).toEqual(ids);
    expect(ids.map((id) => table.words[id])).toEqual(words);
  });

  it('interns a word longer than its buffer', () => {
    const table = new WordTable();
    const long = 'ب'.repeat(10_000);
    expect(wordsOf(table, `${long} ت`)).toEqual([long, 'ت']);
  });
});
