import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from './boilerplate.ts';

describe('stripBoilerplate', () => {
  it('blanks a cookie banner and keeps every offset', () => {
    const text = 'نص الخبر\nنستخدم ملفات تعريف الارتباط لتحسين تجربتك\nأوافق';
    const r = stripBoilerplate(text);
    expect(r.body).toHaveLength(text.length);
    expect(r.body.trim()).toBe('نص الخبر');
    expect(r.ignored.map((i) => i.kind)).toEqual(['cookie banner', 'cookie banner']);
  });

  it("blanks an agency trailer and the editors' initials", () => {
    const r = stripBoilerplate('قال الوزير إن البلدين متفقان.(النهاية)\nع ب د / م ن');
    expect(r.body.trim()).toBe('قال الوزير إن البلدين متفقان.');
    expect(r.ignored.map((i) => i.kind)).toEqual(['agency trailer', 'agency trailer']);
  });

  it('reads a repeated lead once, and a truncated lead that a later line completes', () => {
    const lead = 'أعلن المتحدث باسم الوزارة أن الجانبين اتفقا على مواصلة المشاورات';
    const r = stripBoilerplate(`${lead.slice(0, 40)}\n${lead}\n${lead}`);
    expect(r.body.split('\n').filter((l) => l.trim() !== '')).toEqual([lead]);
  });

  it('sets a "read also" section aside and flags it as possibly another event', () => {
    const r = stripBoilerplate('الخبر الأول\nاقرأ أيضا:\nخبر آخر عن زيارة أخرى');
    expect(r.body.trim()).toBe('الخبر الأول');
    expect(r.ignored[0]).toMatchObject({ kind: 'read also', possiblyAnotherEvent: true });
    expect(r.readAlso[0]?.text.trim()).toBe('خبر آخر عن زيارة أخرى');
  });
});
