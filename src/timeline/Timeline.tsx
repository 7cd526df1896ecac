/**
 * The only component that touches vis-timeline. It owns one Timeline instance per mount; the
 * parent remounts it (key) when the language changes, because vis-timeline 8 corrupts its layout
 * when `rtl` changes through setOptions. The parent keeps the visible window across remounts
 * (useTimelineWindow). Keyboard navigation is the timeline's own (keyboard.ts).
 */
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline as VisTimeline, type TimelineOptions } from 'vis-timeline/esnext';
import { takeOverDrawing, type Drawing } from './drawing.ts';
import type { TimelineEvent } from '../domain/schema.ts';
import type { AxisScale } from '../domain/formatDate.ts';
import { LANGUAGES, type Lang } from '../domain/languages.ts';
import {
  besideWindow,
  drawnItems,
  FOLLOW_LIMIT,
  readableCount,
  readableWindow,
  ZOOM_MIN_DAYS,
  type VisItem,
} from './windowing.ts';
import { positionOf, type TimelineData } from './timelineData.ts';
import { firstEndingAfter, keyAction } from './keyboard.ts';
import { applyDiff, renderItem } from './visItems.ts';
import { addOutOfSight } from './outOfSight.ts';
import { scrollToItem } from './scrollToItem.ts';
import { watchWheel } from './wheel.ts';
import { DAY_MS, msOfDay, sameWindow, windowOfMs, type DayWindow } from './visTime.ts';

/** How the window gets somewhere: glides there, jumps (drawn at once), or follows a drag. */
export type Motion = 'animate' | 'jump' | 'follow';

export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  /** Shows every event, with room for the cards at both ends. */
  fit(): void;
  focusEvent(id: string): void;
  /** 'jump' (the default) is drawn at once; 'follow' (a drag's step) at the next frame. */
  setWindow(window: DayWindow, how?: Motion): void;
  getWindow(): DayWindow | undefined;
}

export interface TimelineProps {
  ref?: Ref<TimelineHandle>;
  data: TimelineData;
  lang: Lang;
  forumColour: ReadonlyMap<string, string>;
  highlighted: ReadonlySet<string>;
  selectedId?: string;
  /** Window to open on (read once per mount); undefined opens on the latest events (readableWindow). */
  initialWindow(): DayWindow | undefined;
  /** Id of the focusable timeline, e.g. the target of a skip link. */
  id?: string;
  label: string;
  roleDescription: string;
  /** Id of the element that explains the keyboard keys. */
  describedBy?: string;
  reducedMotion: boolean;
  formatAxis(date: Date, scale: AxisScale, major: boolean): string;
  /** An event was opened: clicked, tapped, or Enter on the keyboard's cursor. */
  onSelect(id: string | undefined): void;
  /** The keyboard's cursor moved to an event (for the live region). */
  onCursor(event: TimelineEvent): void;
  /** Called after the window moved; byUser is false for programmatic moves (fit, focus, zoom buttons). */
  onWindowChange(window: DayWindow, byUser: boolean): void;
  /**
   * Called on every step of a move (drag, wheel, animation), for what follows the window live;
   * `jumped` when the move is a jump drawn at once (not animated), so followers can draw with it.
   */
  onWindowMove?(window: DayWindow, jumped: boolean): void;
  /**
   * Asked when the shown events change: whether the window should move to them (it then opens on
   * the latest of them, as it opens). Without it the window stays.
   */
  refitFor?(data: TimelineData, window: DayWindow): boolean;
  /** Said briefly over the timeline when a plain wheel scrolls the page instead of zooming. */
  wheelHint: string;
}

const AXIS_SCALES = new Set<string>(['day', 'weekday', 'month', 'year']);

function axisScale(scale: string): AxisScale {
  // Finer scales than a day never show (zoomMin is a few days), coarser ones read as years.
  return (AXIS_SCALES.has(scale) ? scale : scale === 'week' ? 'day' : 'year') as AxisScale;
}

/** vis-timeline's window (Dates) in day numbers. */
const toWindow = (w: { start: Date; end: Date }) => windowOfMs(w);

export default function Timeline({ ref, ...props }: TimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const drawingRef = useRef<Drawing | null>(null);
  // Set while showWindow jumps, so the move it reports is known for one (onWindowMove).
  const jumping = useRef(false);
  const itemsRef = useRef<DataSet<VisItem, 'id'> | null>(null);
  // Where keyboard navigation stands; Enter opens it. Not in the URL: it is not a view.
  const [cursorId, setCursorId] = useState<string | undefined>(undefined);
  // The latest props for vis callbacks, which are registered once per mount.
  const latest = useRef({ ...props, cursorId });
  const { data, lang, forumColour, highlighted, selectedId } = props;
  // Before the layout effect below, which reads them.
  useLayoutEffect(() => {
    latest.current = { ...props, cursorId };
  });

  // The window the drawn items were last chosen for: when vis-timeline reports a move that a
  // jump already drew for (showWindow), there is nothing to redo.
  const syncedFor = useRef<DayWindow | undefined>(undefined);
  // The width of the last draw made at once (drawNow): a resize already drawn for needs no
  // second draw.
  const drawnWidth = useRef(0);
  const drawNow = useCallback(() => {
    drawingRef.current?.now();
    drawnWidth.current = containerRef.current?.clientWidth ?? 0;
  }, []);
  /**
   * Brings the drawn items in line with the window, by difference (see windowing.ts); `moving`
   * draws a window that a drag is passing through, with fewer cards (FOLLOW_LIMIT).
   */
  const syncItems = useCallback((window?: DayWindow, moving = false) => {
    const items = itemsRef.current;
    const timeline = timelineRef.current;
    if (!items) return;
    const current = window ?? (timeline ? toWindow(timeline.getWindow()) : undefined);
    if (!current) return;
    const width = containerRef.current?.clientWidth ?? 0;
    const view =
      width > 0 ? { window: current, pxPerDay: width / (current.end - current.start) } : undefined;
    // A window drawn for a moment is drawn again in full when vis-timeline reports that the
    // move has rested (rangechanged, 200 ms after the last step), even if the pointer is held.
    syncedFor.current = moving ? undefined : current;
    const wanted = drawnItems(latest.current.data, current, {
      ...latest.current,
      view,
      ...(moving ? { limit: FOLLOW_LIMIT } : {}),
    });
    const apply = () => applyDiff(items, wanted, (add) => addOutOfSight(timeline, add));
    const remade = drawingRef.current ? drawingRef.current.batch(apply) : apply();
    const { selectedId } = latest.current;
    if (selectedId && remade.includes(selectedId)) timeline?.setSelection([selectedId]);
  }, []);

  const animation = () => !latest.current.reducedMotion;
  const showWindow = useCallback(
    (w: DayWindow, how: Motion) => {
      const animated = how === 'animate' && !latest.current.reducedMotion;
      // A jump brings its items first: they arrive outside the view on screen, so vis-timeline
      // lays them out together when the move brings them in, and nothing is left to change when
      // it reports the move 200 ms later. (An animation passes through windows on its way, so
      // its items follow at the end, with the drawn margin covering the way.)
      if (!animated) syncItems(w, how === 'follow');
      jumping.current = how === 'jump';
      timelineRef.current?.setWindow(msOfDay(w.start), msOfDay(w.end), { animation: animated });
      jumping.current = false;
      // A jump is drawn at once, with the rest of the answer. A drag's steps are not: several can
      // come in one frame, and vis-timeline draws their last at the frame.
      if (how === 'jump') drawNow();
    },
    [syncItems, drawNow],
  );
  const width = () => containerRef.current?.clientWidth ?? 0;
  const fitRecent = useCallback(() => {
    const px = containerRef.current?.clientWidth ?? 0;
    const recent = readableWindow(latest.current.data, px, readableCount(px));
    // At once, not animated: the new results are what the reader asked for, and an animation
    // would keep the page busy for half a second after every filter click or keystroke.
    if (recent) showWindow(recent, 'jump');
  }, [showWindow]);
  // An event the keyboard or the list moved to may be stacked above the visible rows: scroll the
  // timeline up or down to it (keeping the zoom), once its item is among the drawn ones.
  const reveal = useRef<string | undefined>(undefined);
  const revealPending = useCallback(() => {
    const pending = reveal.current;
    const timeline = timelineRef.current;
    if (!pending || !timeline || !itemsRef.current?.get(pending)) return;
    reveal.current = undefined;
    let place = scrollToItem(timeline, pending);
    if (place === 'undrawn') {
      drawNow();
      place = scrollToItem(timeline, pending);
    }
    if (place === 'scrolled') drawNow();
    if (place === 'unknown') {
      jumping.current = true;
      timeline.focus(pending, { zoom: false, animation: false });
      jumping.current = false;
      syncItems();
      drawNow();
    }
  }, [syncItems, drawNow]);
  const focusEvent = (id: string) => {
    const timeline = timelineRef.current;
    const { data } = latest.current;
    const k = positionOf(data, id);
    if (!timeline || k < 0) return;
    const w = toWindow(timeline.getWindow());
    const start = data.from[k] ?? 0;
    const days = (data.to[k] ?? start) + 1 - start;
    // Keep the zoom when the event fits in it; otherwise open just wide enough to show it.
    const width = Math.max(w.end - w.start, days * 1.5);
    // Centred where its card stands: a one-day event's at the start of its day, a span's on its
    // middle (items.ts).
    const centre = days === 1 ? start : start + days / 2;
    // A jump, not an animated glide: the reader asked for this event, and the details, the list
    // and the timeline answer together in the next frame. A glide kept the timeline moving for
    // half a second after every "next" (550 ms to a quiet page, npm run bench). Drawn once; a
    // second draw only when the card must be scrolled to.
    showWindow({ start: centre - width / 2, end: centre + width / 2 }, 'jump');
    reveal.current = id;
    revealPending();
  };

  useImperativeHandle(ref, () => ({
    zoomIn: () => timelineRef.current?.zoomIn(0.5, { animation: animation() }),
    zoomOut: () => timelineRef.current?.zoomOut(0.5, { animation: animation() }),
    fit: () => {
      const all = readableWindow(latest.current.data, width());
      if (all) showWindow(all, 'animate');
    },
    focusEvent,
    setWindow: (w, how = 'jump') => showWindow(w, how),
    getWindow: () => {
      const w = timelineRef.current?.getWindow();
      return w ? toWindow(w) : undefined;
    },
  }));

  const [hint, setHint] = useState(false);

  // Create once per mount (the parent remounts on language change).
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = latest.current;
    const items = new DataSet<VisItem, 'id'>();
    itemsRef.current = items;
    const firstWindow =
      initial.initialWindow() ??
      readableWindow(initial.data, container.clientWidth, readableCount(container.clientWidth));
    // Only the items of the window we open on (see windowing.ts).
    const firstItems = firstWindow
      ? drawnItems(initial.data, firstWindow, {
          ...initial,
          view: {
            window: firstWindow,
            pxPerDay: container.clientWidth / (firstWindow.end - firstWindow.start),
          },
        })
      : [];
    items.add(firstItems);
    const rtl = LANGUAGES[initial.lang].dir === 'rtl';
    const options: TimelineOptions = {
      // Created on a window beside the real one, with none of the items in it, then moved to the
      // real one before anything is painted: vis-timeline shows and measures each item it is
      // given inside the window one at a time (a forced layout each), while items that come into
      // view through a window change are laid out together in its next redraw. Measured at 4×
      // CPU slowdown: one 260–335 ms task became two of about 165 and 105 ms. The window lies
      // after the last item's end: one before the real window still met every month- or
      // year-long bar that crosses both, and those were measured one by one (83 ms at 10,000).
      ...(firstWindow ? besideWindow(firstWindow, firstItems) : {}),
      rtl,
      locale: 'en',
      // Calendar dates are UTC midnights; keep the axis in UTC so no reader's time zone shifts a day.
      moment: (date?: moment.MomentInput) => moment(date).utc(),
      height: '100%',
      minHeight: 240,
      // vis-timeline's own resize watch polls sizes (forcing layout) from its first draw; a
      // ResizeObserver below tells it only when the container really changes.
      autoResize: false,
      zoomMin: ZOOM_MIN_DAYS * DAY_MS,
      zoomMax: 200 * 365 * DAY_MS,
      stack: true,
      // Stacked cards never pile past the top unseen: the timeline scrolls up and down (the
      // wheel scrolls it while there is more to see, then the page), and a swipe sideways pans.
      verticalScroll: true,
      horizontalScroll: true,
      // The wheel does not zoom by itself: readers scroll the page past the timeline. Ctrl with
      // the wheel zooms, as does a trackpad pinch (which browsers report as Ctrl + wheel) and a
      // two-finger pinch on a touch screen.
      zoomKey: 'ctrlKey',
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: 'bottom', item: 'bottom' },
      margin: { item: { horizontal: 6, vertical: 4 }, axis: 6 },
      template: (item?: VisItem) => renderItem(item),
      format: {
        minorLabels: (date: Date, scale: string) =>
          latest.current.formatAxis(new Date(date.valueOf()), axisScale(scale), false),
        majorLabels: (date: Date, scale: string) =>
          latest.current.formatAxis(new Date(date.valueOf()), axisScale(scale), true),
      },
    };
    const timeline = new VisTimeline(container, items, options);
    // Before the listeners below, so this move is not reported as the reader's.
    if (firstWindow) {
      timeline.setWindow(msOfDay(firstWindow.start), msOfDay(firstWindow.end), {
        animation: false,
      });
    }
    timelineRef.current = timeline;
    drawingRef.current = takeOverDrawing(timeline);
    // The selection's layout effect (below) ran before this one, with no timeline yet.
    if (initial.selectedId && items.get(initial.selectedId))
      timeline.setSelection([initial.selectedId]);
    drawnWidth.current = container.clientWidth;
    const resize = new ResizeObserver(() => {
      if (container.clientWidth === drawnWidth.current) return;
      // Which spans are bars and which cards hug an edge depend on the pixels a day takes.
      syncItems();
      // Drawn now: a resize observer runs after layout and before paint, so the timeline fits
      // its new width in the frame that brought it (the details column opening beside it).
      drawNow();
    });
    resize.observe(container);

    timeline.on('select', (properties: { items: (string | number)[] }) => {
      const id = properties.items[0] === undefined ? undefined : String(properties.items[0]);
      const cluster = id ? items.get(id) : null;
      if (cluster?.cluster) {
        // A cluster is not an event: clicking it opens its span.
        timeline.setSelection([]);
        timeline.setWindow(cluster.start, cluster.end ?? cluster.start, {
          animation: !latest.current.reducedMotion,
        });
        return;
      }
      latest.current.onSelect(id);
    });
    // vis-timeline keeps a transparent layer (.vis-loading-screen) over every item until a draw
    // after its first 'rangechanged'. Created with start/end and moved by setWindow (above), it
    // never draws again on its own, and the layer would swallow every click, tap, drag and wheel.
    let layerLifted = false;
    // Sideways wheel pans done here (below) are the reader's, though they go through setWindow.
    let readerPanning = false;
    timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
      if (!layerLifted) {
        layerLifted = true;
        timeline.redraw();
      }
      const window = toWindow(properties);
      if (!sameWindow(syncedFor.current, window)) syncItems(window);
      revealPending();
      latest.current.onWindowChange(window, properties.byUser || readerPanning);
      readerPanning = false;
    });
    timeline.on('rangechange', (properties: { start: Date; end: Date }) =>
      latest.current.onWindowMove?.(toWindow(properties), jumping.current),
    );

    let hintTimer = 0;
    const stopWheel = watchWheel(container, timeline, {
      rtl,
      onPan: () => {
        readerPanning = true;
      },
      onPlainWheel: () => {
        setHint(true);
        window.clearTimeout(hintTimer);
        hintTimer = window.setTimeout(() => setHint(false), 1500);
      },
    });

    return () => {
      window.clearTimeout(hintTimer);
      stopWheel();
      resize.disconnect();
      drawingRef.current?.stop();
      drawingRef.current = null;
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
    };
  }, [syncItems, drawNow, revealPending]);

  // New results may move the window (refitFor decides, see useTimelineWindow): then the items
  // are drawn once, for the window they will be seen in, not first for the old one. A layout
  // effect: what follows the window (the overview's handle) then renders before the browser
  // paints, in the frame that shows the results, where a passive effect's update would wait
  // for a task of its own.
  const drawnFor = useRef(data);
  useLayoutEffect(() => {
    const timeline = timelineRef.current;
    if (drawnFor.current !== data && timeline) {
      drawnFor.current = data;
      if (latest.current.refitFor?.(data, toWindow(timeline.getWindow()))) {
        fitRecent();
        return;
      }
    }
    syncItems();
    revealPending();
  }, [
    data,
    lang,
    forumColour,
    highlighted,
    selectedId,
    cursorId,
    syncItems,
    fitRecent,
    revealPending,
  ]);

  // Also before paint, and before the layout effects of what renders after the timeline (the
  // details panel): vis-timeline measures the item it marks, and a measure taken once the page
  // around has changed again lays out the whole page (31 ms of opening an event, profiled).
  useLayoutEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    timeline.setSelection(selectedId && itemsRef.current?.get(selectedId) ? [selectedId] : []);
  }, [selectedId, data]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const action = keyAction(e.key, {
      dir: LANGUAGES[lang].dir,
      count: data.events.length,
      at: positionOf(data, cursorId ?? selectedId),
      firstInView: () => {
        const w = timelineRef.current?.getWindow();
        return w ? firstEndingAfter(data, toWindow(w).start) : 0;
      },
    });
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'stay') return;
    const event = data.events[action.index];
    if (!event) return;
    if (action.kind === 'open') {
      props.onSelect(event.id);
      return;
    }
    setCursorId(event.id);
    focusEvent(event.id);
    props.onCursor(event);
  };

  // vis-timeline draws its items outside React, so they cannot be focusable widgets themselves.
  // The WAI-ARIA way to take arrow keys over such a surface is the application role, which
  // jsx-a11y counts as non-interactive; the keys are explained by describedBy and announced.
  /* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
  return (
    <div className="relative h-full">
      <div
        ref={containerRef}
        id={props.id}
        className="masar-timeline h-full"
        dir={LANGUAGES[lang].dir}
        role="application"
        aria-roledescription={props.roleDescription}
        aria-label={props.label}
        aria-describedby={props.describedBy}
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      <p
        aria-hidden="true"
        className={`masar-wheel-hint pointer-events-none absolute inset-x-0 top-1/3 mx-auto w-fit rounded-md px-3 py-1.5 text-sm ${hint ? 'opacity-100' : 'opacity-0'}`}
      >
        {props.wheelHint}
      </p>
    </div>
  );
  /* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
}
