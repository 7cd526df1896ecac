/**
 * The only component that touches vis-timeline. It owns one Timeline instance per mount; the
 * parent remounts it (key) when the language changes, because vis-timeline 8 corrupts its layout
 * when `rtl` changes through setOptions. The parent keeps the visible window across remounts.
 */
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline as VisTimeline, type TimelineOptions } from 'vis-timeline/esnext';
import type { TimelineEvent } from '../domain/schema.ts';
import type { AxisScale } from '../domain/formatDate.ts';
import { DAY_MS, toItem, type TimelineItemModel } from './items.ts';

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
  lang: 'ar' | 'en';
  forumColour: ReadonlyMap<string, string>;
  highlighted: ReadonlySet<string>;
  selectedId?: string;
  /** Window to open on (read once per mount); undefined fits all events. */
  getInitialWindow(): TimelineWindow | undefined;
  label: string;
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

interface VisItem {
  id: string;
  content: string;
  start: number;
  end?: number;
  type: 'box' | 'range';
  className: string;
  colour?: string;
}

// Event text is data: build the item with textContent so nothing reaches innerHTML.
function renderItem(item: VisItem | undefined): HTMLElement {
  const root = document.createElement('span');
  root.className = 'masar-item-content';
  if (!item) return root;
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
  useEffect(() => {
    latest.current = props;
  });

  useImperativeHandle(
    ref,
    () => {
      const animation = () => !latest.current.reducedMotion;
      return {
        zoomIn: () => timelineRef.current?.zoomIn(0.5, { animation: animation() }),
        zoomOut: () => timelineRef.current?.zoomOut(0.5, { animation: animation() }),
        fit: () => timelineRef.current?.fit({ animation: animation() }),
        focusEvent: (id) => {
          const timeline = timelineRef.current;
          if (!timeline || !itemsRef.current?.get(id)) return;
          timeline.focus(id, { animation: animation() });
        },
        moveTo: (ms) => timelineRef.current?.moveTo(ms, { animation: animation() }),
        setWindow: (w) => timelineRef.current?.setWindow(w.start, w.end, { animation: false }),
        getWindow: () => {
          const w = timelineRef.current?.getWindow();
          return w ? { start: w.start.getTime(), end: w.end.getTime() } : undefined;
        },
      };
    },
    [],
  );

  // Create once per mount (the parent remounts on language change).
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = latest.current;
    const items = new DataSet<VisItem, 'id'>();
    itemsRef.current = items;
    const options: TimelineOptions = {
      rtl: initial.lang === 'ar',
      locale: 'en',
      // Calendar dates are UTC midnights; keep the axis in UTC so no reader's time zone shifts a day.
      moment: (date?: moment.MomentInput) => moment(date).utc(),
      height: '100%',
      minHeight: 240,
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
    timelineRef.current = timeline;

    let placed = false;
    timeline.on('changed', () => {
      // Setting the window at construction delays the first paint; do it on the first draw instead.
      if (placed) return;
      placed = true;
      const w = latest.current.getInitialWindow();
      if (w) timeline.setWindow(w.start, w.end, { animation: false });
      else if (items.length > 0) timeline.fit({ animation: false });
    });
    timeline.on('select', (properties: { items: (string | number)[] }) => {
      const id = properties.items[0];
      latest.current.onSelect(id === undefined ? undefined : String(id));
    });
    timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
      latest.current.onWindowChange(
        { start: properties.start.getTime(), end: properties.end.getTime() },
        properties.byUser,
      );
    });

    return () => {
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
    };
  }, []);

  // Bring the item set in line with the filtered events by difference: re-adding unchanged items
  // forces vis-timeline to lay each one out again.
  const { events, lang, forumColour, highlighted, selectedId } = props;
  useEffect(() => {
    const items = itemsRef.current;
    if (!items) return;
    const next = new Map<string, TimelineItemModel>();
    for (const event of events) next.set(event.id, toItem(event, lang, forumColour, highlighted));
    const remove: string[] = [];
    for (const id of items.getIds()) if (!next.has(String(id))) remove.push(String(id));
    const upsert: VisItem[] = [];
    for (const item of next.values()) {
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
  }, [events, lang, forumColour, highlighted]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    timeline.setSelection(selectedId && itemsRef.current?.get(selectedId) ? [selectedId] : []);
  }, [selectedId, events]);

  return (
    <div
      ref={containerRef}
      className="masar-timeline h-full"
      dir={props.lang === 'ar' ? 'rtl' : 'ltr'}
      role="region"
      aria-label={props.label}
    />
  );
}
