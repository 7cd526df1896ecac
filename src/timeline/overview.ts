/**
 * The arithmetic of the overview strip (OverviewStrip.tsx): how many events start in each slice
 * of the whole span, where a time window sits on the strip in either text direction, and how a
 * drag or a key moves that window. Pure: no React, no DOM, no vis-timeline.
 *
 * Two coordinates are used, and only these two:
 * - a position along time, 0 at the extent's start (the past) and 1 at its end. CSS logical
 *   properties place it without knowing the direction, because inline-start is the past in both
 *   Arabic and English (the past is on the right in RTL, on the left in LTR);
 * - a physical x in CSS pixels from the strip's left edge, as pointer events report it. In RTL
 *   x = 0 is the END of the extent.
 */
import { ZOOM_MIN_DAYS } from './windowing.ts';

/** A span of time in day numbers (src/domain/calendar.ts), fractions allowed, end after start. */
export interface TimeSpan {
  start: number;
  end: number;
}

export type Direction = 'rtl' | 'ltr';

/** Narrowest window the strip will make: the timeline's zoomMin, so both agree on the limit. */
export const MIN_WINDOW_DAYS = ZOOM_MIN_DAYS;
/** Share of the window's width one arrow key moves it. */
export const KEY_STEP = 0.1;
/** Share of the window's width PageUp/PageDown move it: one whole window, the next "page". */
export const PAGE_STEP = 1;
/** Factor + and - narrow or widen the window by, as the toolbar's zoom buttons do. */
export const ZOOM_FACTOR = 2;

// ---------------------------------------------------------------------------------------------
// Density

/** First index in [lo, n) whose value is ≥ time (or > time when `after`), in an ascending array. */
function bound(sorted: ArrayLike<number>, time: number, lo: number, after: boolean): number {
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v < time || (after && v === time)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Edge `i` of `binCount` equal slices of the extent (edge 0 is its start, edge binCount its end).
 * One formula for the counting and for its tests, so a start that falls on an edge lands in the
 * same bin whichever way it is counted.
 */
export function binEdge(extent: TimeSpan, binCount: number, i: number): number {
  if (i >= binCount) return extent.end;
  return extent.start + ((extent.end - extent.start) * i) / binCount;
}

/**
 * How many events start in each of `binCount` equal slices of the extent.
 *
 * Bins are half-open, [edge i, edge i+1), except the last, which also takes a start exactly at
 * the extent's end, so an extent drawn tight around the events keeps its last one. Starts before
 * the extent or after its end are left out, not piled into the edge bins: a tall bar at the edge
 * would claim a burst of events that is not there. An empty or inverted extent, or no bins,
 * gives all zeros.
 *
 * Runs on every filter change at up to 100,000 events, so it costs two binary searches per bin
 * (O(bins · log n)) and allocates only the result, instead of a pass over every event.
 */
export function densityBins(
  starts: Float64Array | ArrayLike<number>,
  extent: TimeSpan,
  binCount: number,
): Uint32Array {
  if (!Number.isInteger(binCount) || binCount < 0) {
    throw new RangeError(`binCount must be a whole number ≥ 0, not ${binCount}`);
  }
  const counts = new Uint32Array(binCount);
  if (binCount === 0 || !(extent.end > extent.start)) return counts;
  let from = bound(starts, extent.start, 0, false);
  for (let i = 0; i < binCount; i++) {
    const last = i === binCount - 1;
    const to = bound(starts, last ? extent.end : binEdge(extent, binCount, i + 1), from, last);
    counts[i] = to - from;
    from = to;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Geometry

/** Where a time falls along the extent: 0 at its start, 1 at its end (not clamped). */
export function timeToPosition(time: number, extent: TimeSpan): number {
  const span = extent.end - extent.start;
  return span > 0 ? (time - extent.start) / span : 0;
}

export function positionToTime(position: number, extent: TimeSpan): number {
  return extent.start + position * (extent.end - extent.start);
}

/** Pixels from the strip's left edge to a position along time; mirrored in RTL. */
export function positionToX(position: number, width: number, dir: Direction): number {
  return (dir === 'rtl' ? 1 - position : position) * width;
}

export function xToPosition(x: number, width: number, dir: Direction): number {
  if (!(width > 0)) return 0;
  const p = x / width;
  return dir === 'rtl' ? 1 - p : p;
}

export function timeToX(time: number, extent: TimeSpan, width: number, dir: Direction): number {
  return positionToX(timeToPosition(time, extent), width, dir);
}

export function xToTime(x: number, extent: TimeSpan, width: number, dir: Direction): number {
  return positionToTime(xToPosition(x, width, dir), extent);
}

/** The time a pointer moved by `dx` pixels (rightward positive) stands for: earlier in RTL. */
export function pixelDeltaToTime(dx: number, extent: TimeSpan, width: number, dir: Direction) {
  if (!(width > 0)) return 0;
  return ((dir === 'rtl' ? -dx : dx) / width) * (extent.end - extent.start);
}

/**
 * Where to draw a window: offset from the strip's inline-start and size, both as shares of the
 * strip, clipped to it (the timeline may show time beyond the events).
 */
export function windowPlacement(
  window: TimeSpan,
  extent: TimeSpan,
): { offset: number; size: number } {
  const from = Math.min(Math.max(timeToPosition(window.start, extent), 0), 1);
  const to = Math.min(Math.max(timeToPosition(window.end, extent), 0), 1);
  return { offset: from, size: Math.max(to - from, 0) };
}

// ---------------------------------------------------------------------------------------------
// Moving and resizing

function span(start: number, width: number): TimeSpan {
  return { start, end: start + width };
}

/** The narrowest window allowed in this extent: minWidth, unless the extent is narrower still. */
function floorWidth(extent: TimeSpan, minWidth: number): number {
  return Math.min(minWidth, extent.end - extent.start);
}

/**
 * The window brought inside the extent: width between minWidth and the whole extent, keeping its
 * centre when it has to grow or shrink, then slid (not squeezed) back inside.
 */
export function clampWindow(
  window: TimeSpan,
  extent: TimeSpan,
  minWidth = MIN_WINDOW_DAYS,
): TimeSpan {
  const full = extent.end - extent.start;
  if (!(full > 0)) return span(extent.start, 0);
  const width = Math.min(Math.max(window.end - window.start, floorWidth(extent, minWidth)), full);
  const centre = (window.start + window.end) / 2;
  const start = Math.min(Math.max(centre - width / 2, extent.start), extent.end - width);
  return span(start, width);
}

/** The window moved by `delta` (later when positive), its width kept, stopping at the ends. */
export function panWindow(
  window: TimeSpan,
  delta: number,
  extent: TimeSpan,
  minWidth = MIN_WINDOW_DAYS,
): TimeSpan {
  const w = clampWindow(window, extent, minWidth);
  return clampWindow({ start: w.start + delta, end: w.end + delta }, extent, minWidth);
}

/**
 * One edge of the window moved by `delta`, the other held. The moving edge stops at the
 * extent and at minWidth from the other edge: dragging a grip past the other never flips them.
 */
export function resizeWindow(
  window: TimeSpan,
  edge: 'start' | 'end',
  delta: number,
  extent: TimeSpan,
  minWidth = MIN_WINDOW_DAYS,
): TimeSpan {
  const w = clampWindow(window, extent, minWidth);
  const min = floorWidth(extent, minWidth);
  if (edge === 'start') {
    const start = Math.min(Math.max(w.start + delta, extent.start), w.end - min);
    return span(start, w.end - start);
  }
  const end = Math.min(Math.max(w.end + delta, w.start + min), extent.end);
  return span(w.start, end - w.start);
}

/** The window's width multiplied by `factor` (< 1 narrows) around its centre. */
export function zoomWindow(
  window: TimeSpan,
  factor: number,
  extent: TimeSpan,
  minWidth = MIN_WINDOW_DAYS,
): TimeSpan {
  const w = clampWindow(window, extent, minWidth);
  const centre = (w.start + w.end) / 2;
  const half = ((w.end - w.start) * factor) / 2;
  return clampWindow({ start: centre - half, end: centre + half }, extent, minWidth);
}

/** The window, its width kept, centred on `time` (as far as the extent allows). */
export function centreWindowAt(
  window: TimeSpan,
  time: number,
  extent: TimeSpan,
  minWidth = MIN_WINDOW_DAYS,
): TimeSpan {
  const w = clampWindow(window, extent, minWidth);
  const half = (w.end - w.start) / 2;
  return clampWindow({ start: time - half, end: time + half }, extent, minWidth);
}

/** The parts of a KeyboardEvent (DOM or React) the keys depend on. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The window a key moves to, or undefined when the key is not the strip's (let it through).
 *
 * - ArrowLeft/ArrowRight: a tenth of the window towards the arrow. The arrow that points to later
 *   time moves later: ArrowRight in LTR, ArrowLeft in RTL, where the past is on the right.
 * - ArrowUp/ArrowDown: a tenth later/earlier (a slider's up is more, whatever the direction).
 * - PageUp/PageDown, Shift+ArrowLeft/Right: a whole window later/earlier (towards the arrow),
 *   for keyboards without page keys.
 * - Home/End: to the start/end of the extent, width kept.
 * - + (or =) and Shift+ArrowUp narrow the window by ZOOM_FACTOR around its centre; - (or _) and
 *   Shift+ArrowDown widen it.
 * - With Ctrl, Alt or Meta nothing is taken: those are the browser's (Ctrl + zooms the page).
 */
export function windowForKey(
  press: KeyPress,
  window: TimeSpan,
  extent: TimeSpan,
  dir: Direction,
  minWidth = MIN_WINDOW_DAYS,
): TimeSpan | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  const w = clampWindow(window, extent, minWidth);
  const width = w.end - w.start;
  const later = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const earlier = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const pan = (share: number) => panWindow(w, share * width, extent, minWidth);
  const zoom = (factor: number) => zoomWindow(w, factor, extent, minWidth);
  switch (press.key) {
    case later:
      return pan(press.shiftKey ? PAGE_STEP : KEY_STEP);
    case earlier:
      return pan(press.shiftKey ? -PAGE_STEP : -KEY_STEP);
    case 'ArrowUp':
      return press.shiftKey ? zoom(1 / ZOOM_FACTOR) : pan(KEY_STEP);
    case 'ArrowDown':
      return press.shiftKey ? zoom(ZOOM_FACTOR) : pan(-KEY_STEP);
    case 'PageUp':
      return pan(PAGE_STEP);
    case 'PageDown':
      return pan(-PAGE_STEP);
    case 'Home':
      return clampWindow({ start: extent.start, end: extent.start + width }, extent, minWidth);
    case 'End':
      return clampWindow({ start: extent.end - width, end: extent.end }, extent, minWidth);
    case '+':
    case '=':
      return zoom(1 / ZOOM_FACTOR);
    case '-':
    case '_':
      return zoom(ZOOM_FACTOR);
    default:
      return undefined;
  }
}
