import { describe, expect, it } from 'vitest';
import { normaliseWithMap } from './arabicText.ts';
import { gazetteer } from './fixtures/gazetteer.ts';
import { findPlace } from './place.ts';

const place = (text: string) => findPlace(normaliseWithMap(text), gazetteer);

describe('findPlace', () => {
  it('takes "في <city>" in the lead', () => {
    const r = place('التقى الوزيران يوم الاثنين في قازان لبحث التعاون');
    expect(r.value?.id).toBe('kazan');
    expect(r.value?.name.en).toBe('Kazan');
    expect(r.confidence).toBe('medium');
  });

  it('does not take the dateline for the place: it is where the report was filed', () => {
    const r = place('بكين - 3 - 5 (وكالة) -- قال المتحدث إن بلاده ترحب');
    expect(r.value).toBeNull();
    expect(r.warnings?.[0]).toMatch(/the dateline says Beijing, where the report was filed/);
  });

  it('takes the place the story gives over the dateline ("موسكو-سانا", a meeting "بمدينة …")', () => {
    const r = place(
      'موسكو-سانا\nاستقبل الرئيس الروسي وزير الخارجية الصيني اليوم بمدينة سانت بطرسبرغ وبحثا العلاقات',
    );
    expect(r.value?.id).toBe('st-petersburg');
    expect(r.warnings?.[0]).toMatch(/Moscow/);
    expect(place('موسكو-سانا\nعقد الوزيران لقاءهما في مدينة سانت بطرسبرغ')?.value?.id).toBe(
      'st-petersburg',
    );
  });

  it('says when the dateline and the story disagree', () => {
    const r = place('موسكو-وكالة\nاستقبل الرئيس ضيفه في بكين اليوم');
    expect(r.value?.id).toBe('beijing');
    expect(r.warnings?.[0]).toMatch(/Moscow/);
  });

  it('says so when no place of the gazetteer is found', () => {
    const r = place('تحدث الرئيسان هاتفيا عن العلاقات');
    expect(r.value).toBeNull();
    expect(r.warnings?.[0]).toMatch(/places\.yaml/);
  });

  it('does not take the city inside a forum name for a place', () => {
    const r = place('اجتمع القادة في منظمة شنغهاي للتعاون');
    expect(r.value).toBeNull();
    expect(r.mentioned).toEqual([]);
  });
});

describe('dateline evidence', () => {
  it('quotes the dateline up to the agency tag', () => {
    const r = place('بكين - 3 - 5 (وكالة) -- قال المتحدث إن بلاده ترحب');
    expect(r.evidence[0]?.phrase).toBe('بكين - 3 - 5 (وكالة)');
  });
});
