import { describe, expect, it } from 'vitest';
import { normaliseWithMap } from './arabicText.ts';
import { findEventDates } from './eventDate.ts';

// 2025-06-11 is a Wednesday.
const PUB = '2025-06-11';
const dates = (text: string, published: string | null = PUB) =>
  findEventDates(normaliseWithMap(text), published);
const main = (text: string, published: string | null = PUB) => dates(text, published).main;

describe('findEventDates', () => {
  it('"اليوم" with the right weekday is the publication date, sure', () => {
    const m = main('التقى الوزيران اليوم الأربعاء في العاصمة');
    expect(m?.value).toEqual({ date: PUB, precision: 'day', status: 'happened' });
    expect(m?.confidence).toBe('high');
  });

  it('reports "اليوم" with the wrong weekday instead of hiding it', () => {
    const m = main('التقى الوزيران اليوم الخميس في العاصمة');
    expect(m?.value?.date).toBe(PUB);
    expect(m?.confidence).toBe('low');
    expect(m?.warnings?.[0]).toMatch(/Thursday.*Wednesday/);
  });

  it('a bare weekday is the latest such day on or before publication', () => {
    expect(main('وقال الوزير يوم الاثنين إن المحادثات مثمرة')?.value?.date).toBe('2025-06-09');
    expect(main('وقال الوزير يوم الأربعاء إن المحادثات مثمرة')?.value?.date).toBe(PUB);
  });

  it('a weekday with a future verb or "المقبل" is the next one, planned', () => {
    expect(main('سيزور الوزير العاصمة يوم الاثنين')?.value).toEqual({
      date: '2025-06-16',
      precision: 'day',
      status: 'planned',
    });
    expect(main('يصل الوفد الخميس المقبل')?.value?.date).toBe('2025-06-12');
  });

  it('"أمس" is the day before publication', () => {
    expect(main('وأجرى الرئيسان أمس اتصالا')?.value?.date).toBe('2025-06-10');
  });

  it('"في الأول من شباط/فبراير" takes the publication year when that is not after publication', () => {
    const m = main('عقدت مشاورات في الأول من شباط/فبراير بين الجانبين');
    expect(m?.value?.date).toBe('2025-02-01');
    expect(m?.warnings?.[0]).toMatch(/no year/);
  });

  it('never guesses the year of a day that would fall after publication', () => {
    const m = main('وصل الوزير في 20 سبتمبر إلى العاصمة');
    expect(m?.value?.date).toBe('YYYY-09-20');
    expect(m?.warnings?.[0]).toMatch(/do not guess/);
  });

  it('an explicit range without a year says the year is missing', () => {
    const m = main('يقوم الوزير بزيارة في الفترة من 30 مارس إلى 3 أبريل');
    expect(m?.value?.date).toEqual({ start: 'YYYY-03-30', end: 'YYYY-04-03' });
    expect(m?.warnings?.[0]).toMatch(/year is missing/);
  });

  it('an explicit range with its year is read whole', () => {
    expect(main('من 30 مارس إلى 3 أبريل 2024 زار الوزير')?.value?.date).toEqual({
      start: '2024-03-30',
      end: '2024-04-03',
    });
  });

  it('"الشهر المقبل" is the next month, planned', () => {
    expect(main('ستعقد القمة الشهر المقبل')?.value).toEqual({
      date: '2025-07',
      precision: 'month',
      status: 'planned',
    });
  });

  it('"العام الماضي" is the year before publication', () => {
    expect(main('التقى الزعيمان مرتين في العام الماضي')?.value?.date).toBe('2024');
  });

  it('reads relative periods behind a clitic ("للعام الماضي", "بالنصف الأول من العام")', () => {
    expect(main('وفقا للعام الماضي')?.value?.date).toBe('2024');
    expect(main('مقارنة بالنصف الأول من العام')?.value?.date).toEqual({
      start: '2025-01',
      end: '2025-06',
    });
  });

  it('"النصف الأول من العام" is a planned range of months', () => {
    expect(main('دعاه إلى زيارة في النصف الأول من العام')?.value).toEqual({
      date: { start: '2025-01', end: '2025-06' },
      precision: 'month',
      status: 'planned',
    });
  });

  it('reads a month of the current year ("تشرين الأول من السنة الجارية")', () => {
    expect(main('قبل الدعوة للزيارة في تشرين الأول من السنة الجارية')?.value?.date).toBe('2025-10');
  });

  it('keeps anniversaries as evidence only', () => {
    const r = dates('يصادف هذا العام الذكرى الـ40 لتوقيع الاتفاقية');
    expect(r.main).toBeNull();
    expect(r.anniversaries[0]?.evidence[0]?.rule).toMatch(/1985/);
  });

  it('counts an anniversary from the year its sentence speaks of («العام الماضي» is the year before)', () => {
    const r = dates(
      'وقال إن إحياء الذكرى ال80 للنصر في البلدين العام الماضي عزز السلام',
      '2026-02-04',
    );
    expect(r.anniversaries[0]?.evidence[0]?.rule).toMatch(/80th anniversary in 2025.*in 1945$/);
    const explicit = dates('احتفل البلدان عام 2024 بالذكرى الـ75 لإقامة العلاقات', '2026-02-04');
    expect(explicit.anniversaries[0]?.evidence[0]?.rule).toMatch(/in 1949$/);
  });

  it('does not guess the year of an anniversary its sentence does not give', () => {
    const r = dates('وتحدث عن الذكرى الـ30 للشراكة', '2026-02-04');
    expect(r.anniversaries[0]?.evidence[0]?.rule).toMatch(/does not say in which year/);
  });

  it('finds anniversaries behind a clitic ("للذكرى")', () => {
    const r = dates('استنادا إلى الانطلاقة الجديدة للذكرى الـ50 لإقامة العلاقات');
    expect(r.anniversaries.map((a) => a.phrase)).toEqual(['للذكرى الـ50']);
  });

  it('picks the precise, past date as the main event and lists the plans as other dates', () => {
    const r = dates('دعا الرئيس نظيره اليوم الأربعاء إلى زيارة في النصف الأول من العام');
    expect(r.main?.phrase).toBe('اليوم الأربعاء');
    expect(r.others.map((o) => o.rule)).toEqual(['half of the year']);
  });

  it('without a publication date, says so rather than falling back to a vaguer date', () => {
    const m = main('التقى الوزيران اليوم الأربعاء وسيلتقيان في عام 2026', null);
    expect(m?.value).toBeNull();
    expect(m?.warnings?.[0]).toMatch(/--published/);
  });

  it('without a publication date, does not call a dated event "happened": nothing tells', () => {
    expect(main('التقى الوزيران في 5 مارس 2024', null)?.value?.status).toBe('unknown');
    expect(main('التقى الوزيران في عام 2024', null)?.value?.status).toBe('unknown');
    expect(main('وسيلتقي الوزيران في عام 2024', null)?.value?.status).toBe('planned');
    // With a publication date the same words are read against it.
    expect(main('التقى الوزيران في 5 مارس 2024')?.value?.status).toBe('happened');
  });

  it('does not read "روسيا اليوم" (the channel) as today', () => {
    expect(main('نقلت قناة روسيا اليوم الخبر')).toBeNull();
  });
});
