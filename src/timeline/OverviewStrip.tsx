/**
 * A strip under the timeline that shows the whole span of the events as density bars, with the
 * timeline's visible window drawn on it as a handle the reader drags, resizes or steers with keys,
 * to jump across decades without zooming through them. Standalone: it knows nothing of
 * vis-timeline and reports the windows it wants through onWindowChange (see README.md).
 *
 * Placement is logical (inset-inline-start from the past), so the same markup mirrors in RTL;
 * pointer input is physical (clientX) and goes through the direction-aware helpers in overview.ts.
 */
import { useHydrated } from '../prerender/useHydrated.ts';
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { flushSync } from 'react-dom';
import {
  centreWindowAt,
  clampWindow,
  MIN_WINDOW_DAYS,
  panWindow,
  pixelDeltaToTime,
  resizeWindow,
  timeToPosition,
  windowForKey,
  windowPlacement,
  xToTime,
  type Direction,
  type TimeSpan,
} from './overview.ts';

export interface OverviewTick {
  /** day number (src/domain/calendar.ts) */
  at: number;
  /** Plain text, e.g. a year; drawn with the data-as-text rule (no markup). */
  label: string;
}

export interface OverviewStripProps {
  /** Whole span of the events in day numbers (windowing.ts `extent`); undefined draws an empty strip. */
  extent: TimeSpan | undefined;
  /** Events per equal slice of the extent, earliest first (densityBins); ≤ ~200 for SVG. */
  bins: ArrayLike<number>;
  /** The timeline's visible window in day numbers; undefined draws the bars without a handle. */
  window: TimeSpan | undefined;
  /** Text direction: in 'rtl' the past is on the right. */
  dir: Direction;
  /** Accessible name of the handle (a slider), e.g. «نظرة عامة على الخط الزمني». */
  label: string;
  /** What a screen reader hears for a window, e.g. «من 1949 إلى 2026». */
  valueText(window: TimeSpan): string;
  /**
   * A window the reader asked for, inside the extent and at least minWidth wide: 'move' while a
   * pointer drags (many times), 'end' once when it is released and once per key press.
   */
  onWindowChange(window: TimeSpan, phase: 'move' | 'end'): void;
  /** Axis labels under the bars, e.g. one per decade. */
  ticks?: readonly OverviewTick[];
  /** Narrowest window in days; the timeline's zoomMin (7 days) by default. */
  minWidth?: number;
  className?: string;
}

type Part = 'move' | 'start' | 'end';

interface Drag {
  pointerId: number;
  part: Part;
  /** clientX and the track's width when the pointer went down: moves are measured from there, so
   * a drag that hits the extent's edge and comes back lands where the pointer is. */
  originX: number;
  width: number;
  from: TimeSpan;
  last?: TimeSpan;
}

/** A window the strip chose, shown until the parent's `window` changes from `base`. */
interface Local {
  window: TimeSpan;
  base: TimeSpan | undefined;
  dragging: boolean;
}

/** Narrowest the handle is drawn, in CSS px, so a week in 77 years is still visible. */
const HANDLE_MIN_PX = 6;
// Grips are 24 px wide for touch (WCAG 2.5.8) and straddle the handle's edges; as the handle
// narrows below 48 px they slide outwards (up to fully outside) so its middle stays draggable.
const GRIP_OFFSET = 'clamp(-24px, calc(50% - 36px), -12px)';

// Rounded to 1/10,000 of a percent (well under a pixel): float noise such as 9.999999999999998%
// only lengthens the style.
const pct = (share: number) => `${Math.round(share * 1e6) / 1e4}%`;
const same = (a: TimeSpan | undefined, b: TimeSpan | undefined) =>
  a?.start === b?.start && a?.end === b?.end;

function partOf(target: EventTarget): Part | 'track' {
  const part =
    target instanceof Element ? target.closest('[data-part]')?.getAttribute('data-part') : null;
  return part === 'move' || part === 'start' || part === 'end' ? part : 'track';
}

export function OverviewStrip(props: OverviewStripProps) {
  const { extent, bins, dir, ticks, minWidth = MIN_WINDOW_DAYS } = props;
  const usable = extent && extent.end > extent.start ? extent : undefined;
  const hydrated = useHydrated();
  const [local, setLocal] = useState<Local>();
  const drag = useRef<Drag | undefined>(undefined);
  const handleRef = useRef<HTMLDivElement>(null);
  // The parent may answer a change a frame later (vis-timeline reports its range when it has
  // moved), so the handle stays where the reader put it until the parent's window changes.
  const shown =
    local && (local.dragging || same(local.base, props.window)) ? local.window : props.window;

  const choose = (window: TimeSpan, phase: 'move' | 'end', dragging: boolean) => {
    const next = { window, base: props.window, dragging };
    // React renders a pointermove's update in a task after the frame, so the handle trailed the
    // timeline (which draws in that frame's animation callbacks) by a frame; rendered here it
    // moves with it.
    if (phase === 'move') flushSync(() => setLocal(next));
    else setLocal(next);
    props.onWindowChange(window, phase);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!usable || !shown || event.button !== 0 || drag.current) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const part = partOf(event.target);
    let from = clampWindow(shown, usable, minWidth);
    let last: TimeSpan | undefined;
    if (part === 'track') {
      // Outside the handle: centre the window there and keep dragging it from there, so a
      // press-and-drag anywhere works even when the handle is a few pixels wide.
      const at = xToTime(event.clientX - rect.left, usable, rect.width, dir);
      from = last = centreWindowAt(from, at, usable, minWidth);
      choose(from, 'move', true);
    }
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = {
      pointerId: event.pointerId,
      part: part === 'track' ? 'move' : part,
      originX: event.clientX,
      width: rect.width,
      from,
      last,
    };
    // Like a native range input: a press on the strip leaves the keys on the handle.
    handleRef.current?.focus({ preventScroll: true });
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!usable || !d || d.pointerId !== event.pointerId) return;
    const delta = pixelDeltaToTime(event.clientX - d.originX, usable, d.width, dir);
    const next =
      d.part === 'move'
        ? panWindow(d.from, delta, usable, minWidth)
        : resizeWindow(d.from, d.part, delta, usable, minWidth);
    if (same(next, d.last ?? d.from)) return;
    d.last = next;
    choose(next, 'move', true);
  };

  // A cancelled pointer (the browser took the gesture) ends the drag where it was, as a release
  // does: the timeline has already followed the 'move's, so there is nothing to undo.
  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    drag.current = undefined;
    if (d.last) choose(d.last, 'end', false);
    else setLocal(undefined);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!usable || !shown) return;
    const next = windowForKey(event, shown, usable, dir, minWidth);
    if (!next) return;
    // Taken even at the end of the extent, so PageDown or Home never scrolls the page instead.
    event.preventDefault();
    if (!same(next, shown)) choose(next, 'end', false);
  };

  const bars = useMemo(() => <Bars bins={bins} dir={dir} />, [bins, dir]);
  const placed = usable && shown ? windowPlacement(shown, usable) : undefined;
  const hasTicks = Boolean(usable && ticks?.length);

  return (
    <div dir={dir} className={`ps-6 pe-6 ${props.className ?? ''}`}>
      <div
        data-testid="overview-track"
        className="relative block-13 cursor-pointer touch-none rounded-md border border-line bg-surface select-none"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      >
        {/* Placed by inline styles, which the prerendered page's policy refuses as attributes
            (src/prerender): they come with the first render in the browser. */}
        {usable && hasTicks && hydrated && <Ticks ticks={ticks ?? []} extent={usable} />}
        <div
          className={`pointer-events-none absolute inset-s-0.5 inset-e-0.5 top-1 ${hasTicks ? 'bottom-4' : 'bottom-1'} border-b border-line`}
        >
          {usable && bars}
        </div>
        {usable && shown && placed && (
          <div
            ref={handleRef}
            data-part="move"
            role="slider"
            tabIndex={0}
            aria-label={props.label}
            aria-orientation="horizontal"
            // Day numbers with the window's centre as the value; readers hear aria-valuetext.
            aria-valuemin={usable.start}
            aria-valuemax={usable.end}
            aria-valuenow={Math.round(
              Math.min(Math.max((shown.start + shown.end) / 2, usable.start), usable.end),
            )}
            aria-valuetext={props.valueText(shown)}
            onKeyDown={onKeyDown}
            className="absolute inset-y-0 cursor-grab rounded-md active:cursor-grabbing border-2 border-accent bg-accent/15 hover:bg-accent/25 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-(--focus)"
            style={{
              insetInlineStart: pct(placed.offset),
              inlineSize: pct(placed.size),
              minInlineSize: `${HANDLE_MIN_PX}px`,
              // Grown to its minimum around its centre, not from its start edge.
              marginInlineStart: `min(0px, calc((${pct(placed.size)} - ${HANDLE_MIN_PX}px) / 2))`,
            }}
          >
            <Grip edge="start" />
            <Grip edge="end" />
          </div>
        )}
      </div>
    </div>
  );
}

function Grip({ edge }: { edge: 'start' | 'end' }) {
  return (
    <div
      data-part={edge}
      aria-hidden="true"
      className="absolute inset-y-0 flex inline-6 cursor-ew-resize items-center justify-center"
      style={edge === 'start' ? { insetInlineStart: GRIP_OFFSET } : { insetInlineEnd: GRIP_OFFSET }}
    >
      <span className="block-5 inline-1.5 rounded-full border-2 border-accent bg-surface" />
    </div>
  );
}

/** Bars rise with the square root of the count: at linear scale the sparse early decades would
 * vanish next to the busy recent years, and "a few events" must not read as "none". */
function Bars({ bins, dir }: { bins: ArrayLike<number>; dir: Direction }) {
  const n = bins.length;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, bins[i] ?? 0);
  if (n === 0 || max === 0) return null;
  const rects = [];
  for (let i = 0; i < n; i++) {
    const count = bins[i] ?? 0;
    if (count <= 0) continue;
    // Viewbox units: one per bin across, 100 up; the smallest non-empty bar is 6% tall.
    const height = 6 + 94 * Math.sqrt(count / max);
    const x = dir === 'rtl' ? n - 1 - i : i;
    rects.push(<rect key={i} x={x + 0.1} width={0.8} y={100 - height} height={height} />);
  }
  return (
    <svg
      aria-hidden="true"
      data-testid="overview-bars"
      className="block size-full text-muted opacity-60"
      viewBox={`0 0 ${n} 100`}
      preserveAspectRatio="none"
      fill="currentColor"
    >
      {rects}
    </svg>
  );
}

function Ticks({ ticks, extent }: { ticks: readonly OverviewTick[]; extent: TimeSpan }) {
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0">
      {ticks.map((tick) => {
        const position = timeToPosition(tick.at, extent);
        if (!(position >= 0 && position <= 1)) return null;
        return (
          // A zero-width column centred by flex: the label sits centred on its time in either
          // direction without a physical translate.
          <div
            key={tick.at}
            className="absolute inset-y-0 flex inline-0 flex-col items-center"
            style={{ insetInlineStart: pct(position) }}
          >
            <span className="inline-px flex-1 bg-line opacity-70" />
            <bdi className="block-4 text-[0.6875rem] leading-4 whitespace-nowrap text-muted">
              {tick.label}
            </bdi>
          </div>
        );
      })}
    </div>
  );
}
