import { describe, expect, it } from 'vitest';
import { charsNormalised } from './arabicText.ts';
import { draft, DraftInputError, MAX_CHARS } from './draft.ts';
import { gazetteer } from './fixtures/gazetteer.ts';

// About this many UTF-8 bytes of a phrase repeated on one line, the shape that went quadratic.
const repeated = (phrase: string, bytes: number) =>
  phrase.repeat(Math.ceil(bytes / Buffer.byteLength(phrase)));

describe('the drafter on long input', () => {
  it('drafts 250 KB of "في بكين " and finds every mention of the place', () => {
    const text = repeated('في بكين ', 250_000);
    const times = text.length / 'في بكين '.length;
    const started = performance.now();
    const d = draft(text, {}, gazetteer);
    // A guard only (it took over a minute); the work test below is the real check.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(d.place.value?.id).toBe('beijing');
    expect(d.place.mentioned).toEqual([{ id: 'beijing', at: expect.any(Array) as unknown }]);
    expect(d.place.mentioned[0]?.at).toHaveLength(times);
  }, 60_000);

  it.each([
    ['"قمة بريكس "', 'قمة بريكس '],
    ['"11 فبراير "', '11 فبراير '],
    ['"الرئيس "', 'الرئيس '],
    ['"بوتين "', 'بوتين '],
    ['a dateline tag "موسكو - سانا" on every line', 'موسكو - سانا\n'],
    ['a line repeated', 'وقال المتحدث إن الجانبين بحثا التعاون بين البلدين\n'],
  ])(
    'drafts 500 KB of %s in bounded time',
    (_, phrase) => {
      // Guards only. When matches were compared pairwise, "قمة بريكس " took 36 s, "بوتين " 93 s and
      // the dateline lines 14 s; the other shapes were not slow, and are here to stay that way.
      const started = performance.now();
      draft(repeated(phrase, 500_000), {}, gazetteer);
      expect(performance.now() - started).toBeLessThan(5_000);
    },
    120_000,
  );

  it.each([
    ['"في بكين "', 'في بكين '],
    ['"قمة بريكس "', 'قمة بريكس '],
    ['"11 فبراير "', '11 فبراير '],
    ['"الرئيس " (a title with no name)', 'الرئيس '],
    ['a dateline tag "موسكو - سانا" on every line', 'موسكو - سانا\n'],
    ['a line repeated', 'وقال المتحدث إن الجانبين بحثا التعاون بين البلدين\n'],
  ])(
    'normalises four times the characters for four times %s',
    (_, phrase) => {
      const work = (bytes: number) => {
        const before = charsNormalised();
        draft(
          `أجرى بوتين اليوم اتصالا هاتفيا مع شي جين بينغ.\n${repeated(phrase, bytes)}`,
          {},
          gazetteer,
        );
        return charsNormalised() - before;
      };
      const small = work(4_000);
      const large = work(16_000);
      expect(large / small).toBeLessThan(4.5);
    },
    60_000,
  );

  it('refuses text over the size limit with a clear error', () => {
    const text = repeated('في بكين ', MAX_CHARS * 2).slice(0, MAX_CHARS + 1);
    expect(() => draft(text, {}, gazetteer)).toThrow(DraftInputError);
    expect(() => draft(text, {}, gazetteer)).toThrow(
      `the article is 1,000,001 characters long; the drafter reads at most 1,000,000 (a news article is tens of thousands)`,
    );
  });
});
