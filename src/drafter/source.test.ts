import { describe, expect, it } from 'vitest';
import { normaliseWithMap } from './arabicText.ts';
import { findSource } from './source.ts';

const source = (text: string) => findSource(normaliseWithMap(text));

describe('findSource', () => {
  it('reads the agency tag of a dateline', () => {
    expect(source('الكويت - 2 - 7 (كونا) -- أعلن الوزير').value.outlet?.en).toBe(
      'Kuwait News Agency (KUNA)',
    );
  });

  it('reads an "المصدر:" line', () => {
    const r = source('نص الخبر هنا\nالمصدر: الوكالة العربية السورية للأنباء');
    expect(r.value.outlet?.en).toBe('Syrian Arab News Agency (SANA)');
  });

  it('keeps an unknown outlet from "المصدر:" for the curator to complete', () => {
    const r = source('نص الخبر هنا\nالمصدر: صحيفة الأفق');
    expect(r.value.outlet?.ar).toBe('صحيفة الأفق');
    expect(r.confidence).toBe('medium');
  });

  it('takes the outlet and the URL from the article address, skipping image URLs', () => {
    const r = source(
      'https://cdn.img.sarabic.ae/img/1.jpg\nhttps://sarabic.ae/20250101/story-1.html\nنص',
    );
    expect(r.value.outlet?.en).toBe('Sputnik Arabic');
    expect(r.value.url).toBe('https://sarabic.ae/20250101/story-1.html');
  });

  it('lists an agency the story quotes as cited, not as the publisher', () => {
    const r = source(
      'الكويت - 2 - 7 (كونا) -- أعلن الوزير أمرا.\nوقالت وكالة أنباء الصين الجديدة (شينخوا) في تقرير طويل مطول عن زيارة الوزير للعاصمة الصينية ولقاءاته المتعددة هناك إن المحادثات كانت جيدة',
    );
    expect(r.value.outlet?.en).toBe('Kuwait News Agency (KUNA)');
    expect(r.cited.map((c) => c.outlet.en)).toEqual(['Xinhua']);
  });
});
