import { describe, expect, it } from 'vitest';
import { findActorsAndForums } from './actorsAndForums.ts';
import { normaliseWithMap } from './arabicText.ts';
import { gazetteer } from './fixtures/gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';

const find = (text: string, g: Gazetteer = gazetteer) =>
  findActorsAndForums(normaliseWithMap(text), g);
const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('findActorsAndForums', () => {
  it('finds actors through every spelling in data/, with clitics, and counts them', () => {
    const r = find('استقبل بوتين الوزير فان يي، وقال لبوتين إن وانغ يي سيعود');
    expect(ids(r.actors)).toEqual(['putin', 'wang-yi']);
    expect(r.actors.find((a) => a.id === 'wang-yi')?.count).toBe(2);
    expect(r.actors.find((a) => a.id === 'putin')?.count).toBe(2);
  });

  it('learns a new spelling when an alias is added to data/', () => {
    const text = 'أعلن الرئيس بوتينه أمس';
    expect(find(text).actors).toEqual([]);
    const taught: Gazetteer = {
      ...gazetteer,
      actors: gazetteer.actors.map((a) =>
        a.id === 'putin' ? { ...a, aliases: [...a.aliases, 'بوتينه'] } : a,
      ),
    };
    expect(ids(find(text, taught).actors)).toEqual(['putin']);
  });

  it('prefers the longest spelling: "شي جين بينغ" once, not also "شي"', () => {
    const r = find('هاتف شي جين بينغ نظيره');
    expect(r.actors[0]?.count).toBe(1);
    expect(r.actors[0]?.evidence[0]?.phrase).toBe('شي جين بينغ');
  });

  it('counts a title for a person only with the name right after it', () => {
    const r = find('قال الرئيس الصيني شي جين بينغ إن الرئيس الصيني سيزور البلاد');
    expect(r.actors[0]?.evidence.some((e) => e.rule === 'title with the name after it')).toBe(true);
    expect(r.ignored.map((x) => x.phrase)).toContain('الرئيس الصيني');
  });

  it('marks aides who brief the press as speakers', () => {
    const r = find('وقال مساعد الرئيس الروسي يوري أوشاكوف إن بوتين تحدث');
    expect(r.actors.find((a) => a.id === 'ushakov')?.speaker).toBe(true);
    expect(r.actors.find((a) => a.id === 'putin')?.speaker).toBe(false);
  });

  it('lists name-like words after a title that data/ does not know', () => {
    const r = find('والتقى وزير الخارجية الهندي سوبرامانيام جايشانكار بنظيره');
    expect(r.unknownNames.map((u) => u.phrase)).toEqual(['سوبرامانيام جايشانكار']);
  });

  it('tags the UN for the international Security Council only', () => {
    expect(ids(find('عضوان دائمان في مجلس الأمن يتشاوران').forums)).toEqual(['un']);
    expect(ids(find('ناقش مجلس الأمن الدولي القرار').forums)).toEqual(['un']);
    expect(ids(find('ناقش مجلس الأمن التابع للأمم المتحدة القرار').forums)).toEqual(['un']);
    const russian = find('وصل سكرتير مجلس الأمن الروسي سيرغي شويغو');
    expect(russian.forums).toEqual([]);
    expect(russian.ignored[0]?.reason).toMatch(/Russia/);
    const channels = find('اتفقا على قنوات دائمة عبر مجلس الأمن، ووزارتي الخارجية والدفاع');
    expect(channels.forums).toEqual([]);
  });

  it('never takes the Gaza "board of peace" for the UN', () => {
    const r = find('انتقد الجانبان مبادرة إنشاء "مجلس سلام" حول غزة');
    expect(r.forums).toEqual([]);
    expect(r.ignored[0]?.reason).toMatch(/not the UN/);
  });

  it('reads "شنغهاي" alone as possibly the city, and the organisation by its full name', () => {
    const city = find('افتتح معرض في شنغهاي أمس');
    expect(city.forums).toEqual([]);
    expect(city.ignored[0]?.reason).toMatch(/city/);
    expect(ids(find('قمة منظمة شانغهاي للتعاون المقبلة').forums)).toEqual(['sco']);
  });
});
