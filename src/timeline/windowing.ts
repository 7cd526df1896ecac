/**
 * Keeps what the timeline renders small, whatever the size of the corpus.
 *
 * vis-timeline lays out every item it holds, and adding items to a live timeline costs roughly
 * the square of the number on screen (see src/timeline/README.md). So the timeline never holds
 * more than WINDOW_LIMIT events: those overlapping the visible window (plus a margin on each side
 * so a short pan reveals drawn items). When more than that overlap it, the window is drawn as
 * calendar-aligned clusters (one bar per month, year, decade…, labelled with its count) that open
 * into events as the reader zooms in. Pure: no vis, no DOM.
 */
import { DAY_MS, dayStartMs } from './items.ts';

/** Most events drawn individually at once; above it the window is clustered. */
export const WINDOW_LIMIT = 150;
/** Clusters aimed for across the window (fewer when the data is sparse). */
const TARGET_BUCKETS = 24;

export interface TimeIndex {
  /** Start of event i's first day and end of its last day (exclusive), in ms, chronological. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Longest event, so a window search knows how far back an overlapping event can start. */
  readonly maxSpan: number;
}

export function buildTimeIndex(events: readonly { from: string; to: string }[]): TimeIndex {
  const start = new Float64Array(events.length);
  const end = new Float64Array(events.length);
  let maxSpan = 0;
  events.forEach((event, i) => {
    start[i] = dayStartMs(event.from);
    end[i] = dayStartMs(event.to) + DAY_MS;
    maxSpan = Math.max(maxSpan, (end[i] ?? 0) - (start[i] ?? 0));
  });
  return { start, end, maxSpan };
}

/**
 * The same index from day numbers computed once per dataset (src/domain/eventDays.ts) and the
 * filtered events' positions in it: a gather over typed arrays, with no date parsing, because it
 * runs on every filter change and at 100,000 events parsing dates was most of that change's cost.
 */
export function timeIndexFromDays(
  days: { readonly from: Int32Array; readonly to: Int32Array },
  indices: Uint32Array,
): TimeIndex {
  const start = new Float64Array(indices.length);
  const end = new Float64Array(indices.length);
  let maxSpan = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] ?? 0;
    const s = (days.from[i] ?? 0) * DAY_MS;
    const e = ((days.to[i] ?? 0) + 1) * DAY_MS;
    start[k] = s;
    end[k] = e;
    if (e - s > maxSpan) maxSpan = e - s;
  }
  return { start, end, maxSpan };
}

/** First index whose start is ≥ ms (start is sorted ascending). */
function lowerBound(sorted: Float64Array, ms: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of the events overlapping [from, to), in order; stops counting past `limit`. */
export function overlapping(
  index: TimeIndex,
  from: number,
  to: number,
  limit: number,
): { indices: number[]; overflow: boolean } {
  const indices: number[] = [];
  const first = lowerBound(index.start, from - index.maxSpan);
  const last = lowerBound(index.start, to);
  for (let i = first; i < last; i++) {
    if ((index.end[i] ?? 0) <= from) continue;
    if (indices.length === limit) return { indices, overflow: true };
    indices.push(i);
  }
  return { indices, overflow: false };
}

export interface Cluster {
  /** Stable for the same bucket start, so an unchanged cluster is not redrawn. */
  id: string;
  start: number;
  end: number;
  count: number;
}

type Unit = { months: number } | { days: number };

// Calendar units from a week to a century: clusters line up with the axis labels.
const UNITS: Unit[] = [
  { days: 7 },
  { months: 1 },
  { months: 3 },
  { months: 12 },
  { months: 60 },
  { months: 120 },
  { months: 300 },
  { months: 1200 },
];

function unitMs(unit: Unit): number {
  return 'days' in unit ? unit.days * DAY_MS : unit.months * 30.44 * DAY_MS;
}

function floorTo(ms: number, unit: Unit): number {
  const d = new Date(ms);
  if ('days' in unit) {
    const days = Math.floor(ms / DAY_MS);
    return (days - (((days % unit.days) + unit.days) % unit.days)) * DAY_MS;
  }
  const monthIndex = d.getUTCFullYear() * 12 + d.getUTCMonth();
  const floored = monthIndex - (((monthIndex % unit.months) + unit.months) % unit.months);
  return Date.UTC(Math.floor(floored / 12), floored % 12, 1);
}

function addUnit(ms: number, unit: Unit): number {
  if ('days' in unit) return ms + unit.days * DAY_MS;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + unit.months, 1);
}

/** Counts of events in each calendar bucket across [from, to), by the bucket they start in
 * (events that began before the window count in its first bucket); empty buckets omitted. */
export function clusters(index: TimeIndex, from: number, to: number): Cluster[] {
  const width = Math.max(to - from, DAY_MS);
  const unit = UNITS.find((u) => width / unitMs(u) <= TARGET_BUCKETS) ?? { months: 1200 };
  const out: Cluster[] = [];
  let bucketStart = floorTo(from, unit);
  let bucketEnd = addUnit(bucketStart, unit);
  let count = 0;
  const flush = () => {
    if (count > 0) {
      out.push({ id: `cluster:${bucketStart}`, start: bucketStart, end: bucketEnd, count });
    }
    count = 0;
  };
  const last = lowerBound(index.start, to);
  for (let i = lowerBound(index.start, from - index.maxSpan); i < last; i++) {
    if ((index.end[i] ?? 0) <= from) continue;
    // Starts are sorted, so buckets only move forward: one pass, no per-event date arithmetic.
    const at = Math.max(index.start[i] ?? 0, from);
    if (at >= bucketEnd) {
      flush();
      bucketStart = floorTo(at, unit);
      bucketEnd = addUnit(bucketStart, unit);
    }
    count++;
  }
  flush();
  return out;
}

/** The whole span of the events, padded so the first and last are not on the edge. */
export function extent(index: TimeIndex): { start: number; end: number } | undefined {
  const n = index.start.length;
  if (n === 0) return undefined;
  const start = index.start[0] ?? 0;
  let end = 0;
  for (let i = 0; i < n; i++) end = Math.max(end, index.end[i] ?? 0);
  const pad = Math.max((end - start) * 0.03, 7 * DAY_MS);
  return { start: start - pad, end: end + pad };
}
