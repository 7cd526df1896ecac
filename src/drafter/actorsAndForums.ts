/**
 * Finds the actors and forums an article names, through every spelling data/ lists for them, and
 * applies the ambiguity rules of the seed corpus: "مجلس الأمن" is the UN only when it is the
 * international council (الدولي, الأممي, للأمم المتحدة, permanent members), never Russia's or a
 * national one; the Gaza "مجلس السلام" is no UN body; "شنغهاي" alone may be the city. Titles such
 * as "الرئيس الصيني" or "نظيره" count for a person only with a name right after them; a name-like
 * word after a title that data/ does not know is listed as "not in data/".
 */
import type { Normalised, Span } from './arabicText.ts';
import {
  Claimed,
  findPattern,
  findPhrase,
  foldLetters,
  normalise,
  normaliseWithMap,
  normIndex,
  toSpan,
} from './arabicText.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Confidence, Evidence } from './guess.ts';

export interface EntityGuess {
  id: string;
  kind: 'actor' | 'forum';
  count: number;
  confidence: Confidence;
  evidence: Evidence[];
  /** Introduced as an aide or spokesperson: the one who reports the event, rarely its party. */
  speaker: boolean;
  /** Original offsets of every mention, to tell which sentence names whom. */
  at: number[];
}

export interface Noted {
  phrase: string;
  reason: string;
  at: number;
}

export interface PeopleAndForums {
  actors: EntityGuess[];
  forums: EntityGuess[];
  /** Name-like words after a title that no actor in data/ spells that way. */
  unknownNames: Noted[];
  /** Matches set aside by an ambiguity rule, and titles left without a name. */
  ignored: Noted[];
}

interface Hit {
  kind: 'actor' | 'forum';
  id: string;
  spelling: string;
  span: Span;
  /** Normalised offsets, for looking around the match. */
  from: number;
  to: number;
  rule: string;
}

function spellingsOf(e: {
  name: { ar: string; en: string };
  aliases: string[];
  short?: { ar: string; en: string };
}): string[] {
  const all = [e.name.ar, e.name.en, e.short?.ar, e.short?.en, ...e.aliases].filter(
    (s): s is string => typeof s === 'string' && s.trim() !== '',
  );
  return [...new Map(all.map((s) => [normalise(s).trim(), s])).values()];
}

function toNorm(n: Normalised, span: Span): [number, number] {
  return [normIndex(n, span.start), normIndex(n, span.end)];
}

const SECURITY_COUNCIL = normalise('مجلس الأمن');
const SHANGHAI = ['شنغهاي', 'شانغهاي', 'شنجهاي'].map(normalise);

const UN_AFTER = new RegExp(
  foldLetters(
    String.raw`^\s*(?:الدولي|الاممي|التابع\s+للامم\s+المتحده|للامم\s+المتحده|في\s+الامم\s+المتحده)(?!\p{L})`,
  ),
  'u',
);
const UN_BEFORE = new RegExp(
  foldLetters(
    String.raw`(?:دائم(?:ين|ان|ه|تين)?|الدائمين|الدائمه|العضويه\s+الدائمه|الدائمه\s+العضويه)\s+(?:في\s+|ب)?$`,
  ),
  'u',
);
const RUSSIA_AFTER = new RegExp(
  foldLetters(String.raw`^\s*(?:الروسي|الروسيه|الاتحادي|لروسيا|الروسي\s+\p{L}+)(?!\p{L})`),
  'u',
);
const NATIONAL_AFTER = new RegExp(foldLetters(String.raw`^\s*(?:القومي|الوطني)(?!\p{L})`), 'u');
const SECRETARY_BEFORE = new RegExp(
  foldLetters(String.raw`(?:سكرتير|امين|امانه|نائب\s+رئيس)\s+$`),
  'u',
);

type CouncilReading = {
  kind: 'un' | 'russia' | 'national' | 'unclear';
  extra: number;
  why: string;
};

function readCouncil(text: string, from: number, to: number): CouncilReading {
  const after = text.slice(to, to + 40);
  const before = text.slice(Math.max(0, from - 40), from);
  const un = UN_AFTER.exec(after);
  if (un) return { kind: 'un', extra: un[0].length, why: `international: «${un[0].trim()}»` };
  if (UN_BEFORE.test(before))
    return { kind: 'un', extra: 0, why: 'permanent members: the UN council' };
  const ru = RUSSIA_AFTER.exec(after);
  if (ru)
    return { kind: 'russia', extra: ru[0].length, why: "Russia's Security Council, not the UN" };
  if (NATIONAL_AFTER.test(after))
    return { kind: 'national', extra: 0, why: 'a national security council, not the UN' };
  if (SECRETARY_BEFORE.test(before))
    return { kind: 'russia', extra: 0, why: "a secretary's council: a national one, not the UN" };
  return {
    kind: 'unclear',
    extra: 0,
    why: 'no qualifier: likely a national council (e.g. a list of channels), not tagged as the UN',
  };
}

// Titles that point at a person. After them come words with the article (الروسي, الخارجية) or a
// few linking words (باسم, وزارة), then the name.
const TITLE = new RegExp(
  foldLetters(
    String.raw`(?<![\p{L}])[وفبل]?(?:الرئيس|رئيس|للرئيس|نظير(?:ه|ها|هم|ته)|وزير|الوزير|مساعد|المتحدث|متحدث|الناطق|سكرتير|امين|مستشار|سفير|السفير|المبعوث|مبعوث)(?!\p{L})`,
  ),
  'gu',
);
const LINKING = new Set(
  ['باسم', 'وزاره', 'لوزاره', 'مجلس', 'الرسمي', 'ل', 'رئيس', 'مكتب', 'لجنه'].map(normalise),
);
// "وزير خارجيتها", "وزير دفاعها": part of the title, not a name.
const MINISTRY_WORD = /^(?:خارجيت|دفاع)/;
// Titles of those who report an event rather than take part in it.
const SPEAKER_TITLE = /(?:مساعد|متحدث|الناطق|مستشار)/;
// A clitic on a verbal noun ("بانشاء", "لاجراء"), not the first word of a name.
const CLITIC_MASDAR = /^[بل]ا/;
const CLAUSE_END = /[،,.:؛]/;
// Sticky (y): they read at lastIndex, so no copy of the rest of the text is made for each title.
const WORD_AFTER = /\s+(\p{L}+)/uy;
const SPACES = /\s*/y;
const NAME_WORD = /(\p{L}{2,})(\s*)/uy;
const TITLE_WORD = new RegExp(TITLE.source, 'u');
// Titles whose person must be named: alone they are reported, never counted.
const HEAD_TITLE = new RegExp(foldLetters('(?:الرئيس|نظير)'));

const STOP = new Set(
  (
    'في على من الى عن مع ان قد لقد كان كانت خلال بعد قبل حيث الذي التي يوم او ثم كما اي هذا هذه ذلك تلك ' +
    'عبر حول بين منذ لدى عند اثناء ضد غير دون تجاه نحو امام بشان قال اكد وقال واكد انه انها لا ما لم لن ' +
    'هو هي هما بان وان فان كل بعض وفق ازاء اليوم امس'
  )
    .split(' ')
    .map(normalise),
);

export function findActorsAndForums(n: Normalised, gazetteer: Gazetteer): PeopleAndForums {
  const hits: Hit[] = [];
  for (const [kind, list] of [
    ['actor', gazetteer.actors],
    ['forum', gazetteer.forums],
  ] as const) {
    for (const entity of list) {
      for (const spelling of spellingsOf(entity)) {
        for (const span of findPhrase(n, spelling)) {
          const [from, to] = toNorm(n, span);
          hits.push({ kind, id: entity.id, spelling, span, from, to, rule: 'alias in data/' });
        }
      }
    }
  }
  // Longest first, so "مجلس الأمن الدولي" beats "مجلس الأمن" and "شي جين بينغ" beats "شي".
  hits.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  // Kept hits never overlap, so at most one starts at any offset.
  const kept: Hit[] = [];
  const claimed = new Claimed(n.text.length);
  const keptFrom = new Map<number, Hit>();
  const keep = (h: Hit) => {
    kept.push(h);
    claimed.claim(h.from, h.to);
    keptFrom.set(h.from, h);
  };
  const ignored: Noted[] = [];
  const ignoredAt = new Set<number>();
  const ignore = (x: Noted) => {
    ignored.push(x);
    ignoredAt.add(x.at);
  };
  for (const h of hits) {
    if (claimed.overlaps(h.from, h.to)) continue;
    const key = normalise(h.spelling).trim();
    if (key === SECURITY_COUNCIL) {
      const reading = readCouncil(n.text, h.from, h.to);
      if (reading.kind !== 'un') {
        ignore({ phrase: h.span.phrase, reason: reading.why, at: h.span.start });
        continue;
      }
      h.rule = `alias in data/; ${reading.why}`;
    }
    if (SHANGHAI.includes(key)) {
      ignore({
        phrase: h.span.phrase,
        reason: '«شنغهاي» alone may be the city, not the SCO',
        at: h.span.start,
      });
      continue;
    }
    keep(h);
  }

  // "مجلس الأمن" never listed as a spelling still deserves a reading, and the UN if international.
  const un = gazetteer.forums.find((f) =>
    spellingsOf(f).some((s) => normalise(s).includes('الامم المتحده')),
  );
  for (const m of findPattern(
    n,
    new RegExp(`(?<![\\p{L}])[وفبل]?${SECURITY_COUNCIL}(?!\\p{L})`, 'u'),
  )) {
    const from = m.index;
    const to = m.index + m.length;
    if (claimed.overlaps(from, to) || ignoredAt.has(m.span.start)) continue;
    const reading = readCouncil(n.text, from, to);
    const span = toSpan(n, from, to + reading.extra);
    if (reading.kind === 'un' && un) {
      if (claimed.overlaps(from, to + reading.extra)) continue;
      keep({
        kind: 'forum',
        id: un.id,
        spelling: span.phrase,
        span,
        from,
        to: to + reading.extra,
        rule: `Security Council rule: ${reading.why}`,
      });
    } else if (reading.kind !== 'un') {
      ignore({ phrase: span.phrase.trim(), reason: reading.why, at: span.start });
    }
  }
  for (const m of findPattern(
    n,
    new RegExp(foldLetters(String.raw`(?<![\p{L}])[وفبل]?مجلس\s+(?:ال)?سلام(?!\p{L})`), 'u'),
  )) {
    ignore({
      phrase: m.span.phrase,
      reason: 'the Gaza "board of peace" (a US initiative), not the UN',
      at: m.span.start,
    });
  }
  for (const city of SHANGHAI) {
    for (const m of findPattern(n, new RegExp(`(?<![\\p{L}])[وفبل]?${city}(?!\\p{L})`, 'u'))) {
      if (claimed.overlaps(m.index, m.index + m.length)) continue;
      if (ignoredAt.has(m.span.start)) continue;
      ignore({
        phrase: m.span.phrase,
        reason: '«شنغهاي» alone may be the city, not the SCO',
        at: m.span.start,
      });
    }
  }

  const titled = new Map<string, Evidence[]>();
  const speakers = new Set<string>();
  const placeNames = gazetteer.places.flatMap((p) =>
    [p.name.ar, ...p.aliases].map((x) => normalise(x)),
  );
  const unknownNames: Noted[] = [];
  for (const t of n.text.matchAll(TITLE)) {
    const title = t[0];
    let pos = t.index + title.length;
    // Skip the qualifiers of the title ("الروسي", "باسم وزارة الخارجية الصينية").
    for (let i = 0; i < 5; i++) {
      WORD_AFTER.lastIndex = pos;
      const w = WORD_AFTER.exec(n.text);
      const word = w?.[1] ?? '';
      if (
        !w ||
        STOP.has(word) ||
        !(word.startsWith('ال') || LINKING.has(word) || MINISTRY_WORD.test(word))
      )
        break;
      if (keptFrom.has(pos + w[0].length - (w[1]?.length ?? 0))) break;
      pos += w[0].length;
    }
    SPACES.lastIndex = pos;
    const gap = SPACES.exec(n.text)?.[0].length ?? 0;
    const nameAt = pos + gap;
    const atName = keptFrom.get(nameAt);
    const person = atName?.kind === 'actor' ? atName : undefined;
    const titleSpan = toSpan(n, t.index, pos);
    if (person) {
      const ev = titled.get(person.id) ?? [];
      ev.push({
        phrase: toSpan(n, t.index, person.to).phrase.trim(),
        rule: 'title with the name after it',
        at: titleSpan.start,
      });
      titled.set(person.id, ev);
      if (SPEAKER_TITLE.test(title)) speakers.add(person.id);
      continue;
    }
    const words: string[] = [];
    let end = nameAt;
    for (;;) {
      NAME_WORD.lastIndex = end;
      const w = NAME_WORD.exec(n.text);
      if (w === null) break;
      const word = w[1] ?? '';
      if (word.startsWith('ال') || STOP.has(word) || CLITIC_MASDAR.test(word) || words.length === 3)
        break;
      if (TITLE_WORD.test(word)) break;
      if (claimed.has(end)) break;
      words.push(word);
      end += word.length + (w[2]?.length ?? 0);
      if (CLAUSE_END.test(n.text.slice(end, end + 1))) break;
    }
    const phraseOf = normalise(words.join(' '));
    // People are introduced by full name after a title: one word is a verb or a noun far more often.
    if (words.length >= 2 && !placeNames.some((p) => phraseOf.startsWith(p))) {
      const nameSpan = toSpan(n, nameAt, nameAt + words.join(' ').length);
      unknownNames.push({
        phrase: nameSpan.phrase,
        reason: `after the title «${titleSpan.phrase.trim()}»`,
        at: nameSpan.start,
      });
    } else if (words.length < 2 && HEAD_TITLE.test(title)) {
      ignore({
        phrase: titleSpan.phrase.trim(),
        reason: 'a title with no name after it: not counted for anyone',
        at: titleSpan.start,
      });
    }
  }

  const group = (kind: 'actor' | 'forum'): EntityGuess[] => {
    const byId = new Map<string, Hit[]>();
    for (const h of kept.filter((k) => k.kind === kind).sort((a, b) => a.from - b.from)) {
      const list = byId.get(h.id);
      if (list === undefined) byId.set(h.id, [h]);
      else list.push(h);
    }
    return [...byId.entries()]
      .map(([id, list]) => {
        const titles = titled.get(id) ?? [];
        const count = list.length;
        const confidence: Confidence = count >= 2 || titles.length > 0 ? 'high' : 'medium';
        const evidence: Evidence[] = [
          ...distinct(list).map((h) => ({
            phrase: h.span.phrase.trim(),
            rule: h.rule,
            at: h.span.start,
          })),
          ...titles.slice(0, 1),
        ];
        return {
          id,
          kind,
          count,
          confidence,
          evidence,
          speaker: speakers.has(id),
          at: list.map((h) => h.span.start),
        };
      })
      .sort((a, b) => b.count - a.count || (a.evidence[0]?.at ?? 0) - (b.evidence[0]?.at ?? 0));
  };

  return {
    actors: group('actor'),
    forums: group('forum'),
    unknownNames: dedupe(unknownNames),
    ignored: dedupe(ignored).sort((a, b) => a.at - b.at),
  };
}

/** One evidence line per distinct spelling: the curator needs to see each form, not each repeat. */
function distinct(list: Hit[]): Hit[] {
  const seen = new Set<string>();
  return list.filter((h) => {
    const key = normalise(h.span.phrase).replace(/^[وفبل]+/, '') + h.rule;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupe(list: Noted[]): Noted[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const key = `${normaliseWithMap(x.phrase).text.trim()}|${x.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
