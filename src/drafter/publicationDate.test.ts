import { describe, expect, it } from 'vitest';
import { normaliseWithMap } from './arabicText.ts';
import { findPublicationDate } from './publicationDate.ts';

const pub = (text: string, given?: string) => findPublicationDate(normaliseWithMap(text), given);

describe('findPublicationDate', () => {
  it('reads an ISO date line', () => {
    const r = pub('date 2025-11-03\nعنوان الخبر\nنص الخبر');
    expect(r.value).toBe('2025-11-03');
    expect(r.confidence).toBe('high');
  });

  it('reads "التاريخ" with day-first numerals', () => {
    expect(pub('التاريخ : 07/03/2025\nنص').value).toBe('2025-03-07');
  });

  it('reads "تاريخ النشر" with an English month name and ordinal', () => {
    expect(pub('عنوان\nتاريخ النشر: 5th, March 2024 GMT\nنص').value).toBe('2024-03-05');
  });

  it.each([
    ['تاريخ النشر: 9 فبراير 2025', '2025-02-09'],
    ['تاريخ النشر: 9 شباط 2025', '2025-02-09'],
    ['تاريخ النشر: 9 فيفري 2025', '2025-02-09'],
    ['تاريخ النشر: 9 شباط/فبراير 2025', '2025-02-09'],
    ['تاريخ النشر: ٩ تشرين الأول ٢٠٢٥', '2025-10-09'],
  ])('reads Arabic month names of every family: %s', (line, expected) => {
    expect(pub(`${line}\nنص الخبر`).value).toBe(expected);
  });

  it('reads the date in the article URL but never in an image URL', () => {
    const r = pub(
      'https://img.example.com/img/2019/01/01/photo.jpg\nhttps://news.example.com/20250612/story-1.html\nنص',
    );
    expect(r.value).toBe('2025-06-12');
    expect(r.evidence.map((e) => e.rule)).toEqual(['date in the article URL']);
  });

  it('ignores a stock-photo URL altogether when it is the only date', () => {
    const r = pub('https://cdn.img.example.ae/img/20240831/1.jpg\nخبر بلا تاريخ');
    expect(r.value).toBeNull();
    expect(r.warnings?.[0]).toMatch(/--published/);
  });

  it('reads day-first numerals in the header: 12.05.2025 is 12 May', () => {
    expect(pub('ملخص الخبر... 12.05.2025, وكالة ما\nنص').value).toBe('2025-05-12');
  });

  it('takes the year of an agency dateline from the years the text names', () => {
    const r = pub('القاهرة - 6 - 3 (وكالة) -- قال الوزير إن خطة عام 2025 جاهزة');
    expect(r.value).toBe('2025-03-06');
    expect(r.confidence).toBe('low');
  });

  it('lets the dateline confirm a date line', () => {
    const r = pub('التاريخ : 06/03/2025\nالقاهرة - 6 - 3 (وكالة) -- نص');
    expect(r.value).toBe('2025-03-06');
    expect(r.evidence[0]?.rule).toMatch(/dateline agrees/);
  });

  it('prefers --published but reports an article date that disagrees', () => {
    const r = pub('date 2025-11-03\nنص', '2025-11-04');
    expect(r.value).toBe('2025-11-04');
    expect(r.warnings?.[0]).toMatch(/2025-11-03/);
  });

  it('does not take "التاريخ" inside a sentence for a date line', () => {
    const body =
      'عنوان الخبر\nوتحدث الوزير عن التاريخ المشترك للبلدين، مشيرا إلى الاتفاق الذي وقعه الجانبان في 1 مايو 2020 في العاصمة.';
    expect(pub(body).value).toBeNull();
  });
});
