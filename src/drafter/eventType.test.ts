import { describe, expect, it } from 'vitest';
import { normaliseWithMap } from './arabicText.ts';
import { findEventType } from './eventType.ts';
import { gazetteer } from './fixtures/gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';

const type = (text: string, g: Gazetteer = gazetteer, focusWord?: string) =>
  findEventType(
    normaliseWithMap(text),
    g,
    focusWord === undefined ? undefined : text.indexOf(focusWord),
  );

describe('findEventType', () => {
  it('reads talks by video link as a call, not also as talks', () => {
    const r = type('أجرى الرئيسان محادثات عبر تقنية الفيديو تناولت العلاقات');
    expect(r.value).toBe('call');
    expect(r.confidence).toBe('high');
  });

  it('reads a telephone call', () => {
    expect(type('تلقى الوزير اتصالا هاتفيا من نظيره').value).toBe('call');
  });

  it('weighs the cue next to the date above cues about other events', () => {
    const text = 'قال الرئيس خلال لقائه اليوم الوزير إن الزيارة السابقة والزيارة المقبلة مهمتان';
    expect(type(text, gazetteer, 'اليوم').value).toBe('meeting');
  });

  it('maps onto data/types.yaml by CAMEO code when the id differs', () => {
    const g: Gazetteer = {
      ...gazetteer,
      types: gazetteer.types.map((t) => (t.id === 'call' ? { ...t, id: 'phone-or-video' } : t)),
    };
    expect(type('أجرى الرئيسان اتصالا هاتفيا', g).value).toBe('phone-or-video');
  });

  it('flags a kind data/types.yaml does not have', () => {
    const r = type('عقدت القمة في العاصمة بحضور القادة');
    expect(r.value).toBe('summit');
    expect(r.confidence).toBe('low');
    expect(r.warnings?.some((w) => w.includes('not in data/types.yaml'))).toBe(true);
  });

  it('says so when no cue word is found', () => {
    expect(type('ارتفعت أسعار القمح في الأسواق').value).toBeNull();
  });

  it('reads an invitation accepted as an announcement when data/ has that type', () => {
    const g: Gazetteer = {
      ...gazetteer,
      types: [
        ...gazetteer.types,
        { id: 'announcement', name: { ar: 'إعلان', en: 'Announcement' }, cameo: '036' },
      ],
    };
    expect(type('قبل الرئيس الدعوة لزيارة البلاد', g, 'قبل').value).toBe('announcement');
  });
});
