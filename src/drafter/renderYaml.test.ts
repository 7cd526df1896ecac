import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/** The draft's first YAML document: the main event's record (the other events' follow). */
const parse = (text: string): unknown => parseAllDocuments(text)[0]?.toJS();
import { EventRaw } from '../domain/schema.ts';
import { draft } from './draft.ts';
import { CALL_ARTICLE, SEVERAL_EVENTS_ARTICLE, UNDATED_ARTICLE } from './fixtures/articles.ts';
import { gazetteer } from './fixtures/gazetteer.ts';
import { renderJson } from './renderJson.ts';
import { renderYaml } from './renderYaml.ts';

describe('renderYaml', () => {
  it('writes one record per event the article tells of, each with its own parties', () => {
    const docs = parseAllDocuments(renderYaml(draft(SEVERAL_EVENTS_ARTICLE, {}, gazetteer)));
    const records = [...docs].map((doc) => doc.toJS() as { id: string; actors: string[] });
    expect(records.map((r) => [r.id, r.actors])).toEqual([
      ['2026-02-04-putin-xi-call', ['putin', 'xi', 'ushakov']],
      ['2026-02-01-shoigu-wang-yi-event', ['shoigu', 'wang-yi']],
      ['2026-02-02-shoigu-wang-yi-statement', ['shoigu', 'wang-yi', 'lin-jian']],
      ['2026-01-putin-visit', ['putin']],
    ]);
  });

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
