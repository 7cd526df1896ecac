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
  /** The link's window; when it changes without the timeline moving (Back, Forward), follow it. */
  range: DateSpan | undefined;
  /** The window to open on, asked once; undefined fits all events. */
  opening(): DayWindow | undefined;
  /** The reader moved the window (pan, zoom): what the link should now say. */
  onReaderMove(range: DateSpan): void;
}

/** Steers the timeline that `ref` is attached to. */
export function useTimelineWindow(
  ref: RefObject<TimelineHandle | null>,
  { range, opening, onReaderMove }: WindowOptions,
) {
  // The window survives the timeline's remount on a language switch.
  const windowRef = useRef<DayWindow | undefined>(undefined);
  const [first] = useState(opening);
  // The zoom buttons move the window through code, yet the reader asked for it.
  const readerAsked = useRef(false);
  const report = useRef(onReaderMove);
  useEffect(() => {
    report.current = onReaderMove;
  });

  const onWindowChange = useCallback((w: DayWindow, byUser: boolean) => {
    windowRef.current = w;
    if (!byUser && !readerAsked.current) return;
    readerAsked.current = false;
    report.current(spanOfWindow(w));
  }, []);

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
    fit: () => ref.current?.fit(),
    /** Centres the view on a day (YYYY-MM-DD). */
    goToDay: (day: string) => ref.current?.moveTo(dayNumber(day) + 0.5),
    focusEvent: (id: string) => ref.current?.focusEvent(id),
  };
}
