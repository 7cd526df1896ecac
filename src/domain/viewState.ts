/**
 * Everything a shared link can carry. src/url/ parses and serialises it; the app holds it.
 * Defaults are what a link without that parameter means, and are never written to the URL.
 */
import type { Lang } from './languages.ts';
import { firstDay, lastDay, type PartialDate } from './partialDate.ts';

/**
 * Partial dates (YYYY, YYYY-MM or YYYY-MM-DD), start ≤ end. Every span in a view keeps that
 * order, so nothing downstream (the filters) reorders one: the only place that repairs an
 * inverted span is orderedSpan, for the filter panel's two months picked in either order; a link
 * carrying one is refused by the URL parser with a reason the reader sees (invalid-range), since
 * a link is validated, never guessed at.
 */
export interface DateSpan {
  start: PartialDate;
  end: PartialDate;
}

/** Whether a span holds no day at all: its start begins after its end is over. */
export function isInverted(span: DateSpan): boolean {
  // YYYY-MM-DD strings of four-digit years compare correctly as text.
  return firstDay(span.start) > lastDay(span.end);
}

/** The span between two partial dates given in either order. */
export function orderedSpan(a: PartialDate, b: PartialDate): DateSpan {
  return isInverted({ start: a, end: b }) ? { start: b, end: a } : { start: a, end: b };
}

export type ViewMode = 'timeline' | 'list';

/** The order the list reads in. Newsrooms read the latest first, so that is the default. */
export type ListOrder = 'newest' | 'oldest';

export interface ViewState {
  lang: Lang;
  /** Focused calendar day (YYYY-MM-DD): the timeline centres on it and highlights its events. */
  date?: string;
  /** Selected event id: its details panel is open. */
  event?: string;
  /** Actor ids; events with any of them (or all of them when actorsMode is "all"). */
  actors: string[];
  actorsMode: 'any' | 'all';
  /** Forum ids, any-of. */
  forums: string[];
  /** Event type ids, any-of. */
  types: string[];
  /** Date filter: events that overlap this span. */
  period?: DateSpan;
  /** Free-text search, as typed. */
  q: string;
  /** Visible window of the timeline. */
  range?: DateSpan;
  /** Which view leads on a narrow screen; the list is always present for screen readers. */
  view: ViewMode;
  /** The list's reading order; the timeline always runs along time. */
  order: ListOrder;
}

export const DEFAULT_VIEW: ViewState = {
  lang: 'ar',
  actors: [],
  actorsMode: 'any',
  forums: [],
  types: [],
  q: '',
  view: 'timeline',
  order: 'newest',
};

/**
 * The fields that filter events (the filter panel's); the rest say where and how to look. The
 * list's order is deliberately not here: it changes no result, only how the list reads, so a
 * reader who prefers oldest first keeps that preference when they clear filters for a new search.
 */
export const FILTER_KEYS = [
  'actors',
  'actorsMode',
  'forums',
  'types',
  'period',
  'q',
] as const satisfies readonly (keyof ViewState)[];

export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The change that clears every filter: DEFAULT_VIEW's values, lists fresh. Every key is present,
 * `period: undefined` included, so spreading it over a state clears a period too.
 */
export function clearedFilters(): Pick<ViewState, FilterKey> {
  const patch: Partial<Record<FilterKey, unknown>> = {};
  for (const key of FILTER_KEYS) {
    const value = DEFAULT_VIEW[key];
    patch[key] = Array.isArray(value) ? [...value] : value;
  }
  return patch as Pick<ViewState, FilterKey>;
}
