/**
 * Filtering events by the view state's facets, with faceted counts.
 *
 * Semantics. Within a facet the chosen values are alternatives: an event passes the forum facet
 * when it belongs to any chosen forum, the type facet when its type is any chosen type, and the
 * actor facet when any chosen actor takes part, or, when actorsMode is "all", when every chosen
 * actor takes part. Across facets every condition must hold: actors AND forums AND types AND
 * period AND text. The period keeps events whose days overlap it (an event dated "2025" passes
 * a period of "2025-06..2025-07"), from the first day of its start to the last day of its end.
 * The text is the free-text search of searchIndex.ts. A facet with nothing chosen filters
 * nothing. Ids the dataset does not know are ignored, so a view still shows the events it can (the
 * URL layer is what tells a reader which ids of a link it dropped). The period is taken as given: a
 * view's spans are never inverted (see DateSpan), and one that were would match nothing.
 *
 * Counts. Beside each actor, forum and type the UI shows how many events it would have, given
 * every other filter: the count for forum F is the number of events passing all filters except
 * the forum facet that belong to F (standard faceted counts), so ticking an unticked forum adds
 * exactly that many events when no other forum is ticked, and the numbers do not collapse to the
 * current selection. In actorsMode "all" ticking an actor narrows rather than widens, so there the
 * actor counts are taken over the current result: the count for an unticked actor is how many
 * events remain if it is added, and for a ticked one it is the current total.
 *
 * Cost. buildFacetIndex runs once per dataset and keeps each facet as compressed lists in both
 * directions (value → events, event → values) in typed arrays; applyFilters combines one bitset
 * per active facet and counts by walking the set bits, so a call is linear in the number of events
 * with no object allocated per event.
 */
import type { Dataset } from './schema.ts';
import type { FilterKey, ViewState } from './viewState.ts';
import type { SearchIndex } from './searchIndex.ts';
import { buildEventDays, upperBound, type EventDays } from './eventDays.ts';
import { dayNumber } from './calendar.ts';
import { firstDay, lastDay } from './partialDate.ts';
import { andInto, emptyBitset, fullBitset, setAll, toIndices, type Bitset } from './bitset.ts';
import { searchEvents } from './searchIndex.ts';

/** One facet: values (actors, forums or types) linked to events both ways. */
export interface Facet {
  /** Value ids in the dataset's order (dataset.actors, .forums or .types). */
  readonly ids: readonly string[];
  readonly position: ReadonlyMap<string, number>;
  /** Events of value v: valueEvents[valueStart[v] .. valueStart[v + 1]), ascending. */
  readonly valueStart: Uint32Array;
  readonly valueEvents: Uint32Array;
  /** Values of event i: eventValues[eventStart[i] .. eventStart[i + 1]). */
  readonly eventStart: Uint32Array;
  readonly eventValues: Uint32Array;
}

export interface FacetIndex {
  readonly eventCount: number;
  readonly days: EventDays;
  readonly actors: Facet;
  readonly forums: Facet;
  readonly types: Facet;
}

/**
 * Plain loops over typed arrays grown by doubling, not `forEach`, `for…of` and a JavaScript
 * array copied at the end: at 100,000 events the three facets took ~90 ms of the first render
 * that way, in a page that is waiting for them (measured in Node on the benchmark's corpus).
 */
function buildFacet<T>(
  ids: readonly string[],
  items: readonly T[],
  valuesOf: (item: T) => string | readonly string[],
): Facet {
  const n = items.length;
  const position = new Map(ids.map((id, v) => [id, v]));
  const eventStart = new Uint32Array(n + 1);
  let perEvent = new Uint32Array(Math.max(16, n * 2));
  let count = 0;
  const perValue = new Uint32Array(ids.length);
  const lastEvent = new Int32Array(ids.length).fill(-1);
  const add = (id: string, i: number) => {
    const v = position.get(id);
    // Unknown ids cannot be filtered for, and a repeated id must not count twice.
    if (v === undefined || lastEvent[v] === i) return;
    lastEvent[v] = i;
    if (count === perEvent.length) {
      const grown = new Uint32Array(count * 2);
      grown.set(perEvent);
      perEvent = grown;
    }
    perEvent[count++] = v;
    perValue[v] = (perValue[v] as number) + 1;
  };
  for (let i = 0; i < n; i++) {
    eventStart[i] = count;
    const values = valuesOf(items[i] as T);
    if (typeof values === 'string') add(values, i);
    else for (let k = 0; k < values.length; k++) add(values[k] as string, i);
  }
  eventStart[n] = count;
  const eventValues = perEvent.slice(0, count);
  const valueStart = new Uint32Array(ids.length + 1);
  for (let v = 0; v < ids.length; v++)
    valueStart[v + 1] = (valueStart[v] as number) + (perValue[v] as number);
  const fill = valueStart.slice(0, ids.length);
  const valueEvents = new Uint32Array(count);
  for (let i = 0; i < n; i++) {
    const last = eventStart[i + 1] as number;
    for (let k = eventStart[i] as number; k < last; k++) {
      const v = eventValues[k] as number;
      valueEvents[fill[v] as number] = i;
      fill[v] = (fill[v] as number) + 1;
    }
  }
  return { ids, position, valueStart, valueEvents, eventStart, eventValues };
}

/** Precomputes the facets of a dataset. Once per dataset. */
export function buildFacetIndex(dataset: Dataset): FacetIndex {
  const events = dataset.events;
  return {
    eventCount: events.length,
    days: buildEventDays(dataset),
    actors: buildFacet(
      dataset.actors.map((a) => a.id),
      events,
      (e) => e.actors,
    ),
    forums: buildFacet(
      dataset.forums.map((f) => f.id),
      events,
      (e) => e.forums,
    ),
    types: buildFacet(
      dataset.types.map((t) => t.id),
      events,
      (e) => e.type,
    ),
  };
}

/** The parts of the view state that filter events. */
export type FilterView = Pick<ViewState, FilterKey>;

export interface FacetCounts {
  /** counts.actors[v] belongs to dataset.actors[v]; likewise forums and types. */
  readonly actors: Uint32Array;
  readonly forums: Uint32Array;
  readonly types: Uint32Array;
}

export interface FilterResult {
  /** Matching events, as indices into dataset.events, in chronological order. */
  readonly indices: Uint32Array;
  /** Number of matching events. */
  readonly total: number;
  /** Number of events in the dataset. */
  readonly eventCount: number;
  readonly counts: FacetCounts;
}

function postingsOf(facet: Facet, v: number): Uint32Array {
  return facet.valueEvents.subarray(facet.valueStart[v] ?? 0, facet.valueStart[v + 1] ?? 0);
}

/** Positions of the chosen ids the facet knows. */
function resolve(facet: Facet, chosen: readonly string[]): number[] {
  const values: number[] = [];
  for (const id of chosen) {
    const v = facet.position.get(id);
    if (v !== undefined && !values.includes(v)) values.push(v);
  }
  return values;
}

function anyOf(facet: Facet, values: number[], n: number): Bitset | null {
  if (values.length === 0) return null;
  const bits = emptyBitset(n);
  for (const v of values) setAll(bits, postingsOf(facet, v));
  return bits;
}

function allOf(facet: Facet, values: number[], n: number): Bitset | null {
  if (values.length === 0) return null;
  // Rarest value first: it bounds the result, so the others are ANDed into a small set.
  const sorted = [...values].sort(
    (a, b) => postingsOf(facet, a).length - postingsOf(facet, b).length,
  );
  const [first, ...others] = sorted;
  const bits = emptyBitset(n);
  setAll(bits, postingsOf(facet, first ?? 0));
  const scratch = emptyBitset(n);
  for (const v of others) {
    scratch.fill(0);
    setAll(scratch, postingsOf(facet, v));
    andInto(bits, scratch);
  }
  return bits;
}

/** Events overlapping the span, or null when there is no span or it cannot be read. */
function periodMask(days: EventDays, period: FilterView['period'], n: number): Bitset | null {
  if (!period) return null;
  let lo: number;
  let hi: number;
  try {
    lo = dayNumber(firstDay(period.start));
    hi = dayNumber(lastDay(period.end));
  } catch {
    return null;
  }
  const bits = emptyBitset(n);
  // Events are sorted by first day: those starting after the span form a suffix we never visit,
  // and of the rest only those ending before it fail.
  const end = upperBound(days.from, hi);
  for (let i = 0; i < end; i++) {
    if ((days.to[i] ?? 0) >= lo) bits[i >>> 5] = (bits[i >>> 5] ?? 0) | (1 << (i & 31));
  }
  return bits;
}

/** AND of the masks that are not null; every event when all are null. */
function combine(n: number, masks: (Bitset | null)[]): Bitset {
  const out = fullBitset(n);
  for (const m of masks) if (m) andInto(out, m);
  return out;
}

function countInto(facet: Facet, base: Bitset, counts: Uint32Array): void {
  const { eventStart, eventValues } = facet;
  for (let w = 0; w < base.length; w++) {
    let x = base[w] ?? 0;
    while (x !== 0) {
      const low = x & -x;
      const i = (w << 5) + (31 - Math.clz32(low));
      x ^= low;
      for (let k = eventStart[i] ?? 0; k < (eventStart[i + 1] ?? 0); k++) {
        const v = eventValues[k] ?? 0;
        counts[v] = (counts[v] ?? 0) + 1;
      }
    }
  }
}

/**
 * Applies the view's filters. Pass the search index built for the language the reader is
 * reading (view.lang); without one the text filter is skipped, e.g. while it is being built.
 */
export function applyFilters(
  index: FacetIndex,
  view: FilterView,
  search?: SearchIndex,
): FilterResult {
  const n = index.eventCount;
  const actors = resolve(index.actors, view.actors);
  const forums = resolve(index.forums, view.forums);
  const types = resolve(index.types, view.types);
  const all = view.actorsMode === 'all';

  const actorMask = (all ? allOf : anyOf)(index.actors, actors, n);
  const forumMask = anyOf(index.forums, forums, n);
  const typeMask = anyOf(index.types, types, n);
  const textMask = search ? searchEvents(search, view.q) : null;
  const rest = [periodMask(index.days, view.period, n), textMask];

  const mask = combine(n, [actorMask, forumMask, typeMask, ...rest]);
  const counts: FacetCounts = {
    actors: new Uint32Array(index.actors.ids.length),
    forums: new Uint32Array(index.forums.ids.length),
    types: new Uint32Array(index.types.ids.length),
  };
  countInto(
    index.actors,
    all || !actorMask ? mask : combine(n, [forumMask, typeMask, ...rest]),
    counts.actors,
  );
  countInto(
    index.forums,
    forumMask ? combine(n, [actorMask, typeMask, ...rest]) : mask,
    counts.forums,
  );
  countInto(
    index.types,
    typeMask ? combine(n, [actorMask, forumMask, ...rest]) : mask,
    counts.types,
  );

  const indices = toIndices(mask);
  return { indices, total: indices.length, eventCount: n, counts };
}
