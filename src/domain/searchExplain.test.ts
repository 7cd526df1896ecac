import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchEvents } from './searchIndex.ts';
import { compileQuery, explainMatch, type QueryTerms } from './searchExplain.ts';
import { markRanges, type Range } from './textMarks.ts';
import { toIndices } from './bitset.ts';
import { ACTORS, FORUMS, idsOf, makeDataset } from './testFixtures.ts';
import type { Lang } from './languages.ts';
import type { Actor } from './schema.ts';

// Wang Yi with every alias the shipped data gives him, and events written the way our articles
// write him: by name in titles, by name only in a summary, behind the particle و ("ووانغ يي").
const WANG: Actor = {
  id: 'wang-yi',
  name: { ar: 'وانغ يي', en: 'Wang Yi' },
  role: { ar: 'وزير الخارجية', en: 'Foreign Minister' },
  affiliation: 'china',
  aliases: ['وانج يي', 'وانغ يى', 'وانج يى', 'فان يي', 'وانغ'],
};
const DATA = {
  ...makeDataset([
    {
      id: 'putin-wang',
      date: '2023-09-20',
      type: 'visit',
      actors: ['putin', 'wang-yi'],
      title: [
        'بوتين يستقبل وانغ يي ويؤكد تلاقي موقفي البلدين',
        'Putin receives Wang Yi, stresses common ground',
      ],
      summary: [
        'استقبل الرئيس فلاديمير بوتين وزير الخارجية الصيني وانغ يي، وأبدى وانغ استعداد بكين لتعزيز الثقة.',
        'President Vladimir Putin received Chinese Foreign Minister Wang Yi.',
      ],
    },
    {
      id: 'belt-and-road',
      date: '2023-10-17',
      type: 'summit',
      actors: ['putin', 'xi'],
      title: [
        'بوتين يشارك في منتدى الحزام والطريق الثالث في بكين',
        'Putin attends the third Belt and Road Forum in Beijing',
      ],
      summary: [
        'وجاءت المشاركة تلبيةً لدعوة أعلن بوتين قبولها خلال استقباله وانغ يي في أيلول/سبتمبر.',
        'He came at an invitation he had said he accepted when receiving Wang Yi in September.',
      ],
    },
    {
      id: 'briefing',
      date: '2026-02-02',
      type: 'call',
      title: [
        'الخارجية الصينية تعلّق على محادثات شويغو ووانغ يي',
        'Chinese foreign ministry comments on the Shoigu–Wang Yi talks',
      ],
      summary: [
        'قال المتحدث إن بكين وموسكو تتواصلان.',
        'The spokesman said Beijing and Moscow talk.',
      ],
    },
    {
      id: 'lavrov-moscow',
      date: '2025-04-01',
      type: 'visit',
      actors: ['lavrov', 'wang-yi'],
      title: ['محادثات في موسكو', 'Talks in Moscow'],
      summary: ['بحث الوزيران تطوير العلاقات وتهيئة الظروف.', 'The ministers discussed ties.'],
      place: ['موسكو', 'Moscow'],
    },
    {
      id: 'unrelated',
      date: '2024-01-01',
      type: 'call',
      actors: ['putin'],
      title: ['بوتين يهنئ الصينيين بالعام الجديد', 'Putin congratulates the Chinese'],
    },
  ]),
  actors: [...ACTORS.filter((a) => a.id !== 'wang-yi'), WANG],
  forums: FORUMS,
};

const terms = (q: string) => {
  const t = compileQuery(DATA, q);
  if (!t) throw new Error(`no words in ${q}`);
  return t;
};
const found = (q: string, lang: Lang) => {
  const bits = searchEvents(buildSearchIndex(DATA, lang), q);
  return bits ? idsOf(DATA, toIndices(bits)) : [];
};
const event = (id: string) => {
  const e = DATA.events.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
};
/** The marked stretches of a text, as the reader sees them. */
const marked = (text: string, t: QueryTerms) =>
  markRanges(text, t).map(([s, e]: Range) => text.slice(s, e));

describe('why an event matched «وانج», «فان يي» or «Wang»', () => {
  const cases: [string, Lang][] = [
    ['وانج', 'ar'],
    ['فان يي', 'ar'],
    ['Wang', 'ar'],
    ['Wang', 'en'],
  ];
  const withWang = ['putin-wang', 'belt-and-road', 'lavrov-moscow', 'briefing'].sort();

  for (const [q, lang] of cases) {
    it(`«${q}» in ${lang}: the same events, and only the summary explains the Belt and Road forum`, () => {
      expect(found(q, lang).sort()).toEqual(withWang);
      const t = terms(q);
      const why = (id: string) => explainMatch(event(id), lang, t, event(id).summary?.[lang]);
      expect(why('belt-and-road').summaryOnly).toBe(true);
      expect([...why('belt-and-road').places]).toEqual(['summary']);
      expect(why('putin-wang').summaryOnly).toBe(false);
      expect(why('putin-wang').places).toContain('title');
      expect(why('putin-wang').places).toContain('participants');
      expect(why('briefing').places).toContain('title');
      expect(why('briefing').summaryOnly).toBe(false);
      // His name is not in this title: he is found among the participants.
      expect(why('lavrov-moscow').places).toContain('participants');
      expect(why('lavrov-moscow').places).not.toContain('title');
    });
  }

  it('marks the name as it is spelled in the text, whichever spelling was typed', () => {
    for (const q of ['وانج', 'فان يي', 'Wang', 'وانغ يى']) {
      const t = terms(q);
      expect(marked(event('putin-wang').title.ar, t)).toEqual(['وانغ يي']);
      // The particle و stays outside the mark.
      expect(marked(event('briefing').title.ar, t)).toEqual(['وانغ يي']);
      expect(marked(event('belt-and-road').summary?.ar ?? '', t)).toEqual(['وانغ يي']);
    }
    expect(marked(event('putin-wang').title.en, terms('فان يي'))).toEqual(['Wang Yi']);
    expect(marked(event('briefing').title.en, terms('wang'))).toEqual(['Wang Yi']);
  });

  it('marks a bare surname that the data lists as an alias, and the name in the participants', () => {
    const t = terms('وانج');
    expect(marked(event('putin-wang').summary?.ar ?? '', t)).toEqual(['وانغ يي', 'وانغ']);
    expect(t.actors).toEqual(new Set(['wang-yi']));
  });

  it('does not mark a short query word inside other words', () => {
    // Search finds "يي" inside تهيئة (its key is تهييه); a mark there would explain nothing.
    expect(marked(event('lavrov-moscow').summary?.ar ?? '', terms('فان يي'))).toEqual([]);
    expect(marked('الصينيين', terms('يي'))).toEqual([]);
    expect(marked('قال يي', terms('يي'))).toEqual(['يي']);
  });

  it('says nothing of the summary for an event found in its title, even with the summary unknown', () => {
    const t = terms('وانج');
    expect(explainMatch(event('putin-wang'), 'ar', t, undefined).summaryOnly).toBe(false);
    // A result found nowhere else must have been found in a summary not at hand.
    expect(explainMatch(event('belt-and-road'), 'ar', t, undefined).summaryOnly).toBe(true);
  });

  it('notes the summary when one word of several is found only there', () => {
    const why = explainMatch(
      event('putin-wang'),
      'ar',
      terms('بوتين استعداد'),
      event('putin-wang').summary?.ar,
    );
    expect(why.summaryOnly).toBe(true);
    expect(why.places).toContain('title');
  });

  it('returns no terms for a query without words', () => {
    expect(compileQuery(DATA, ' ، ؟ ')).toBeNull();
  });
});
