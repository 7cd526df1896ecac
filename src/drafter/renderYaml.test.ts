import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EventRaw } from '../domain/schema.ts';
import { draft } from './draft.ts';
import { CALL_ARTICLE, UNDATED_ARTICLE } from './fixtures/articles.ts';
import { gazetteer } from './fixtures/gazetteer.ts';
import { renderJson } from './renderJson.ts';
import { renderYaml } from './renderYaml.ts';

describe('renderYaml', () => {
  const yaml = renderYaml(draft(CALL_ARTICLE, {}, gazetteer), 'call.txt');

  it('prints a data/ event that validates once the curator writes title and summary', () => {
    const record = parse(yaml) as Record<string, unknown>;
    expect(record).toMatchObject({
      id: '2025-06-11-putin-xi-call',
      date: '2025-06-11',
      precision: 'day',
      status: 'happened',
      type: 'call',
      actors: ['putin', 'xi', 'ushakov'],
      forums: ['brics', 'sco', 'un'],
    });
    const filled = {
      ...record,
      title: { ar: 'عنوان', en: 'Title' },
      summary: { ar: 'ملخص', en: 'Summary' },
    };
    expect(EventRaw.safeParse(filled).success).toBe(true);
    // Until then the compiler refuses it: nothing is published by accident.
    expect(EventRaw.safeParse(record).success).toBe(false);
  });

  it('shows each guess beside its evidence', () => {
    expect(yaml).toMatch(/^date: 2025-06-11 # high: «اليوم الأربعاء» \(today with weekday/m);
    expect(yaml).toMatch(/^type: call # high: «محادثات عبر تقنية الفيديو»/m);
    expect(yaml).toMatch(/^ {2}- putin # high: ×2 /m);
    expect(yaml).toMatch(/published: 2025-06-11 # high: «التاريخ : 11\/06\/2025»/);
  });

  it('lists the plans, set-aside matches and boilerplate for the curator', () => {
    expect(yaml).toMatch(/2026-01 \.\. 2026-06 \(month, planned\)/);
    expect(yaml).toMatch(/agency trailer: «\(النهاية\)»/);
  });

  it('never copies a sentence of the article into the record', () => {
    const record = parse(yaml) as { title: unknown; summary: unknown };
    expect(record.title).toEqual({ ar: '', en: '' });
    expect(record.summary).toEqual({ ar: '', en: '' });
  });

  it('flags the "read also" section as possibly another event, with its missing year', () => {
    const out = renderYaml(draft(UNDATED_ARTICLE, { published: '2024-09-11' }, gazetteer));
    expect(out).toMatch(/read also: .* possibly another event/);
    expect(out).toMatch(/"read also" section names putin; dates: YYYY-03-30 \.\. YYYY-04-03/);
    expect(out).toMatch(/year is missing/);
    expect(parse(out)).toMatchObject({
      date: '2024-09-10',
      place: { en: 'Moscow' },
      type: 'meeting',
    });
  });
});

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
});

describe('renderJson', () => {
  it('prints the record and every guess as JSON', () => {
    const out = JSON.parse(renderJson(draft(CALL_ARTICLE, {}, gazetteer))) as {
      event: { id: string };
      draft: { date: { confidence: string; evidence: { rule: string }[] } };
    };
    expect(out.event.id).toBe('2025-06-11-putin-xi-call');
    expect(out.draft.date.confidence).toBe('high');
    expect(out.draft.date.evidence[0]?.rule).toMatch(/today with weekday/);
  });
});
