/**
 * The timeline's visible window, kept in step with the link's `range`: where the timeline opens,
 * which moves count as the reader's (and so are written to the link), and following the link when
 * Back or Forward changes it. Days and link text convert here, nowhere else.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { dayNumber, isoOfDayNumber } from '../domain/calendar.ts';
import { firstDay, lastDay } from '../domain/partialDate.ts';
import type { DateSpan } from '../domain/viewState.ts';
import type { TimelineHandle } from './Timeline.tsx';
import type { DayWindow } from './visTime.ts';
import type { TimelineData } from './timelineData.ts';
import { anyInWindow } from './windowing.ts';

/** Half-width, in days, of the window opened around a linked date or event. */
const FOCUS_HALF_SPAN = 45;

export function windowOfSpan(span: DateSpan): DayWindow {
  return { start: dayNumber(firstDay(span.start)), end: dayNumber(lastDay(span.end)) + 1 };
}

/** The calendar days a window shows, even in part: its link text. */
export function spanOfWindow(w: DayWindow): DateSpan {
  return { start: isoOfDayNumber(Math.floor(w.start)), end: isoOfDayNumber(Math.ceil(w.end) - 1) };
}

/** The window opened on a linked day (YYYY-MM-DD), centred on it. */
export function windowAroundDay(day: string): DayWindow {
  const centre = dayNumber(day) + 0.5;
  return { start: centre - FOCUS_HALF_SPAN, end: centre + FOCUS_HALF_SPAN };
}

/** The window opened on a linked event that covers the days from..to (YYYY-MM-DD). */
export function windowAroundEvent(from: string, to: string): DayWindow {
  return { start: dayNumber(from) - FOCUS_HALF_SPAN, end: dayNumber(to) + FOCUS_HALF_SPAN };
}

interface WindowOptions {
  /** The events shown: when they change (a filter, a search, a reset), the window may refit. */
  data: TimelineData;
  /** The link's window; when it changes without the timeline moving (Back, Forward), follow it. */
  range: DateSpan | undefined;
  /** The window to open on, asked once; undefined opens on the latest events. */
  opening(): DayWindow | undefined;
  /** The reader moved the window (pan, zoom, the overview): what the link should now say. */
  onReaderMove(range: DateSpan): void;
  /** The window was fitted to new results: a window in the link no longer describes the view. */
  onRefit(): void;
}

/**
 * Steers the timeline that `ref` is attached to.
 *
 * After a filter, a search or a reset, the window fits the new results readably (the latest of
 * them whole, as the timeline opens), unless the reader chose the window themselves (by moving
 * it, by going to a date, or by a link that names a window, date or event) and it still shows at
 * least one result. A reader who zoomed into 2024 and ticks a participant stays in 2024 while
 * 2024 has something to show; nobody is left looking at an empty window or at results squeezed
 * into a corner of the full span.
 */
export function useTimelineWindow(
  ref: RefObject<TimelineHandle | null>,
  { data, range, opening, onReaderMove, onRefit }: WindowOptions,
) {
  // The window survives the timeline's remount on a language switch.
  const windowRef = useRef<DayWindow | undefined>(undefined);
  const [first] = useState(opening);
  // Whether the window on screen is the reader's choice (see above).
  const chosen = useRef(first !== undefined);
  // The zoom buttons move the window through code, yet the reader asked for it.
  const readerAsked = useRef(false);
  const latest = useRef({ onReaderMove, onRefit });
  useEffect(() => {
    latest.current = { onReaderMove, onRefit };
  });
  const readerChose = useCallback((w: DayWindow) => {
    chosen.current = true;
    latest.current.onReaderMove(spanOfWindow(w));
  }, []);

  const onWindowChange = useCallback(
    (w: DayWindow, byUser: boolean) => {
      windowRef.current = w;
      if (!byUser && !readerAsked.current) return;
      readerAsked.current = false;
      readerChose(w);
    },
    [readerChose],
  );

  /** Whether new results move the window (the timeline asks, and then fits them itself). */
  const refitFor = useCallback((shown: TimelineData, current: DayWindow) => {
    if (chosen.current && anyInWindow(shown, current)) return false;
    chosen.current = false;
    latest.current.onRefit();
    return true;
  }, []);
  // While the timeline is not on screen (the list view) the same rule applies to the window it
  // will open on when it returns.
  const seen = useRef(data);
  useEffect(() => {
    if (seen.current === data) return;
    seen.current = data;
    if (ref.current || !windowRef.current) return;
    if (refitFor(data, windowRef.current)) windowRef.current = undefined;
  }, [data, ref, refitFor]);

  useEffect(() => {
    if (!range) return;
    const wanted = windowOfSpan(range);
    const current = windowRef.current;
    // A window the link rounds to whole days is the same window.
    if (
      current &&
      Math.abs(current.start - wanted.start) < 1 &&
      Math.abs(current.end - wanted.end) < 2
    )
      return;
    ref.current?.setWindow(wanted);
  }, [range, ref]);

  const initialWindow = useCallback(() => windowRef.current ?? first, [first]);
  return {
    initialWindow,
    onWindowChange,
    refitFor,
    /** The window on screen now (or last seen, while the timeline is not mounted). */
    current: () => ref.current?.getWindow() ?? windowRef.current,
    zoomIn() {
      readerAsked.current = true;
      ref.current?.zoomIn();
    },
    zoomOut() {
      readerAsked.current = true;
      ref.current?.zoomOut();
    },
    /** Every event in view. */
    fit() {
      chosen.current = false;
      ref.current?.fit();
    },
    /** The window a link to that day (YYYY-MM-DD) opens. */
    goToDay(day: string) {
      chosen.current = true;
      ref.current?.setWindow(windowAroundDay(day), 'animate');
    },
    /** The whole of a month or a year (a span of partial dates), as the reader asked for it. */
    goToSpan(span: DateSpan) {
      chosen.current = true;
      const w = windowOfSpan(span);
      // Set before the link's range changes, so the effect above sees the window already there.
      windowRef.current = w;
      ref.current?.setWindow(w, 'animate');
    },
    focusEvent: (id: string) => ref.current?.focusEvent(id),
    /**
     * The overview strip moved the window: follow at once while it is dragged, and once it is let
     * go (or a key moved it) write it to the link as the reader's.
     */
    moveTo(w: DayWindow, phase: 'move' | 'end') {
      ref.current?.setWindow(w, phase === 'move' ? 'follow' : 'jump');
      if (phase === 'end') {
        windowRef.current = w;
        readerChose(w);
      }
    },
  };
}
