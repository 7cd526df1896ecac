/**
 * A synthetic corpus for benchmarks and scale tests: a complete data folder that compiles with
 * zero errors, byte-for-byte the same for the same seed. The spread imitates the real corpus:
 * 1990–2030 with more events in recent years, mostly day precision, ~10 % ranges, planned events
 * after a fixed "today", 0–4 actors, 0–2 forums and 1–3 sources per event, texts in Arabic and
 * English a few sentences long. Every name and sentence here is invented for the purpose.
 */
import type { TextFile } from './compile.ts';
import { daysInMonth, pad } from '../domain/calendar.ts';

export interface SynthOptions {
  events: number;
  seed: number;
}

/** Events after this day are "planned"; fixed so the output never depends on the clock. */
export const SYNTH_TODAY = '2026-07-01';
const FIRST_YEAR = 1990;
const LAST_YEAR = 2030;

/** Small, fast, and good enough for test data (mulberry32). */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Named {
  id: string;
  ar: string;
  en: string;
}

const AFFILIATIONS: (Named & { kind: 'country' | 'organisation' })[] = [
  { id: 'russia', ar: 'روسيا', en: 'Russia', kind: 'country' },
  { id: 'china', ar: 'الصين', en: 'China', kind: 'country' },
  { id: 'india', ar: 'الهند', en: 'India', kind: 'country' },
  { id: 'brazil', ar: 'البرازيل', en: 'Brazil', kind: 'country' },
  { id: 'south-africa', ar: 'جنوب أفريقيا', en: 'South Africa', kind: 'country' },
  { id: 'kazakhstan', ar: 'كازاخستان', en: 'Kazakhstan', kind: 'country' },
  { id: 'mongolia', ar: 'منغوليا', en: 'Mongolia', kind: 'country' },
  { id: 'iran', ar: 'إيران', en: 'Iran', kind: 'country' },
  { id: 'united-states', ar: 'الولايات المتحدة', en: 'United States', kind: 'country' },
  { id: 'united-nations', ar: 'الأمم المتحدة', en: 'United Nations', kind: 'organisation' },
  {
    id: 'sco-secretariat',
    ar: 'أمانة منظمة شنغهاي للتعاون',
    en: 'SCO Secretariat',
    kind: 'organisation',
  },
  { id: 'european-union', ar: 'الاتحاد الأوروبي', en: 'European Union', kind: 'organisation' },
];

const ROLES: Named[] = [
  { id: 'president', ar: 'الرئيس', en: 'President' },
  { id: 'prime-minister', ar: 'رئيس الوزراء', en: 'Prime Minister' },
  { id: 'foreign-minister', ar: 'وزير الخارجية', en: 'Foreign Minister' },
  { id: 'defence-minister', ar: 'وزير الدفاع', en: 'Defence Minister' },
  { id: 'deputy-foreign-minister', ar: 'نائب وزير الخارجية', en: 'Deputy Foreign Minister' },
  { id: 'ambassador', ar: 'السفير', en: 'Ambassador' },
  { id: 'spokesperson', ar: 'المتحدث الرسمي', en: 'Spokesperson' },
  { id: 'trade-minister', ar: 'وزير التجارة', en: 'Trade Minister' },
];

// Invented people: common given names and surnames, paired at random.
interface NameParts {
  given: Named[];
  family: Named[];
  familyFirst: boolean;
}

const NAME_PARTS: { russia: NameParts; china: NameParts; other: NameParts } = {
  russia: {
    familyFirst: false,
    given: [
      { id: 'ivan', ar: 'إيفان', en: 'Ivan' },
      { id: 'pavel', ar: 'بافل', en: 'Pavel' },
      { id: 'oleg', ar: 'أوليغ', en: 'Oleg' },
      { id: 'anna', ar: 'آنا', en: 'Anna' },
      { id: 'yuri', ar: 'يوري', en: 'Yuri' },
      { id: 'elena', ar: 'إيلينا', en: 'Elena' },
    ],
    family: [
      { id: 'sokolov', ar: 'سوكولوف', en: 'Sokolov' },
      { id: 'volkov', ar: 'فولكوف', en: 'Volkov' },
      { id: 'morozov', ar: 'موروزوف', en: 'Morozov' },
      { id: 'orlov', ar: 'أورلوف', en: 'Orlov' },
      { id: 'lebedev', ar: 'ليبيديف', en: 'Lebedev' },
      { id: 'novikov', ar: 'نوفيكوف', en: 'Novikov' },
    ],
  },
  china: {
    familyFirst: true,
    given: [
      { id: 'wei', ar: 'وي', en: 'Wei' },
      { id: 'ming', ar: 'مينغ', en: 'Ming' },
      { id: 'hua', ar: 'هوا', en: 'Hua' },
      { id: 'jun', ar: 'جون', en: 'Jun' },
      { id: 'lin', ar: 'لين', en: 'Lin' },
      { id: 'tao', ar: 'تاو', en: 'Tao' },
    ],
    family: [
      { id: 'zhang', ar: 'تشانغ', en: 'Zhang' },
      { id: 'chen', ar: 'تشن', en: 'Chen' },
      { id: 'zhao', ar: 'تشاو', en: 'Zhao' },
      { id: 'huang', ar: 'هوانغ', en: 'Huang' },
      { id: 'zhou', ar: 'تشو', en: 'Zhou' },
      { id: 'sun', ar: 'سون', en: 'Sun' },
    ],
  },
  other: {
    familyFirst: false,
    given: [
      { id: 'ravi', ar: 'رافي', en: 'Ravi' },
      { id: 'lucia', ar: 'لوسيا', en: 'Lucia' },
      { id: 'daniyar', ar: 'دانيار', en: 'Daniyar' },
      { id: 'thabo', ar: 'ثابو', en: 'Thabo' },
      { id: 'sara', ar: 'سارة', en: 'Sara' },
    ],
    family: [
      { id: 'mehta', ar: 'ميهتا', en: 'Mehta' },
      { id: 'costa', ar: 'كوستا', en: 'Costa' },
      { id: 'abenov', ar: 'أبينوف', en: 'Abenov' },
      { id: 'nkosi', ar: 'نكوسي', en: 'Nkosi' },
      { id: 'karimi', ar: 'كريمي', en: 'Karimi' },
    ],
  },
};

const FORUMS: (Named & { short?: Named; colour: string })[] = [
  {
    id: 'brics',
    ar: 'مجموعة بريكس',
    en: 'BRICS',
    short: { id: '', ar: 'بريكس', en: 'BRICS' },
    colour: '#c0392b',
  },
  {
    id: 'sco',
    ar: 'منظمة شنغهاي للتعاون',
    en: 'Shanghai Cooperation Organisation',
    short: { id: '', ar: 'شنغهاي', en: 'SCO' },
    colour: '#1f6feb',
  },
  {
    id: 'un-security-council',
    ar: 'مجلس الأمن الدولي',
    en: 'UN Security Council',
    short: { id: '', ar: 'مجلس الأمن', en: 'UNSC' },
    colour: '#2e86c1',
  },
  {
    id: 'un-general-assembly',
    ar: 'الجمعية العامة للأمم المتحدة',
    en: 'UN General Assembly',
    colour: '#5dade2',
  },
  { id: 'g20', ar: 'مجموعة العشرين', en: 'G20', colour: '#7d3c98' },
  { id: 'apec', ar: 'منتدى التعاون الاقتصادي لآسيا والمحيط الهادئ', en: 'APEC', colour: '#138d75' },
  {
    id: 'eaeu',
    ar: 'الاتحاد الاقتصادي الأوراسي',
    en: 'Eurasian Economic Union',
    short: { id: '', ar: 'الأوراسي', en: 'EAEU' },
    colour: '#b9770e',
  },
  { id: 'cica', ar: 'مؤتمر التفاعل وتدابير بناء الثقة في آسيا', en: 'CICA', colour: '#566573' },
];

const TYPES: (Named & { cameo: string | null })[] = [
  { id: 'call', ar: 'اتصال هاتفي', en: 'Phone call', cameo: '041' },
  { id: 'meeting', ar: 'لقاء', en: 'Meeting', cameo: '044' },
  { id: 'visit', ar: 'زيارة', en: 'Visit', cameo: '042' },
  { id: 'summit', ar: 'قمة', en: 'Summit', cameo: '043' },
  { id: 'statement', ar: 'تصريح', en: 'Statement', cameo: null },
  { id: 'agreement', ar: 'اتفاق', en: 'Agreement', cameo: '057' },
  { id: 'milestone', ar: 'ذكرى', en: 'Anniversary', cameo: null },
  { id: 'announcement', ar: 'إعلان', en: 'Announcement', cameo: null },
];
// Relative frequency of each type above.
const TYPE_WEIGHTS = [22, 20, 14, 8, 16, 8, 4, 8];

const PLACES: Named[] = [
  { id: '', ar: 'موسكو', en: 'Moscow' },
  { id: '', ar: 'بكين', en: 'Beijing' },
  { id: '', ar: 'شنغهاي', en: 'Shanghai' },
  { id: '', ar: 'سانت بطرسبرغ', en: 'Saint Petersburg' },
  { id: '', ar: 'فلاديفوستوك', en: 'Vladivostok' },
  { id: '', ar: 'أستانا', en: 'Astana' },
  { id: '', ar: 'نيويورك', en: 'New York' },
  { id: '', ar: 'جوهانسبرغ', en: 'Johannesburg' },
  { id: '', ar: 'قازان', en: 'Kazan' },
  { id: '', ar: 'هاربين', en: 'Harbin' },
];

const OUTLETS: (Named & { host: string; language: string })[] = [
  {
    id: '',
    ar: 'وكالة الأنباء الأولى',
    en: 'First News Agency',
    host: 'first-news.example',
    language: 'ru',
  },
  {
    id: '',
    ar: 'النشرة الآسيوية',
    en: 'Asian Bulletin',
    host: 'asian-bulletin.example',
    language: 'zh',
  },
  { id: '', ar: 'صحيفة المدار', en: 'Al-Madar Daily', host: 'almadar.example', language: 'ar' },
  {
    id: '',
    ar: 'موقع الرئاسة',
    en: 'Presidential website',
    host: 'presidency.example',
    language: 'en',
  },
  { id: '', ar: 'وزارة الخارجية', en: 'Foreign Ministry', host: 'mfa.example', language: 'en' },
  { id: '', ar: 'قناة الأفق', en: 'Horizon TV', host: 'horizon-tv.example', language: 'ar' },
];

const TITLES: Record<string, { ar: string; en: string }> = {
  call: { ar: 'اتصال هاتفي بين {A} و{B}', en: '{A} and {B} speak by phone' },
  meeting: { ar: 'لقاء يجمع {A} و{B}', en: '{A} meets {B}' },
  visit: { ar: '{A} في زيارة رسمية إلى {P}', en: '{A} on an official visit to {P}' },
  summit: { ar: 'قمة في {P} بمشاركة {A}', en: 'Summit in {P} attended by {A}' },
  statement: {
    ar: '{A} يدلي بتصريح حول العلاقات الثنائية',
    en: '{A} comments on bilateral relations',
  },
  agreement: {
    ar: 'توقيع اتفاق تعاون بحضور {A} و{B}',
    en: 'Cooperation agreement signed by {A} and {B}',
  },
  milestone: { ar: 'ذكرى سنوية في العلاقات الثنائية', en: 'An anniversary in bilateral relations' },
  announcement: {
    ar: 'إعلان عن موعد لقاء مرتقب بين {A} و{B}',
    en: 'Upcoming meeting of {A} and {B} announced',
  },
};

// Sentence pool for summaries: invented, deliberately generic wording.
const SENTENCES: { ar: string; en: string }[] = [
  {
    ar: 'تناول الجانبان مسائل التجارة والطاقة والنقل.',
    en: 'The two sides discussed trade, energy and transport.',
  },
  {
    ar: 'وأكد الطرفان رغبتهما في توسيع التعاون خلال السنوات المقبلة.',
    en: 'Both said they wanted to widen cooperation over the coming years.',
  },
  {
    ar: 'وجرى بحث الوضع في المنطقة والتحضير للاجتماعات المقبلة.',
    en: 'They reviewed the regional situation and prepared for upcoming meetings.',
  },
  {
    ar: 'ولم تُنشر تفاصيل إضافية عن مضمون المحادثات.',
    en: 'No further details of the talks were published.',
  },
  {
    ar: 'وأشار البيان الختامي إلى خطة عمل مشتركة.',
    en: 'The closing statement referred to a joint plan of action.',
  },
  {
    ar: 'وشارك في اللقاء عدد من الوزراء وكبار المسؤولين.',
    en: 'Several ministers and senior officials took part.',
  },
  {
    ar: 'وتطرق الحديث إلى المشاريع المشتركة في مجال البنية التحتية.',
    en: 'The conversation touched on joint infrastructure projects.',
  },
  {
    ar: 'واتفق الجانبان على مواصلة المشاورات على مستوى الخبراء.',
    en: 'The sides agreed to continue consultations at expert level.',
  },
  {
    ar: 'وجاء ذلك في إطار التحضير لقمة متعددة الأطراف.',
    en: 'It formed part of the preparations for a multilateral summit.',
  },
  {
    ar: 'ورحب الطرفان بنمو التبادل التجاري بينهما.',
    en: 'Both welcomed the growth in trade between them.',
  },
];

function titleOf(type: string): { ar: string; en: string } {
  const title = TITLES[type];
  if (title === undefined) throw new Error(`no title template for type ${type}`);
  return title;
}

export function synthesise(options: SynthOptions): TextFile[] {
  const random = makeRandom(options.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const weighted = (weights: readonly number[]): number => {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = random() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return i;
    }
    return weights.length - 1;
  };

  const actors = makeActors(pick);
  const files: TextFile[] = [
    { path: 'affiliations.yaml', text: affiliationsYaml() },
    { path: 'actors.yaml', text: actorsYaml(actors) },
    { path: 'forums.yaml', text: forumsYaml() },
    { path: 'types.yaml', text: typesYaml() },
  ];

  const taken = new Set<string>();
  for (let n = 0; n < options.events; n++) {
    // Density grows linearly with the year: recent decades are far better documented.
    const year = Math.min(
      LAST_YEAR,
      FIRST_YEAR + Math.floor(Math.sqrt(random()) * (LAST_YEAR - FIRST_YEAR + 1)),
    );
    const precision = (['day', 'month', 'year'] as const)[weighted([80, 13, 7])] as
      'day' | 'month' | 'year';
    const month = int(1, 12);
    const day = int(1, daysInMonth(year, month));
    const start = formatDate(precision, year, month, day);
    const isRange = random() < 0.1;
    const end = isRange ? rangeEnd(precision, year, month, day, int) : undefined;
    const typeIndex = weighted(TYPE_WEIGHTS);
    const type = TYPES[typeIndex] as (typeof TYPES)[number];
    // The compiler refuses two events of one type on one day sharing an actor (one thing
    // written twice), so such an actor is dropped after the draw, which leaves the seed's
    // sequence, and so every other choice, as it was.
    const people = sample(actors, weighted([8, 22, 45, 15, 10]), random).filter(
      (p) => precision !== 'day' || !taken.has(`${start} ${type.id} ${p.id}`),
    );
    if (precision === 'day') for (const p of people) taken.add(`${start} ${type.id} ${p.id}`);
    const forums = sample(FORUMS, weighted([60, 32, 8]), random);
    const place = random() < 0.6 ? pick(PLACES) : undefined;
    const id = `${start}-${type.id}-${String(n).padStart(6, '0')}`;
    const status = start > SYNTH_TODAY ? 'planned' : 'happened';
    const fill = (template: string, lang: 'ar' | 'en') =>
      template
        .replace('{A}', people[0]?.[lang] ?? (lang === 'ar' ? 'مسؤولون' : 'Officials'))
        .replace('{B}', people[1]?.[lang] ?? (lang === 'ar' ? 'نظراؤهم' : 'their counterparts'))
        .replace('{P}', place?.[lang] ?? (lang === 'ar' ? 'العاصمة' : 'the capital'));
    const sentences = sample(SENTENCES, int(2, 4), random);
    const lines = [
      `id: ${id}`,
      `date: ${end === undefined ? start : `{ start: ${start}, end: ${end} }`}`,
      `precision: ${precision}`,
      `status: ${status}`,
      `type: ${type.id}`,
      'title:',
      `  ar: ${q(fill(titleOf(type.id).ar, 'ar'))}`,
      `  en: ${q(fill(titleOf(type.id).en, 'en'))}`,
      'summary:',
      `  ar: ${q(sentences.map((s) => s.ar).join(' '))}`,
      `  en: ${q(sentences.map((s) => s.en).join(' '))}`,
      list(
        'actors',
        people.map((p) => p.id),
      ),
      list(
        'forums',
        forums.map((f) => f.id),
      ),
    ];
    if (place) lines.push('place:', `  ar: ${q(place.ar)}`, `  en: ${q(place.en)}`);
    lines.push('sources:');
    const sourceCount = int(1, 3);
    let linked = false;
    for (let s = 0; s < sourceCount; s++) {
      const outlet = pick(OUTLETS);
      lines.push('  - outlet:', `      ar: ${q(outlet.ar)}`, `      en: ${q(outlet.en)}`);
      // The draw comes first so the seed's random sequence, and every other choice, stays as it
      // was; the last source then gets an address if none had one, as the compiler requires.
      if (random() < 0.9 || (s === sourceCount - 1 && !linked)) {
        linked = true;
        // Some addresses carry an Arabic slug, as real Arabic outlets' do.
        const slug = outlet.language === 'ar' ? 'خبر-' + n : `item-${n}-${s}`;
        lines.push(`    url: https://${outlet.host}/${year}/${slug}`);
      }
      lines.push(
        `    published: ${start.length === 4 ? q(start) : start}`,
        `    language: ${outlet.language}`,
      );
    }
    if (precision !== 'day' && random() < 0.3)
      lines.push(
        'basis:',
        '  ar: "المصادر لا تذكر إلا الشهر أو السنة."',
        '  en: "The sources give only the month or year."',
      );
    files.push({ path: `events/${year}/${id}.yaml`, text: `${lines.join('\n')}\n` });
  }
  return files;
}

function makeActors(pick: <T>(l: readonly T[]) => T) {
  const actors: (Named & { role: Named; affiliation: string })[] = [];
  const { russia, china, other } = NAME_PARTS;
  const quota: [string, NameParts, number][] = [
    ['russia', russia, 14],
    ['china', china, 14],
    ['india', other, 3],
    ['brazil', other, 2],
    ['kazakhstan', other, 3],
    ['iran', other, 2],
    ['united-nations', other, 2],
  ];
  const used = new Set<string>();
  for (const [affiliation, p, count] of quota) {
    let made = 0;
    while (made < count) {
      const given = pick(p.given);
      const family = pick(p.family);
      const [first, second] = p.familyFirst ? [family, given] : [given, family];
      const id = `${first.id}-${second.id}`;
      if (used.has(id)) continue;
      used.add(id);
      actors.push({
        id,
        ar: `${first.ar} ${second.ar}`,
        en: `${first.en} ${second.en}`,
        role: pick(ROLES),
        affiliation,
      });
      made++;
    }
  }
  return actors;
}

function sample<T>(list: readonly T[], count: number, random: () => number): T[] {
  const pool = [...list];
  const out: T[] = [];
  for (let i = 0; i < count && pool.length > 0; i++) {
    out.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  }
  return out;
}

function formatDate(precision: 'day' | 'month' | 'year', y: number, m: number, d: number): string {
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function rangeEnd(
  precision: 'day' | 'month' | 'year',
  y: number,
  m: number,
  d: number,
  int: (lo: number, hi: number) => number,
): string {
  if (precision === 'year') return String(y + int(1, 2));
  if (precision === 'month') {
    const months = y * 12 + (m - 1) + int(1, 3);
    return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
  }
  let day = d + int(1, 5);
  let month = m;
  let year = y;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A double-quoted YAML scalar; JSON's escapes are all valid in YAML double quotes. */
const q = (s: string) => JSON.stringify(s);

const list = (key: string, ids: readonly string[]) =>
  ids.length === 0 ? `${key}: []` : `${key}:\n${ids.map((id) => `  - ${id}`).join('\n')}`;

const localized = (indent: string, key: string, v: { ar: string; en: string }) =>
  `${indent}${key}:\n${indent}  ar: ${q(v.ar)}\n${indent}  en: ${q(v.en)}\n`;

function affiliationsYaml(): string {
  return AFFILIATIONS.map(
    (a) => `- id: ${a.id}\n${localized('  ', 'name', a)}  kind: ${a.kind}\n`,
  ).join('');
}

function actorsYaml(actors: ReturnType<typeof makeActors>): string {
  return actors
    .map(
      (a) =>
        // One open term from the corpus's first year, so every synthetic date falls within it.
        `- id: ${a.id}\n${localized('  ', 'name', a)}${localized('  ', 'role', a.role)}  affiliation: ${a.affiliation}\n  aliases:\n    - ${q(a.en)}\n    - ${q(a.ar)}\n  terms:\n    - from: ${FIRST_YEAR}\n${localized('      ', 'role', a.role)}`,
    )
    .join('');
}

function forumsYaml(): string {
  return FORUMS.map(
    (f) =>
      `- id: ${f.id}\n${localized('  ', 'name', f)}${f.short ? localized('  ', 'short', f.short) : ''}  aliases: []\n  colour: ${q(f.colour)}\n`,
  ).join('');
}

function typesYaml(): string {
  return TYPES.map(
    (t) =>
      `- id: ${t.id}\n${localized('  ', 'name', t)}  cameo: ${t.cameo === null ? 'null' : q(t.cameo)}\n`,
  ).join('');
}
