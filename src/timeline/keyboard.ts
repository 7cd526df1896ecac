/**
 * The timeline's keyboard, as pure decisions over the shown events' positions (chronological).
 *
 * Arrow keys walk a cursor along time in the direction time runs on screen: in Arabic the past
 * is on the right, so ArrowLeft is later. Home and End go to the first and last event, Enter or
 * Space opens the event under the cursor. The toolbar's "previous / next event" steps the open
 * event instead, starting from the middle of the view when none is open.
 */
import type { TimelineData } from './timelineData.ts';

export type Direction = 'rtl' | 'ltr';

export type KeyAction =
  | { kind: 'cursor'; index: number }
  | { kind: 'open'; index: number }
  /** A key the timeline takes (so the page does not scroll) that leads nowhere: the last event. */
  | { kind: 'stay' };

/**
 * What a key does with the cursor at `at` (-1 for none) among `count` events; undefined for keys
 * the timeline leaves alone. `firstInView` is the first event whose days reach the window.
 */
export function keyAction(
  key: string,
  {
    dir,
    count,
    at,
    firstInView,
  }: { dir: Direction; count: number; at: number; firstInView(): number },
): KeyAction | undefined {
  if (count === 0) return undefined;
  const later = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const earlier = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === later || key === earlier) {
    // From nothing: start with the first event in view, the way a reader's eye would.
    if (at < 0) return { kind: 'cursor', index: firstInView() };
    const index = at + (key === later ? 1 : -1);
    return index >= 0 && index < count ? { kind: 'cursor', index } : { kind: 'stay' };
  }
  if (key === 'Home') return { kind: 'cursor', index: 0 };
  if (key === 'End') return { kind: 'cursor', index: count - 1 };
  if ((key === 'Enter' || key === ' ') && at >= 0) return { kind: 'open', index: at };
  return undefined;
}

/** The first event whose last day ends after `day` (a window's start), or the first event. */
export function firstEndingAfter(data: TimelineData, day: number): number {
  for (let k = 0; k < data.to.length; k++) if ((data.to[k] ?? 0) + 1 > day) return k;
  return 0;
}

/**
 * The event "previous / next" opens: the neighbour of the open event (`selected`, -1 for none),
 * or, with none open, the nearest event before or after `centreDay` (the middle of the view).
 * Stays on the first or last event at either end; undefined when there are no events.
 */
export function stepTarget(
  data: TimelineData,
  selected: number,
  centreDay: number,
  direction: 1 | -1,
): number | undefined {
  const n = data.events.length;
  if (n === 0) return undefined;
  let index = selected;
  if (index < 0) {
    const centre = Math.floor(centreDay);
    let after = data.from.findIndex((day) => day >= centre);
    if (after < 0) after = n;
    index = direction > 0 ? after - 1 : after;
  }
  return Math.min(n - 1, Math.max(0, index + direction));
}
