/**
 * The only component that touches vis-timeline. It owns one Timeline instance per mount; the
 * parent remounts it (key) when the language changes, because vis-timeline 8 corrupts its layout
 * when `rtl` changes through setOptions. The parent keeps the visible window across remounts.
 */
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  type KeyboardEvent,
  type Ref,
} from 'react';
import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline as VisTimeline, type TimelineOptions } from 'vis-timeline/esnext';
import type { TimelineEvent } from '../domain/schema.ts';
import type { AxisScale } from '../domain/formatDate.ts';
import { DAY_MS, toItem, type TimelineItemModel } from './items.ts';
import {
  buildTimeIndex,
  clusters,
  extent,
  overlapping,
  WINDOW_LIMIT,
  type TimeIndex,
} from './windowing.ts';

export interface TimelineWindow {
  start: number;
  end: number;
}

export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  focusEvent(id: string): void;
  moveTo(ms: number): void;
  setWindow(window: TimelineWindow): void;
  getWindow(): TimelineWindow | undefined;
}

export interface TimelineProps {
  ref?: Ref<TimelineHandle>;
  events: readonly TimelineEvent[];
  /** The events' spans, when the caller already has them (see timeIndexFromDays). */
  timeIndex?: TimeIndex;
  lang: 'ar' | 'en';
  forumColour: ReadonlyMap<string, string>;
  highlighted: ReadonlySet<string>;
  selectedId?: string;
  /** The event keyboard navigation stands on (arrow keys), drawn with a focus ring. */
  cursorId?: string;
  /** Window to open on (read once per mount); undefined fits all events. */
  getInitialWindow(): TimelineWindow | undefined;
  label: string;
  roleDescription: string;
  /** Id of the element that explains the keyboard keys. */
  describedBy?: string;
  /** Keyboard navigation along time is the parent's: it knows the events and the selection. */
  onKeyDown?(event: KeyboardEvent<HTMLDivElement>): void;
  reducedMotion: boolean;
  formatAxis(date: Date, scale: AxisScale, major: boolean): string;
  onSelect(id: string | undefined): void;
  /** Called after the window moved; byUser is false for programmatic moves (fit, focus, zoom buttons). */
  onWindowChange(window: TimelineWindow, byUser: boolean): void;
}

const AXIS_SCALES = new Set<string>(['day', 'weekday', 'month', 'year']);

function axisScale(scale: string): AxisScale {
  // Finer scales than a day never show (zoomMin is a few days), coarser ones read as years.
  return (AXIS_SCALES.has(scale) ? scale : scale === 'week' ? 'day' : 'year') as AxisScale;
}

/** An event's item, or a cluster: a count of events standing in for them at wide zoom. */
type VisItem = TimelineItemModel & { cluster?: boolean };

// Event text is data: build the item with textContent so nothing reaches innerHTML.
function renderItem(item: VisItem | undefined): HTMLElement {
  const root = document.createElement('span');
  root.className = 'masar-item-content';
  if (!item) return root;
  if (item.cluster) {
    root.classList.add('masar-cluster-content');
    root.textContent = item.content;
    return root;
  }
  // The same hook the list offers, so tests and benchmarks can find an event's item by its id.
  root.dataset.eventId = item.id;
  const dot = document.createElement('span');
  dot.className = 'masar-item-dot';
  dot.setAttribute('aria-hidden', 'true');
  if (item.colour) dot.style.setProperty('background-color', item.colour);
  const text = document.createElement('span');
  text.className = 'masar-item-text';
  text.textContent = item.content;
  root.append(dot, text);
  return root;
}

export default function Timeline({ ref, ...props }: TimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem, 'id'> | null>(null);
  // The latest props for vis callbacks, which are registered once per mount.
  const latest = useRef<Omit<TimelineProps, 'ref'>>(props);
  const { events, lang, forumColour, highlighted, selectedId, cursorId } = props;
  const given = props.timeIndex;
  const timeIndex = useMemo(() => given ?? buildTimeIndex(events), [given, events]);
  const timeIndexRef = useRef(timeIndex);
  useEffect(() => {
    latest.current = props;
    timeIndexRef.current = timeIndex;
  });

  /** Brings the drawn items in line with the window, by difference (see windowing.ts). */
  const syncItems = useCallback((window?: TimelineWindow) => {
    const items = itemsRef.current;
    const timeline = timelineRef.current;
    if (!items) return;
    const current = window ?? (timeline ? toWindow(timeline.getWindow()) : undefined);
    if (!current) return;
    const { events, lang, forumColour, highlighted, selectedId, cursorId } = latest.current;
    const next = drawnItems(timeIndexRef.current, current, events, {
      lang,
      forumColour,
      highlighted,
      selectedId,
      cursorId,
    });
    applyDiff(items, next);
  }, []);

  useImperativeHandle(ref, () => {
    const animation = () => !latest.current.reducedMotion;
    const setWindow = (w: TimelineWindow, animate: boolean) =>
      timelineRef.current?.setWindow(w.start, w.end, { animation: animate && animation() });
    return {
      zoomIn: () => timelineRef.current?.zoomIn(0.5, { animation: animation() }),
      zoomOut: () => timelineRef.current?.zoomOut(0.5, { animation: animation() }),
      fit: () => {
        const all = extent(timeIndexRef.current);
        if (all) setWindow(all, true);
      },
      focusEvent: (id) => {
        const timeline = timelineRef.current;
        const i = latest.current.events.findIndex((e) => e.id === id);
        if (!timeline || i < 0) return;
        const w = toWindow(timeline.getWindow());
        const start = timeIndexRef.current.start[i] ?? 0;
        const end = timeIndexRef.current.end[i] ?? start;
        // Keep the zoom when the event fits in it; otherwise open just wide enough to show it.
        const width = Math.max(w.end - w.start, (end - start) * 1.5);
        const centre = (start + end) / 2;
        setWindow({ start: centre - width / 2, end: centre + width / 2 }, true);
      },
      moveTo: (ms) => timelineRef.current?.moveTo(ms, { animation: animation() }),
      setWindow: (w) => setWindow(w, false),
      getWindow: () => {
        const w = timelineRef.current?.getWindow();
        return w ? toWindow(w) : undefined;
      },
    };
  }, []);

  // Create once per mount (the parent remounts on language change).
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = latest.current;
    const items = new DataSet<VisItem, 'id'>();
    itemsRef.current = items;
    const firstWindow = initial.getInitialWindow() ?? extent(timeIndexRef.current);
    // Only the items of the window we open on (see windowing.ts).
    if (firstWindow) {
      const { lang, forumColour, highlighted, selectedId, cursorId } = initial;
      items.add(
        drawnItems(timeIndexRef.current, firstWindow, initial.events, {
          lang,
          forumColour,
          highlighted,
          selectedId,
          cursorId,
        }),
      );
    }
    const options: TimelineOptions = {
      // Created on a window beside the real one, with none of the items in it, then moved to the
      // real one before anything is painted: vis-timeline shows and measures each item it is
      // given inside the window one at a time (a forced layout each), while items that come into
      // view through a window change are laid out together in its next redraw. Measured at 4×
      // CPU slowdown: one 260–335 ms task became two of about 165 and 105 ms.
      ...(firstWindow ? besideWindow(firstWindow) : {}),
      rtl: initial.lang === 'ar',
      locale: 'en',
      // Calendar dates are UTC midnights; keep the axis in UTC so no reader's time zone shifts a day.
      moment: (date?: moment.MomentInput) => moment(date).utc(),
      height: '100%',
      minHeight: 240,
      // vis-timeline's own resize watch polls sizes (forcing layout) from its first draw; a
      // ResizeObserver below tells it only when the container really changes.
      autoResize: false,
      zoomMin: 7 * DAY_MS,
      zoomMax: 200 * 365 * DAY_MS,
      stack: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: 'bottom', item: 'bottom' },
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
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
    if (firstWindow) timeline.setWindow(firstWindow.start, firstWindow.end, { animation: false });
    timelineRef.current = timeline;
    let lastWidth = container.clientWidth;
    const resize = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? lastWidth;
      if (width === lastWidth) return;
      lastWidth = width;
      timeline.redraw();
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
    timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
      if (!layerLifted) {
        layerLifted = true;
        timeline.redraw();
      }
      const window = { start: properties.start.getTime(), end: properties.end.getTime() };
      syncItems(window);
      latest.current.onWindowChange(window, properties.byUser);
    });

    return () => {
      resize.disconnect();
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
    };
  }, [syncItems]);

  useEffect(
    () => syncItems(),
    [events, lang, forumColour, highlighted, selectedId, cursorId, syncItems],
  );

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    timeline.setSelection(selectedId && itemsRef.current?.get(selectedId) ? [selectedId] : []);
  }, [selectedId, events, timeIndex]);

  // vis-timeline draws its items outside React, so they cannot be focusable widgets themselves.
  // The WAI-ARIA way to take arrow keys over such a surface is the application role, which
  // jsx-a11y counts as non-interactive; the keys are explained by describedBy and announced.
  /* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
  return (
    <div
      ref={containerRef}
      className="masar-timeline h-full"
      dir={lang === 'ar' ? 'rtl' : 'ltr'}
      role="application"
      aria-roledescription={props.roleDescription}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      tabIndex={0}
      onKeyDown={props.onKeyDown}
    />
  );
  /* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
}

/** A window of the same width ending two widths before `w` starts: none of w's items are in it. */
function besideWindow(w: TimelineWindow): TimelineWindow {
  const width = w.end - w.start;
  return { start: w.start - 3 * width, end: w.start - 2 * width };
}

function toWindow(w: { start: Date; end: Date }): TimelineWindow {
  return { start: w.start.getTime(), end: w.end.getTime() };
}

interface DrawContext {
  lang: 'ar' | 'en';
  forumColour: ReadonlyMap<string, string>;
  highlighted: ReadonlySet<string>;
  selectedId?: string;
  cursorId?: string;
}

/**
 * What the timeline should hold for a window: the events overlapping it (with half a window of
 * margin each side), or, when there are too many, clusters plus the selected and highlighted
 * events so those are always visible.
 */
function drawnItems(
  index: TimeIndex,
  window: TimelineWindow,
  events: readonly TimelineEvent[],
  context: DrawContext,
): VisItem[] {
  const margin = (window.end - window.start) / 2;
  const from = window.start - margin;
  const to = window.end + margin;
  const { indices, overflow } = overlapping(index, from, to, WINDOW_LIMIT);
  const toVis = (event: TimelineEvent) =>
    toItem(event, context.lang, context.forumColour, context.highlighted, context.cursorId);
  if (!overflow) return indices.map((i) => toVis(events[i] as TimelineEvent));
  const out: VisItem[] = clusters(index, from, to).map((c) => ({
    id: c.id,
    content: String(c.count),
    start: c.start,
    end: c.end,
    type: 'range',
    className: 'masar-cluster',
    cluster: true,
  }));
  for (const event of events) {
    if (
      event.id === context.selectedId ||
      event.id === context.cursorId ||
      context.highlighted.has(event.id)
    )
      out.push(toVis(event));
  }
  return out;
}

function applyDiff(items: DataSet<VisItem, 'id'>, next: VisItem[]): void {
  const wanted = new Map(next.map((item) => [item.id, item]));
  const remove: string[] = [];
  for (const id of items.getIds()) if (!wanted.has(String(id))) remove.push(String(id));
  const upsert: VisItem[] = [];
  for (const item of wanted.values()) {
    const current = items.get(item.id);
    if (
      !current ||
      current.className !== item.className ||
      current.content !== item.content ||
      current.start !== item.start ||
      current.end !== item.end ||
      current.colour !== item.colour
    ) {
      upsert.push(item);
    }
  }
  if (remove.length) items.remove(remove);
  if (upsert.length) items.update(upsert);
}
