import { describe, expect, it } from 'vitest';
import { queryEntries } from './queryEntries.ts';

describe('query entries', () => {
  it('decode escapes, "+" and "%20" as a space, and keep the order and repeats', () => {
    expect(queryEntries('q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86+x%20y&lang=en&lang=ar&flag')).toEqual([
      { key: 'q', value: 'بوتين x y', raw: '%D8%A8%D9%88%D8%AA%D9%8A%D9%86+x%20y' },
      { key: 'lang', value: 'en', raw: 'en' },
      { key: 'lang', value: 'ar', raw: 'ar' },
      { key: 'flag', value: '', raw: '' },
    ]);
  });

  it('mark a value whose percent-encoding is broken instead of inventing replacement characters', () => {
    // A truncated escape, an incomplete UTF-8 sequence, a lone "%", an overlong encoding.
    for (const raw of ['%E0%A4%A', '%E0%A4', '100%', '%zz', '%C0%AF']) {
      expect(queryEntries(`q=${raw}`), raw).toEqual([{ key: 'q', value: undefined, raw }]);
    }
  });

  it('read a literal U+FFFD that was encoded properly as the text it is', () => {
    expect(queryEntries('q=%EF%BF%BD')).toEqual([{ key: 'q', value: '\uFFFD', raw: '%EF%BF%BD' }]);
  });

  it('skip an entry whose key cannot be decoded: it is no parameter of ours', () => {
    expect(queryEntries('%E0=1&lang=en')).toEqual([{ key: 'lang', value: 'en', raw: 'en' }]);
  });
});
