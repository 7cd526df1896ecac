import { describe, expect, it } from 'vitest';
import { draft } from './draft.ts';
import { CALL_ARTICLE, SEVERAL_EVENTS_ARTICLE, UNDATED_ARTICLE } from './fixtures/articles.ts';
import { eventRecord, otherEventRecord } from './eventRecord.ts';
import { gazetteer } from './fixtures/gazetteer.ts';

describe('draft', () => {
  it('drafts a long article with much repeated text in linear time', () => {
    // Regression: a pattern with optional leading white space went quadratic over blanked runs.
    const paragraph =
      'وقال المتحدث إن الجانبين بحثا التعاون الاقتصادي والتجاري بين البلدين في لقاء مطول.\n';
    const text = `${CALL_ARTICLE}${paragraph.repeat(3000)}`;
    const started = performance.now();
    draft(text, {}, gazetteer);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('lowers the parties named only two sentences or more from the date, and says why', () => {
    const d = draft(
      'التاريخ : 11/06/2025\nأجرى بوتين اليوم الأربعاء اتصالا هاتفيا.\nوتحدث معه شي جين بينغ عن التجارة.\nوفي سياق آخر قال شويغو إن الحدود هادئة.',
      {},
      gazetteer,
    );
    const confidence = Object.fromEntries(d.actors.map((a) => [a.id, a.confidence]));
    expect(confidence).toEqual({ putin: 'medium', xi: 'medium', shoigu: 'low' });
    expect(d.actors.find((a) => a.id === 'shoigu')?.evidence.at(-1)?.rule).toMatch(
      /not in the sentence of the date or the next/,
    );
  });

  it('names who and where the sentence of each other date mentions', () => {
    const d = draft(
      'التاريخ : 11/06/2025\nقال بوتين اليوم الأربعاء إن شويغو زار بكين يوم الاثنين، والتقى هناك وانغ يي.',
      {},
      gazetteer,
    );
    expect(d.date?.phrase).toBe('اليوم الأربعاء');
    expect(d.otherDates[0]).toMatchObject({
      value: { date: '2025-06-09' },
      actors: ['putin', 'shoigu', 'wang-yi'],
      places: ['beijing'],
      type: 'meeting',
    });
  });

  it("finds each event of a story with its own parties, not the others' on the main one", () => {
    const d = draft(SEVERAL_EVENTS_ARTICLE, {}, gazetteer);
    expect(eventRecord(d)).toMatchObject({
      date: '2026-02-04',
      actors: ['putin', 'xi', 'ushakov'],
    });
    const others = d.otherDates.map((m) => otherEventRecord(d, m));
    expect(others.map((r) => [r.date, r.actors])).toEqual([
      ['2026-02-01', ['shoigu', 'wang-yi']],
      // Lin Jian's comment was on Shoigu's and Wang Yi's talks: its paragraphs name them too.
      ['2026-02-02', ['shoigu', 'wang-yi', 'lin-jian']],
      [{ start: '2026-01', end: '2026-06' }, ['putin']],
    ]);
  });

  it('leaves the status empty when the article has no publication date to tell it', () => {
    expect(eventRecord(draft(UNDATED_ARTICLE, {}, gazetteer)).status).toBe('');
  });
});
