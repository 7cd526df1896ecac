import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildNameIndex,
  buildSearchIndex,
  searchEvents,
  searchIndexBuilder,
  searchNames,
} from './searchIndex.ts';
import { toIndices } from './bitset.ts';
import { normalizeForSearch } from './arabic.ts';
import { ACTORS, FORUMS, SAMPLE, idsOf, makeDataset } from './testFixtures.ts';
import type { Lang } from './languages.ts';

const indexes = { ar: buildSearchIndex(SAMPLE, 'ar'), en: buildSearchIndex(SAMPLE, 'en') };
const find = (q: string, lang: Lang = 'ar') => {
  const bits = searchEvents(indexes[lang], q);
  return bits === null ? null : idsOf(SAMPLE, toIndices(bits));
};
const putinEvents = SAMPLE.events.filter((e) => e.actors.includes('putin')).map((e) => e.id);

describe('searchEvents', () => {
  it('filters nothing for an empty or punctuation-only query', () => {
    expect(find('')).toBeNull();
    expect(find(' ، ؟ ')).toBeNull();
  });

  it('finds events by a word of the title in the reading language', () => {
    expect(find('قازان')).toEqual(['brics-kazan']);
    expect(find('Kazan', 'en')).toEqual(['brics-kazan']);
  });

  it('finds events by summary and place', () => {
    expect(find('محادثات')).toEqual(['lavrov-beijing']);
    expect(find('Talks', 'en')).toEqual(['lavrov-beijing']);
  });

  it("does not search the other language's title and summary", () => {
    expect(find('Kazan', 'ar')).toEqual([]);
    expect(find('قازان', 'en')).toEqual([]);
  });

  it("finds an actor's events by any spelling of the name, in either language", () => {
    for (const q of ['بوتين', 'بوتن', 'Putin', 'putin', 'فلاديمير']) {
      expect(find(q, 'ar')).toEqual(putinEvents);
      expect(find(q, 'en')).toEqual(putinEvents);
    }
  });

  it("finds a forum's events by its name, short label or alias", () => {
    expect(find('SCO')).toEqual(['sco-tianjin', 'visit-planned']);
    expect(find('شانغهاي')).toEqual(['sco-tianjin', 'visit-planned']);
  });

  it('matches inside words, so a word with a prefixed particle is found', () => {
    // "بالصين" in the summary holds "الصين"; "الصين" in the planned visit's title too.
    expect(find('الصين')).toEqual(['lavrov-beijing', 'visit-planned']);
  });

  it('requires every query word (AND)', () => {
    expect(find('بوتين قمة')).toEqual(['brics-kazan', 'sco-tianjin']);
    expect(find('بوتين لافروف')).toEqual([]);
  });

  it('ignores vowel marks, hamza seats and digit shapes in the query', () => {
    expect(find('بُوتِين')).toEqual(putinEvents);
    expect(find('إتفاقية')).toEqual(['energy-deal']);
    expect(find('سيبيريا ٢')).toEqual(['energy-deal']);
  });

  it('matches actor names spelt with another letter for "g" (loose key)', () => {
    const wangEvents = ['lavrov-beijing', 'sco-tianjin'];
    expect(find('وانج')).toEqual(wangEvents);
    expect(find('وانق')).toEqual(wangEvents);
    expect(find('شويجو')).toEqual(['shoigu-2025']);
  });

  it('does not use the loose key on titles and summaries', () => {
    // "قوة" in the energy deal's title would loosely equal "غوة"; no actor or forum is named so.
    expect(find('غوة')).toEqual([]);
  });

  it('does not use the loose key for words shorter than three letters', () => {
    // "غي" is inside سيرغي (Lavrov, Shoigu); loosely it is "جي", the start of Xi's جين.
    expect(find('غي')).toEqual(['shoigu-2025', 'lavrov-beijing']);
    // Three letters are enough: "لاڤ" loosely starts لافروف.
    expect(find('لاڤ')).toEqual(['lavrov-beijing']);
  });

  it('gives the same answer when the query is asked again (memo)', () => {
    expect(find('بوتي')).toEqual(putinEvents);
    expect(find('بوتي')).toEqual(putinEvents);
  });

  it('returns a set the caller may change without affecting later searches', () => {
    searchEvents(indexes.ar, 'قازان')?.fill(0xffffffff);
    expect(find('قازان')).toEqual(['brics-kazan']);
  });

  it('agrees with a plain scan of the normalised texts (property)', () => {
    const words = ['بوتين', 'قمة', 'الصين', 'شي', 'زيارة', 'سيبيريا', 'وانغ', 'قازان', 'تيان'];
    const spellingsOf = (item?: { name: { ar: string; en: string }; aliases: string[] }) =>
      item ? [item.name.ar, item.name.en, ...item.aliases] : [];
    const texts = SAMPLE.events.map((e) => {
      const names = [
        ...e.actors.flatMap((id) => spellingsOf(ACTORS.find((a) => a.id === id))),
        ...e.forums.flatMap((id) => {
          const f = FORUMS.find((x) => x.id === id);
          return [...spellingsOf(f), f?.short?.ar ?? '', f?.short?.en ?? ''];
        }),
      ];
      return normalizeForSearch(
        [e.title.ar, e.summary?.ar ?? '', e.place?.ar ?? '', ...names].join(' '),
      );
    });
    fc.assert(
      fc.property(fc.subarray(words, { minLength: 1 }), (query) => {
        const expected = SAMPLE.events
          .filter((_, i) => query.every((q) => texts[i]?.includes(normalizeForSearch(q))))
          .map((e) => e.id);
        const got = find(query.join(' '));
        // Loose matches may add events; strict ones must all be there.
        expect(got).toEqual(expect.arrayContaining(expected));
        if (!query.includes('وانغ')) expect(got).toEqual(expected);
      }),
    );
  });

  it('handles events whose text has no words, wherever they fall', () => {
    const ds = makeDataset([
      { id: 'a', date: '2026-01-01', type: 'call', title: ['—', '—'], summary: ['…', '…'] },
      { id: 'b', date: '2026-01-02', type: 'call', title: ['قمة', 'summit'] },
      { id: 'c', date: '2026-01-03', type: 'call', title: ['؟', '?'], summary: ['،', ','] },
    ]);
    const bits = searchEvents(buildSearchIndex(ds, 'ar'), 'قمة');
    expect(bits && idsOf(ds, toIndices(bits))).toEqual(['b']);
  });

  it('indexes an event whose actor is missing from the actor list without failing', () => {
    const ds = makeDataset([{ id: 'x', date: '2026', type: 'call', actors: ['nobody'] }]);
    expect(searchEvents(buildSearchIndex(ds, 'ar'), 'حدث')).not.toBeNull();
  });
});

describe('searchIndexBuilder', () => {
  it('gives no index until every event is in, then the same answers as a one-go build', () => {
    const builder = searchIndexBuilder(SAMPLE, 'ar');
    expect(builder.step(3)).toBeNull();
    expect(builder.done).toBe(3);
    expect(builder.step(0)).toBeNull();
    const index = builder.step(100);
    expect(builder.done).toBe(SAMPLE.events.length);
    expect(index).not.toBeNull();
    for (const q of ['بوتين', 'قمة', 'وانج', 'الصين']) {
      const stepped = index && searchEvents(index, q);
      expect(stepped && idsOf(SAMPLE, toIndices(stepped))).toEqual(find(q));
    }
    expect(builder.step(1)).toBe(index);
  });

  it('takes the summaries from summaryOf when the caller has them elsewhere', () => {
    const ds = makeDataset([
      {
        id: 'a',
        date: '2026-01-01',
        type: 'call',
        title: ['مكالمة', 'call'],
        summary: ['قازان', 'Kazan'],
      },
      { id: 'b', date: '2026-01-02', type: 'call', title: ['مكالمة', 'call'] },
    ]);
    const fromChunks = ['', 'تيانجين'];
    const index = searchIndexBuilder(ds, 'ar', (i) => fromChunks[i]).step(ds.events.length);
    const found = (q: string) => {
      const bits = index && searchEvents(index, q);
      return bits && idsOf(ds, toIndices(bits));
    };
    expect(found('تيانجين')).toEqual(['b']);
    // The event's own summary is not read when the caller says where summaries come from.
    expect(found('قازان')).toEqual([]);
  });
});

describe('searchNames', () => {
  const actors = buildNameIndex(ACTORS);
  const forums = buildNameIndex(FORUMS);
  const ids = (q: string, index = actors) => searchNames(index, q).map((m) => m.id);

  it('finds Wang Yi by Arabic name, Latin name, and alias spellings', () => {
    expect(ids('فان يي')).toEqual(['wang-yi']);
    expect(ids('Wang')).toEqual(['wang-yi']);
    expect(ids('وانج')).toEqual(['wang-yi']);
    expect(ids('وانغ يى')).toEqual(['wang-yi']);
  });

  it('finds an actor by a loose spelling the data does not list', () => {
    const [match] = searchNames(actors, 'شويجو');
    expect(match?.id).toBe('shoigu');
    expect(match?.kind).toBe('loose');
  });

  it('ranks an exact spelling above a substring match', () => {
    // "سيرغي" is both Lavrov's and Shoigu's first name; "لافروف" is exactly Lavrov's alias.
    expect(ids('سيرغي')).toEqual(['lavrov', 'shoigu']);
    const [lavrov] = searchNames(actors, 'لافروف');
    expect(lavrov).toMatchObject({ id: 'lavrov', kind: 'exact', matched: 'لافروف' });
  });

  it('ranks a prefix match above a match further inside', () => {
    // "gei" is inside Sergei; "se" starts Sergey/Sergei, and Xi's name has no "se".
    const kinds = searchNames(actors, 'serge').map((m) => m.kind);
    expect(kinds).toEqual(['prefix', 'prefix']);
    expect(searchNames(actors, 'gei')[0]?.kind).toBe('substring');
  });

  it('requires all query words within one spelling', () => {
    // "Wang" and "Putin" are each someone's name, but no one spelling holds both.
    expect(ids('Wang Putin')).toEqual([]);
  });

  it('lists every item, in order, for an empty query', () => {
    expect(ids('')).toEqual(ACTORS.map((a) => a.id));
  });

  it('searches forums by short label and alias', () => {
    expect(ids('sco', forums)).toEqual(['sco']);
    expect(ids('بريكس', forums)).toEqual(['brics']);
    expect(ids('شنجهاي', forums)).toEqual(['sco']);
  });
});

describe('loose matching against real words', () => {
  it('does not let the everyday word منذ ("since") find the SCO (منظمة) loosely', () => {
    const ds = makeDataset([
      { id: 'sco', date: '2025-09-01', type: 'summit', forums: ['sco'] },
      { id: 'since', date: '2025-09-02', type: 'call', title: ['منذ عام', 'Since a year'] },
    ]);
    const bits = searchEvents(buildSearchIndex(ds, 'ar'), 'منذ');
    expect(bits && idsOf(ds, toIndices(bits))).toEqual(['since']);
  });
});

describe('names mentioned only in the text', () => {
  // Nobody here is an actor of the event that names them, except in putin-visit.
  const events = makeDataset([
    {
      id: 'putin-visit',
      date: '2025-01-10',
      type: 'visit',
      actors: ['putin'],
      title: ['زيارة إلى بكين', 'A visit to Beijing'],
    },
    {
      id: 'putin-message',
      date: '2025-02-01',
      type: 'call',
      actors: ['lavrov'],
      title: ['لافروف ينقل رسالة', 'Lavrov passes on a message'],
      summary: ['رسالة من الرئيس بوتين', 'A message from President Putin'],
    },
    {
      id: 'shoigu-talks',
      date: '2025-03-01',
      type: 'visit',
      actors: ['wang-yi'],
      title: ['وانغ يي يلتقي شويغو', 'Wang Yi meets Shoigu'],
    },
    {
      id: 'xi-letter',
      date: '2025-04-01',
      type: 'call',
      title: ['رسالة إلى شي جين بينغ', 'A letter to Xi Jinping'],
    },
    {
      id: 'xi-and-lavrov',
      date: '2025-05-01',
      type: 'visit',
      actors: ['lavrov'],
      title: ['لقاء بين لافروف وشي', 'Lavrov and Xi meet'],
    },
    {
      id: 'sheikh',
      date: '2025-06-01',
      type: 'visit',
      title: ['زيارة الشيخ إلى موسكو', 'The sheikh visits Moscow'],
    },
    {
      id: 'shanghai-fair',
      date: '2025-07-01',
      type: 'visit',
      title: ['منظمة أعمال تزور معرض شانغهاي', 'A business organisation at the Shanghai fair'],
    },
    {
      id: 'zhang-deguang',
      date: '2025-08-01',
      type: 'visit',
      title: ['تعيين تشانغ ده غوانغ أمينًا عامًا', 'Zhang Deguang named secretary-general'],
    },
  ]);
  // The shipped data also lists Xi's bare family name, which news text uses after first mention.
  const actors = ACTORS.map((a) =>
    a.id === 'xi' ? { ...a, aliases: [...a.aliases, 'شي', 'Xi'] } : a,
  );
  const ds = { ...events, actors };
  const index = { ar: buildSearchIndex(ds, 'ar'), en: buildSearchIndex(ds, 'en') };
  const findIn = (q: string, lang: Lang = 'ar') => {
    const bits = searchEvents(index[lang], q);
    return bits === null ? null : idsOf(ds, toIndices(bits));
  };

  it('finds, by an alias, an event that names the person only in its text', () => {
    for (const q of ['بوتن', 'بوتين', 'Putin', 'فلاديمير']) {
      expect(findIn(q)).toEqual(['putin-visit', 'putin-message']);
      expect(findIn(q, 'en')).toEqual(['putin-visit', 'putin-message']);
    }
  });

  it('finds a name’s word only where it starts a word of the text, or follows a particle', () => {
    // «غوانغ» (the "guang" of Zhang Deguang) holds the letters of «وانغ», a spelling of Wang Yi:
    // a reader asking for Wang Yi by another spelling is not shown Zhang Deguang.
    expect(findIn('Wang')).toEqual(['shoigu-talks']);
    expect(findIn('وانج')).toEqual(['shoigu-talks']);
    // «وبوتين» is «و» ("and") joined to «بوتين»: a mention.
    expect(findIn('لافروف وبوتين')).toEqual([]);
  });

  it('finds the spelling in the text from a loose spelling of the name', () => {
    // The text says شويغو; the reader types ج for the "g".
    expect(findIn('شويجو')).toEqual(['shoigu-talks']);
    expect(findIn('شويقو')).toEqual(['shoigu-talks']);
  });

  it('finds a name of several words, and a two-letter one only as a word of its own', () => {
    // بينج is a spelling of Xi's name; the texts say شي جين بينغ and وشي ("and Xi"), while
    // الشيخ ("the sheikh") merely holds the letters شي.
    expect(findIn('بينج')).toEqual(['xi-letter', 'xi-and-lavrov']);
    expect(findIn('Jinping', 'en')).toEqual(['xi-letter', 'xi-and-lavrov']);
  });

  it('does not expand a word of one or two letters to the names it starts', () => {
    // "Xi" is a whole name but too short a query word; "Pu" finds Putin as an actor, not as
    // the Arabic text's بوتين, until a third letter makes it a name.
    expect(findIn('Xi')).toEqual([]);
    expect(findIn('Pu')).toEqual(['putin-visit']);
    expect(findIn('Put')).toEqual(['putin-visit', 'putin-message']);
  });

  it('leaves ordinary words, including the words of a forum name, as they were', () => {
    // منظمة is the first word of the SCO's name, whose one-word alias شانغهاي is a city.
    expect(findIn('منظمة')).toEqual(['shanghai-fair']);
    expect(findIn('للتعاون')).toEqual([]);
    expect(findIn('رسالة')).toEqual(['putin-message', 'xi-letter']);
    expect(findIn('زيارة')).toEqual(['putin-visit', 'sheikh']);
    expect(findIn('لقاء')).toEqual(['xi-and-lavrov']);
  });
});
