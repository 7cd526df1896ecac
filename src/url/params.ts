/**
 * The declaration table of URL keys: for each piece of ViewState, its key, how a value is parsed
 * (valid / invalid(reason); an absent or empty value is "missing" and means the default) and how
 * it is written. The table order is the order keys appear in a written link.
 * Values here are decoded text; percent-encoding is viewStateQuery.ts's business.
 */
import { isDateParts, parsePartialDate } from '../domain/partialDate.ts';
import { DEFAULT_VIEW, isInverted } from '../domain/viewState.ts';
import { LANGS, type Lang } from '../domain/languages.ts';
import type { DateSpan, ListOrder, ViewMode, ViewState } from '../domain/viewState.ts';
import type { IgnoredReason } from './ignored.ts';
import { stripUnsafeChars } from './unsafeChars.ts';
import { ID_PATTERN } from '../domain/ids.ts';

/** What a link's ids are checked against: a Set of them, or a Map keyed by them. */
export interface IdSet {
  has(id: string): boolean;
  readonly size: number;
  keys(): IterableIterator<string>;
}

/** The ids the dataset defines; anything else in a link is dropped as unknown. */
export interface KnownIds {
  actors: IdSet;
  forums: IdSet;
  types: IdSet;
  /** The events' positions (src/domain/eventIndex.ts): 100,000 ids are not collected twice. */
  events: IdSet;
}

/**
 * Limits, chosen so that the longest link a valid state produces still fits in MAX_QUERY_LENGTH
 * (a test checks it) while a hostile link costs no more than a few string splits.
 */
export const MAX_QUERY_LENGTH = 16_000;
/** Characters of free text, counted in UTF-16 units after unsafe characters are removed. */
export const MAX_Q_LENGTH = 200;
export const MAX_ID_LENGTH = 64;
export const MAX_LIST_ITEMS = 25;
const MAX_SCALAR_LENGTH = MAX_ID_LENGTH;

export const LIST_SEPARATOR = '~';
export const RANGE_SEPARATOR = '..';

export interface Dropped {
  value: string;
  reason: IgnoredReason;
}

export type ParamResult<T> =
  | { kind: 'valid'; value: T; dropped: readonly Dropped[] }
  | { kind: 'invalid'; reason: IgnoredReason };

export interface ParamSpec<K extends keyof ViewState> {
  /** The key in links (`match` for actorsMode); renaming it needs a migration (migrations.ts). */
  key: string;
  /** Longest decoded value worth looking at; longer ones are dropped as 'too-long'. */
  maxLength: number;
  /** `known` is undefined while the dataset loads: ids are then checked for shape only. */
  parse(value: string, known: KnownIds | undefined): ParamResult<NonNullable<ViewState[K]>>;
  serialise(value: NonNullable<ViewState[K]>): string;
}

/**
 * One row per ViewState field, so a field without a row is a compile error rather than a view
 * that silently never reaches links. The row order is the order keys appear in a written link.
 */
type ParamTable = { readonly [K in ViewField]: ParamSpec<K> };
/** Every field, optional ones included: a mapped type over this alias makes every row required. */
type ViewField = keyof ViewState;

/** A table row with its field type hidden, so rows of different types share one array. */
export interface UrlParam {
  key: string;
  maxLength: number;
  /** On success, the part of the state this value sets. */
  parse(value: string, known: KnownIds | undefined): ParamResult<Partial<ViewState>>;
  /** The decoded value to write, or undefined when the state holds the default. */
  serialise(state: ViewState): string | undefined;
}

function defineParam<K extends keyof ViewState>(field: K, spec: ParamSpec<K>): UrlParam {
  const fallback = DEFAULT_VIEW[field];
  const defaultText =
    fallback === undefined ? '' : spec.serialise(fallback as NonNullable<ViewState[K]>);
  return {
    key: spec.key,
    maxLength: spec.maxLength,
    parse(value, known) {
      const result = spec.parse(value, known);
      if (result.kind === 'invalid') return result;
      const patch: Partial<ViewState> = {};
      patch[field] = result.value;
      return { kind: 'valid', value: patch, dropped: result.dropped };
    },
    serialise(state) {
      const value = state[field];
      if (value === undefined) return undefined;
      const text = spec.serialise(value as NonNullable<ViewState[K]>);
      // Compared as text, so a list in another order or an explicit default is still "default".
      return text === defaultText || text === '' ? undefined : text;
    },
  };
}

const valid = <T>(value: T, dropped: readonly Dropped[] = []): ParamResult<T> => ({
  kind: 'valid',
  value,
  dropped,
});
const invalid = (reason: IgnoredReason): { kind: 'invalid'; reason: IgnoredReason } => ({
  kind: 'invalid',
  reason,
});

function oneOf<T extends string>(options: readonly T[]) {
  return (value: string): ParamResult<T> => {
    const found = options.find((o) => o === value);
    return found === undefined ? invalid('invalid-value') : valid(found);
  };
}

/** A real calendar day, YYYY-MM-DD. */
function parseDay(value: string): ParamResult<string> {
  const parts = parsePartialDate(value);
  return isDateParts(parts) && parts.day !== undefined ? valid(value) : invalid('invalid-date');
}

/**
 * `start..end` of partial dates, or one partial date meaning its whole span (`2025` is the year
 * 2025). The span must not be empty: the first day of start is on or before the last day of end.
 */
function parseSpan(value: string): ParamResult<DateSpan> {
  const ends = value.split(RANGE_SEPARATOR);
  if (ends.length > 2) return invalid('invalid-range');
  const [start = '', end = start] = ends;
  if (!isDateParts(parsePartialDate(start)) || !isDateParts(parsePartialDate(end))) {
    return invalid(start === '' || end === '' ? 'invalid-range' : 'invalid-date');
  }
  const span = { start, end };
  return isInverted(span) ? invalid('invalid-range') : valid(span);
}

function serialiseSpan(span: DateSpan): string {
  return span.start === span.end ? span.start : `${span.start}${RANGE_SEPARATOR}${span.end}`;
}

type IdKind = keyof KnownIds;
const UNKNOWN: Record<IdKind, IgnoredReason> = {
  actors: 'unknown-actor',
  forums: 'unknown-forum',
  types: 'unknown-type',
  events: 'unknown-event',
};

function checkId(id: string, kind: IdKind, known: KnownIds | undefined): IgnoredReason | undefined {
  if (id.length > MAX_ID_LENGTH) return 'too-long';
  if (!ID_PATTERN.test(id)) return UNKNOWN[kind];
  if (known !== undefined && !known[kind].has(id)) return UNKNOWN[kind];
  return undefined;
}

/**
 * Each item is judged on its own, so `actors=putin~nobody` keeps putin. The result is sorted and
 * without repeats (one canonical link per filter); items past MAX_LIST_ITEMS are dropped.
 */
function idList(kind: Exclude<IdKind, 'events'>) {
  return (value: string, known: KnownIds | undefined): ParamResult<string[]> => {
    const dropped: Dropped[] = [];
    const kept = new Set<string>();
    for (const item of value.split(LIST_SEPARATOR)) {
      if (item === '') continue;
      const problem = checkId(item, kind, known);
      if (problem !== undefined) dropped.push({ value: item, reason: problem });
      else if (kept.size >= MAX_LIST_ITEMS) dropped.push({ value: item, reason: 'too-long' });
      else kept.add(item);
    }
    return valid([...kept].sort(), dropped);
  };
}

/** Search text as typed, minus unsafe characters and the spaces around it. It is data, never markup. */
export function cleanQuery(text: string): string {
  return stripUnsafeChars(text).trim();
}

const joinList = (ids: string[]) => [...new Set(ids)].sort().join(LIST_SEPARATOR);

const LIST_MAX_LENGTH = (MAX_LIST_ITEMS + 5) * (MAX_ID_LENGTH + 1);

const TABLE: ParamTable = {
  date: {
    key: 'date',
    maxLength: MAX_SCALAR_LENGTH,
    parse: parseDay,
    serialise: (day) => day,
  },
  event: {
    key: 'event',
    maxLength: MAX_ID_LENGTH,
    parse(value, known) {
      const problem = checkId(value, 'events', known);
      return problem === undefined ? valid(value) : invalid(problem);
    },
    serialise: (id) => id,
  },
  actors: {
    key: 'actors',
    maxLength: LIST_MAX_LENGTH,
    parse: idList('actors'),
    serialise: joinList,
  },
  actorsMode: {
    key: 'match',
    maxLength: MAX_SCALAR_LENGTH,
    parse: oneOf(['any', 'all'] as const),
    serialise: (mode) => mode,
  },
  forums: {
    key: 'forums',
    maxLength: LIST_MAX_LENGTH,
    parse: idList('forums'),
    serialise: joinList,
  },
  types: {
    key: 'types',
    maxLength: LIST_MAX_LENGTH,
    parse: idList('types'),
    serialise: joinList,
  },
  period: {
    key: 'period',
    maxLength: MAX_SCALAR_LENGTH,
    parse: parseSpan,
    serialise: serialiseSpan,
  },
  q: {
    key: 'q',
    // Room for unsafe characters that cleaning removes; the real limit is checked after it.
    maxLength: MAX_Q_LENGTH * 2,
    parse(value) {
      const text = cleanQuery(value);
      return text.length > MAX_Q_LENGTH ? invalid('too-long') : valid(text);
    },
    serialise: (q) => cleanQuery(q),
  },
  range: {
    key: 'range',
    maxLength: MAX_SCALAR_LENGTH,
    parse: parseSpan,
    serialise: serialiseSpan,
  },
  view: {
    key: 'view',
    maxLength: MAX_SCALAR_LENGTH,
    parse: oneOf<ViewMode>(['timeline', 'list']),
    serialise: (view) => view,
  },
  order: {
    key: 'order',
    maxLength: MAX_SCALAR_LENGTH,
    parse: oneOf<ListOrder>(['newest', 'oldest']),
    serialise: (order) => order,
  },
  lang: {
    key: 'lang',
    maxLength: MAX_SCALAR_LENGTH,
    parse: oneOf<Lang>(LANGS),
    serialise: (lang) => lang,
  },
};

// Object.keys keeps the literal's order (no key is an integer), so that is the link order.
export const PARAMS: readonly UrlParam[] = (Object.keys(TABLE) as (keyof ViewState)[]).map(
  <K extends keyof ViewState>(field: K) => defineParam(field, TABLE[field]),
);
