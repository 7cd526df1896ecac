import type { Timeline as VisTimeline } from 'vis-timeline/esnext';

/** What vis-timeline 8.5.4 (pinned in package.json) keeps of its drawing, internally. */
interface Internals {
  /** Draws at the next animation frame, once however often it is called. */
  _redraw(): void;
  /** Draws now. */
  _origRedraw(): void;
}

function internals(timeline: VisTimeline): Internals | undefined {
  const candidate = timeline as unknown as Partial<Internals>;
  return typeof candidate._origRedraw === 'function' && typeof candidate._redraw === 'function'
    ? (candidate as Internals)
    : undefined;
}

export interface Drawing {
  /** Draws the timeline now, and drops a draw already waiting for the next frame. */
  now(): void;
  /** Drops a draw waiting for the next frame (the timeline is being destroyed). */
  stop(): void;
}

/**
 * vis-timeline draws on the animation frame after a change. A jump the reader asked for (a
 * filter's refit, a step to the next event) is drawn at once instead, so it paints in the frame
 * that paints the list and the details rather than one frame after them; and the draw it had
 * queued is dropped, or it would run again in that next frame for nothing. Its own queue cannot
 * be cancelled, so it is replaced by one that can. Were the internals ever gone, the timeline
 * keeps drawing as before, a frame later.
 */
export function takeOverDrawing(timeline: VisTimeline): Drawing {
  const inner = internals(timeline);
  if (!inner) return { now: () => timeline.redraw(), stop: () => undefined };
  const draw = inner._origRedraw;
  let frame = 0;
  inner._redraw = () => {
    if (frame === 0)
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw();
      });
  };
  return {
    now() {
      cancelAnimationFrame(frame);
      frame = 0;
      draw();
    },
    stop() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
