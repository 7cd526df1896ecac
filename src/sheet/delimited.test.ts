import { describe, expect, it } from 'vitest';
import { BOM, DelimitedError, delimiterFor, readDelimited, writeDelimited } from './delimited.ts';

const fields = (text: string, d: ',' | '\t' = ',') => readDelimited(text, d).map((r) => r.fields);

describe('delimited text', () => {
  it('writes a BOM, CRLF rows, and quotes only fields that need it', () => {
    const text = writeDelimited(
      [
        ['id', 'title'],
        ['a', 'plain'],
        ['b', 'comma, "quote"\nand a line'],
      ],
      ',',
    );
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}id,title\r\na,plain\r\nb,"comma, ""quote""\nand a line"\r\n`);
  });

  it('reads back what it writes: Arabic, tabs, quotes, embedded line breaks, empty cells', () => {
    const rows = [
      ['id', 'title_ar', 'note'],
      ['x', 'بوتين وشي «يتفقان»، ثم "ماذا"؟', 'line one\r\nline two\nthree'],
      ['y', '', 'tab\there'],
      ['', '', ''],
    ];
    for (const d of [',', '\t'] as const)
      expect(fields(writeDelimited(rows, d), d)).toEqual(rows.slice(0, 3).concat([['', '', '']]));
  });

  it('quotes a tab in TSV but not in CSV', () => {
    expect(writeDelimited([['a\tb']], '\t')).toBe(`${BOM}"a\tb"\r\n`);
    expect(writeDelimited([['a\tb']], ',')).toBe(`${BOM}a\tb\r\n`);
  });

  it('accepts files without a BOM, with LF or CR line ends, and skips blank lines', () => {
    expect(fields('a,b\nc,d\r\re,f\n\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('numbers rows by the line they start on', () => {
    const rows = readDelimited('h\n"two\nlines"\nlast\n', ',');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => readDelimited('a\n"never closed\n', ',')).toThrow(DelimitedError);
    expect(() => readDelimited('a\n"never closed\n', ',')).toThrow(
      /line 2: a quoted field is never closed/,
    );
    expect(() => readDelimited('a\n"x"y,z\n', ',')).toThrow(/line 2: text after a closing quote/);
  });

  it('chooses tabs for .tsv and .tab files', () => {
    expect(delimiterFor('x.TSV')).toBe('\t');
    expect(delimiterFor('x.tab')).toBe('\t');
    expect(delimiterFor('x.csv')).toBe(',');
  });
});
