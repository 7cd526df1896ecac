import { describe, expect, it } from 'vitest';
import { findPhrase, normalise, normaliseWithMap, sentenceAround } from './arabicText.ts';

describe('normalise', () => {
  it('folds hamza forms, ta marbuta, alef maqsura, diacritics, tatweel and Arabic-Indic digits', () => {
    expect(normalise('أإآة ى مُحَمَّـد ٢٠٢٦ ۱۹')).toBe('اااه ي محمد 2026 19');
  });
});

describe('findPhrase', () => {
  const find = (text: string, phrase: string) =>
    findPhrase(normaliseWithMap(text), phrase).map((s) => s.phrase);

  it('finds a name behind the clitics و، ف، ب، ل', () => {
    expect(find('التقى وبوتين ثم لبوتين كلمة', 'بوتين')).toEqual(['وبوتين', 'لبوتين']);
  });

  it('finds an ال word after ل as لل, and after و/ب with the article kept', () => {
    expect(find('قال للرئيس ثم والرئيس وبالرئيس', 'الرئيس')).toEqual([
      'للرئيس',
      'والرئيس',
      'وبالرئيس',
    ]);
  });

  it('does not match inside a longer word', () => {
    expect(find('شيء وشيك', 'شي')).toEqual([]);
  });

  it('matches across quotes and brackets, and returns the original span with its diacritics', () => {
    const text = 'مع (منظمةِ شانغهاي) للتعاون';
    const spans = findPhrase(normaliseWithMap(text), 'منظمة شانغهاي للتعاون');
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe('منظمةِ شانغهاي) للتعاون');
  });
});

describe('sentenceAround', () => {
  it('stops at full stops, Arabic question marks and line breaks', () => {
    const text = 'الأولى. الثانية هنا؟ الثالثة';
    const [a, b] = sentenceAround(text, text.indexOf('هنا'));
    expect(text.slice(a, b).trim()).toBe('الثانية هنا');
  });
});
