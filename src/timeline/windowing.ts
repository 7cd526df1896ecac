/**
 * Keeps what the timeline renders small, whatever the size of the corpus.
 *
 * vis-timeline lays out every item it holds, and adding items to a live timeline costs roughly
 * the square of the number on screen (see src/timeline/README.md). So the timeline never holds
 * more than WINDOW_LIMIT events: those overlapping the visible window (plus a margin on each side
 * so a short pan reveals drawn items). When more than that overlap it, the window is drawn as
 * calendar-aligned clusters (one bar per month, year, decade…, labelled with its count) that open
 * into events as the reader zooms in. Pure: no vis, no DOM; day numbers throughout.
 */
import { addMonths, civilOf, dayOf } from '../domain/calendar.ts';
import { positionOf, type TimelineData } from './timelineData.ts';
import { toItem, type DrawContext, type TimelineItemModel } from './items.ts';
import { msOfDay, type DayWindow } from './visTime.ts';

/** Most events drawn individually at once; above it the window is clustered. */
export const WINDOW_LIMIT = 150;
/** Clusters aimed for across the window (fewer when the data is sparse). */
const TARGET_BUCKETS = 24;

/** First position whose first day is ≥ day (first days ascend). */
function lowerBound(sorted: Int32Array, day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions of the events overlapping [from, to) (days), in order; stops past `limit`. */
export function overlapping(
  data: TimelineData,
  from: number,
  to: number,
  limit: number,
): { indices: number[]; overflow: boolean } {
  const indices: number[] = [];
  const first = lowerBound(data.from, Math.floor(from) - data.maxSpan);
  const last = lowerBound(data.from, Math.ceil(to));
  for (let i = first; i < last; i++) {
    // An event covers its last day whole: it overlaps when that day ends after `from`.
    if ((data.to[i] ?? 0) + 1 <= from) continue;
    if (indices.length === limit) return { indices, overflow: true };
    indices.push(i);
  }
  return { indices, overflow: false };
}

export interface Cluster {
  /** Stable for the same bucket start, so an unchanged cluster is not redrawn. */
  id: string;
  /** First day of the bucket and the day after its last (day numbers). */
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

const unitDays = (unit: Unit) => ('days' in unit ? unit.days : unit.months * 30.44);

function floorTo(day: number, unit: Unit): number {
  if ('days' in unit) return day - (((day % unit.days) + unit.days) % unit.days);
  const { year, month } = civilOf(day);
  const index = year * 12 + month - 1;
  const floored = index - (((index % unit.months) + unit.months) % unit.months);
  return dayOf(Math.floor(floored / 12), (floored % 12) + 1, 1);
}

function addUnit(day: number, unit: Unit): number {
  if ('days' in unit) return day + unit.days;
  const { year, month } = civilOf(day);
  const [y, m] = addMonths(year, month, unit.months);
  return dayOf(y, m, 1);
}

/** Counts of events in each calendar bucket across [from, to), by the bucket they start in
 * (events that began before the window count in its first bucket); empty buckets omitted. */
export function clusters(data: TimelineData, from: number, to: number): Cluster[] {
  const width = Math.max(to - from, 1);
  const unit = UNITS.find((u) => width / unitDays(u) <= TARGET_BUCKETS) ?? { months: 1200 };
  const out: Cluster[] = [];
  let bucketStart = floorTo(Math.floor(from), unit);
  let bucketEnd = addUnit(bucketStart, unit);
  let count = 0;
  const flush = () => {
    if (count > 0)
      out.push({ id: `cluster:${bucketStart}`, start: bucketStart, end: bucketEnd, count });
    count = 0;
  };
  const last = lowerBound(data.from, Math.ceil(to));
  for (let i = lowerBound(data.from, Math.floor(from) - data.maxSpan); i < last; i++) {
    if ((data.to[i] ?? 0) + 1 <= from) continue;
    // First days ascend, so buckets only move forward: one pass.
    const at = Math.max(data.from[i] ?? 0, Math.floor(from));
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

/**
 * The whole span of the events, with a sliver of room at both ends (a window moved to either
 * end of it still holds the first or last event, whose card then grows inwards: items.ts).
 */
export function extent(data: TimelineData): DayWindow | undefined {
  const n = data.from.length;
  if (n === 0) return undefined;
  const start = data.from[0] ?? 0;
  let end = 0;
  for (let i = 0; i < n; i++) end = Math.max(end, (data.to[i] ?? 0) + 1);
  const pad = Math.max((end - start) * 0.005, 3);
  return { start: start - pad, end: end + pad };
}

/** The narrowest window the timeline zooms to, in days: a week, so a day stays a readable strip. */
export const ZOOM_MIN_DAYS = 7;
/** Context the timeline opens with around a lone event or a tight group, in days. */
const MIN_FIT_DAYS = 60;

/** How many of the latest events make a readable opening view for a timeline this wide. */
export function readableCount(widthPx: number): number {
  return Math.max(3, Math.min(10, Math.floor(widthPx / 150)));
}

/**
 * A window to read events in: the latest `count` of them (all when there are fewer), with a
 * little room at both ends. `widthPx` is the timeline's width; the margin is a share of it, so
 * it works on a phone as on a desktop.
 */
export function readableWindow(
  data: TimelineData,
  widthPx: number,
  count = Infinity,
): DayWindow | undefined {
  const n = data.from.length;
  if (n === 0) return undefined;
  const first = Math.max(0, n - count);
  let start = data.from[first] ?? 0;
  let end = 0;
  for (let k = first; k < n; k++) end = Math.max(end, (data.to[k] ?? 0) + 1);
  // A few weeks of context around a lone event or a tight group, but never so wide that it takes
  // in many more events than asked for (in a dense corpus, a few days hold a dozen events).
  const centre = (start + end) / 2;
  for (let width = MIN_FIT_DAYS; width > end - start && width >= ZOOM_MIN_DAYS; width /= 2) {
    const from = centre - width / 2;
    const to = centre + width / 2;
    if (overlapping(data, from, to, 2 * Math.min(count, n)).overflow) continue;
    start = from;
    end = to;
    break;
  }
  if (end - start < ZOOM_MIN_DAYS) {
    // vis-timeline would widen it anyway; asking for what it will show keeps the drawn items right.
    start = centre - ZOOM_MIN_DAYS / 2;
    end = centre + ZOOM_MIN_DAYS / 2;
  }
  // Cards near an edge grow inwards (items.ts), so a small margin keeps them clear of it.
  const marginPx = Math.min(48, widthPx * 0.08);
  const daysPerPx = (end - start) / Math.max(widthPx - 2 * marginPx, widthPx * 0.4, 1);
  return { start: start - marginPx * daysPerPx, end: end + marginPx * daysPerPx };
}

/** Whether any event has days inside the window. */
export function anyInWindow(data: TimelineData, window: DayWindow): boolean {
  return overlapping(data, window.start, window.end, 1).indices.length > 0;
}

/** An event's item, or a cluster: a count of events standing in for them at wide zoom. */
export type VisItem = TimelineItemModel & { cluster?: boolean };

/**
 * What the timeline should hold for a window: the events overlapping it (with a quarter of a
 * window of margin each side), or, when there are too many, clusters plus the selected and highlighted
 * events so those are always visible.
 */
/**
 * Most events drawn individually while the window follows a drag on the overview strip. Each
 * step of such a drag can bring a whole new set of events into view, and vis-timeline builds and
 * measures every card anew (about a millisecond each here): at 10,000 events a step drew ~60 of
 * them, 60 ms a frame. Above this the window is drawn as clusters while it moves, and in full
 * once it rests (see Timeline.tsx).
 */
export const FOLLOW_LIMIT = 24;

export function drawnItems(
  data: TimelineData,
  window: DayWindow,
  context: DrawContext & { selectedId?: string; limit?: number },
): VisItem[] {
  // A quarter of a window of margin each side: a short pan shows drawn items at once, and each
  // item is one more card for vis-timeline to lay out after a filter or a jump.
  const margin = (window.end - window.start) / 4;
  const from = window.start - margin;
  const to = window.end + margin;
  const { indices, overflow } = overlapping(data, from, to, context.limit ?? WINDOW_LIMIT);
  const item = (k: number) =>
    toItem(
      data.events[k] as NonNullable<TimelineData['events'][number]>,
      data.from[k] ?? 0,
      data.to[k] ?? 0,
      context,
    );
  if (!overflow) return indices.map(item);
  const out: VisItem[] = clusters(data, from, to).map((c) => ({
    id: c.id,
    content: String(c.count),
    start: msOfDay(c.start),
    end: msOfDay(c.end),
    type: 'range',
    className: 'masar-cluster',
    colours: [],
    cluster: true,
  }));
  const pinned = new Set<number>();
  for (const id of [context.selectedId, context.cursorId, ...context.highlighted]) {
    const k = positionOf(data, id);
    if (k >= 0) pinned.add(k);
  }
  // Chronological, like the events they sit among.
  for (const k of [...pinned].sort((a, b) => a - b)) out.push(item(k));
  return out;
}

/**
 * A window of the same width as `w`, starting a width after the last of `items` ends, so that
 * none of them is in it (a card reaches past its day by its own width, less than a window's).
 */
export function besideWindow(
  w: DayWindow,
  items: readonly { start: number; end?: number }[],
): { start: number; end: number } {
  const width = msOfDay(w.end) - msOfDay(w.start);
  let last = msOfDay(w.end);
  for (const item of items) last = Math.max(last, item.end ?? item.start);
  return { start: last + width, end: last + 2 * width };
}
