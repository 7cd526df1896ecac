/**
 * Shared by the url tests: a small dataset's ids and fast-check generators of valid view states.
 * Not imported by the app.
 */
import fc from 'fast-check';
import type { DateSpan, ViewState } from '../domain/viewState.ts';
import { cleanQuery, MAX_Q_LENGTH } from './params.ts';
import type { KnownIds } from './params.ts';

export const ACTORS = ['putin', 'xi', 'lavrov', 'wang-yi', 'modi'];
export const FORUMS = ['brics', 'sco', 'un'];
export const TYPES = ['call', 'visit', 'summit'];
export const EVENTS = ['2026-02-04-putin-xi-call', '2025-05-08-victory-day-visit'];

export const KNOWN: KnownIds = {
  actors: new Set(ACTORS),
  forums: new Set(FORUMS),
  types: new Set(TYPES),
  events: new Set(EVENTS),
};

export const dayArb = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

type Cut = 'year' | 'month' | 'day';
const cut = (day: string, to: Cut) =>
  to === 'year' ? day.slice(0, 4) : to === 'month' ? day.slice(0, 7) : day;
const cutArb = fc.constantFrom<Cut>('year', 'month', 'day');

/** Two days in order, each cut to any precision: cutting never makes the span empty. */
export const spanArb: fc.Arbitrary<DateSpan> = fc
  .tuple(dayArb, dayArb, cutArb, cutArb)
  .map(([a, b, ca, cb]) => {
    const [from, to] = a <= b ? [a, b] : [b, a];
    return { start: cut(from, ca), end: cut(to, cb) };
  });

const ARABIC = Array.from('بوتين شي جين بينغ لافروف القمة، ‌‍ 2026 «»');

export const queryArb = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: fc.constantFrom(...ARABIC), maxLength: MAX_Q_LENGTH }),
  )
  .map(cleanQuery)
  .filter((q) => q.length <= MAX_Q_LENGTH);

const idsArb = (ids: string[]) => fc.uniqueArray(fc.constantFrom(...ids)).map((a) => a.sort());

/** Every valid state with ids from KNOWN; lists canonical (sorted, no repeats). */
export const viewStateArb: fc.Arbitrary<ViewState> = fc.record(
  {
    lang: fc.constantFrom('ar', 'en'),
    date: dayArb,
    event: fc.constantFrom(...EVENTS),
    actors: idsArb(ACTORS),
    actorsMode: fc.constantFrom('any', 'all'),
    forums: idsArb(FORUMS),
    types: idsArb(TYPES),
    period: spanArb,
    q: queryArb,
    range: spanArb,
    view: fc.constantFrom('timeline', 'list'),
    order: fc.constantFrom('newest', 'oldest'),
  },
  { requiredKeys: ['lang', 'actors', 'actorsMode', 'forums', 'types', 'q', 'view', 'order'] },
);
