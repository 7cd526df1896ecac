/**
 * A small hand-made dataset for the domain's unit tests (imported by *.test.ts only). Names and
 * aliases follow data/ so the tests exercise spellings the app really meets.
 */
import type { Actor, Dataset, Forum, TimelineEvent } from './schema.ts';
import { firstDay, lastDay, precisionOf } from './partialDate.ts';
import { FORMAT_VERSION } from './formatVersion.ts';

/** An events JSON with no events: what the data layer's tests serve when only the envelope matters. */
export const emptyEnvelope = (hash: string, format: number = FORMAT_VERSION) => ({
  format,
  hash,
  affiliations: [],
  actors: [],
  forums: [],
  types: [],
  events: [],
});

const actor = (id: string, ar: string, en: string, aliases: string[]): Actor => ({
  id,
  name: { ar, en },
  role: { ar: 'دور', en: 'role' },
  affiliation: 'russia',
  aliases,
});

const forum = (id: string, ar: string, en: string, aliases: string[], short?: string): Forum => ({
  id,
  name: { ar, en },
  ...(short ? { short: { ar: short, en: short } } : {}),
  aliases,
  colour: '#000000',
});

export const ACTORS: Actor[] = [
  actor('putin', 'فلاديمير بوتين', 'Vladimir Putin', ['بوتين', 'بوتن', 'Putin']),
  actor('xi', 'شي جين بينغ', 'Xi Jinping', ['شي جين بينج', 'شى جين بينغ']),
  actor('wang-yi', 'وانغ يي', 'Wang Yi', ['وانج يي', 'فان يي', 'وانغ']),
  actor('lavrov', 'سيرغي لافروف', 'Sergey Lavrov', ['لافروف', 'Sergei Lavrov']),
  actor('shoigu', 'سيرغي شويغو', 'Sergei Shoigu', ['شويغو']),
];

export const FORUMS: Forum[] = [
  forum('brics', 'مجموعة بريكس', 'BRICS', ['البريكس'], 'BRICS'),
  forum('sco', 'منظمة شنغهاي للتعاون', 'Shanghai Cooperation Organisation', ['شانغهاي'], 'SCO'),
];

interface EventSpec {
  id: string;
  date: string | [string, string];
  type: string;
  actors?: string[];
  forums?: string[];
  status?: 'happened' | 'planned';
  title?: [string, string];
  summary?: [string, string];
  place?: [string, string];
}

export function makeEvent(spec: EventSpec): TimelineEvent {
  const [start, end] = typeof spec.date === 'string' ? [spec.date, undefined] : spec.date;
  const precision = precisionOf(start) ?? 'day';
  const [titleAr, titleEn] = spec.title ?? [`حدث ${spec.id}`, `Event ${spec.id}`];
  const [sumAr, sumEn] = spec.summary ?? ['ملخص', 'summary'];
  return {
    id: spec.id,
    date: end === undefined ? { precision, start } : { precision, start, end },
    from: firstDay(start),
    to: lastDay(end ?? start),
    status: spec.status ?? 'happened',
    type: spec.type,
    title: { ar: titleAr, en: titleEn },
    summary: { ar: sumAr, en: sumEn },
    actors: spec.actors ?? [],
    forums: spec.forums ?? [],
    ...(spec.place ? { place: { ar: spec.place[0], en: spec.place[1] } } : {}),
    sources: [],
  };
}

/** Sorted as the compiler sorts: by from, then to, then id. */
export function makeDataset(specs: EventSpec[]): Dataset {
  const events = specs
    .map(makeEvent)
    .sort((a, b) =>
      a.from !== b.from
        ? a.from < b.from
          ? -1
          : 1
        : a.to !== b.to
          ? a.to < b.to
            ? -1
            : 1
          : a.id < b.id
            ? -1
            : 1,
    );
  return {
    format: FORMAT_VERSION,
    hash: 'test',
    affiliations: [],
    actors: ACTORS,
    forums: FORUMS,
    types: ['call', 'visit', 'summit', 'agreement'].map((id) => ({
      id,
      name: { ar: id, en: id },
      cameo: null,
    })),
    events,
  };
}

/** Eight events across 2024–2026 with a mix of precisions, actors, forums and types. */
export const SAMPLE = makeDataset([
  {
    id: 'call-2024',
    date: '2024-03-20',
    type: 'call',
    actors: ['putin', 'xi'],
    title: ['اتصال هاتفي بين بوتين وشي', 'Putin and Xi speak by phone'],
  },
  {
    id: 'brics-kazan',
    date: ['2024-10-22', '2024-10-24'],
    type: 'summit',
    actors: ['putin', 'xi'],
    forums: ['brics'],
    title: ['قمة بريكس في قازان', 'BRICS summit in Kazan'],
    place: ['قازان', 'Kazan'],
  },
  {
    id: 'lavrov-beijing',
    date: '2025-04',
    type: 'visit',
    actors: ['lavrov', 'wang-yi'],
    title: ['لافروف يزور بكين', 'Lavrov visits Beijing'],
    summary: ['محادثات مع وانغ يي بالصين', 'Talks with Wang Yi in China'],
  },
  {
    id: 'sco-tianjin',
    date: ['2025-08-31', '2025-09-01'],
    type: 'summit',
    actors: ['putin', 'xi', 'wang-yi'],
    forums: ['sco'],
    title: ['قمة شنغهاي للتعاون في تيانجين', 'SCO summit in Tianjin'],
  },
  {
    id: 'shoigu-2025',
    date: '2025',
    type: 'visit',
    actors: ['shoigu'],
    title: ['زيارات شويغو', "Shoigu's visits"],
  },
  {
    id: 'energy-deal',
    date: '2025-09-02',
    type: 'agreement',
    actors: ['putin', 'xi'],
    forums: [],
    title: ['اتفاقية غاز «قوة سيبيريا 2»', 'Power of Siberia 2 gas deal'],
  },
  {
    id: 'call-2026',
    date: '2026-02-04',
    type: 'call',
    actors: ['putin', 'xi'],
    title: ['مكالمة مرئية', 'Video call'],
  },
  {
    id: 'visit-planned',
    date: '2026-05',
    type: 'visit',
    status: 'planned',
    actors: ['putin'],
    forums: ['sco'],
    title: ['زيارة مرتقبة إلى الصين', 'Planned visit to China'],
  },
]);

/** Event ids for a list of indices, for readable assertions. */
export const idsOf = (dataset: Dataset, indices: ArrayLike<number>): string[] =>
  Array.from(indices, (i) => dataset.events[i]?.id ?? `#${i}`);
