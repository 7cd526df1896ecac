import type { Timeline as VisTimeline } from 'vis-timeline/esnext';

/** What vis-timeline 8.5.4 (pinned in package.json) keeps of its drawing, internally. */
interface Internals {
  /** Draws at the next animation frame, once however often it is called. */
  _redraw(): void;
  /** Draws now. */
  _origRedraw(): void;
  /** The items' part of a draw, which it also runs on its own after every DataSet change. */
  itemSet?: { redraw(): boolean };
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
  /**
   * Runs `change` (items removed, updated, added) without the draw of the items that vis-timeline
   * runs after each of those calls; the draw that each change queues (or `now`) draws them all.
   */
  batch<T>(change: () => T): T;
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
  if (!inner)
    return { now: () => timeline.redraw(), stop: () => undefined, batch: (change) => change() };
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
    batch(change) {
      // vis-timeline's DataSet listeners draw the items after every remove, update and add, each
      // draw measuring the cards on screen (a forced layout): three draws for one filter click,
      // then the whole timeline's draw after them. The items changed still ask for that last
      // draw (vis-timeline's "_change"), which lays them out in one pass.
      const itemSet = inner.itemSet;
      if (!itemSet || typeof itemSet.redraw !== 'function') return change();
      const own = Object.prototype.hasOwnProperty.call(itemSet, 'redraw');
      const redraw = itemSet.redraw;
      itemSet.redraw = () => false;
      try {
        return change();
      } finally {
        if (own) itemSet.redraw = redraw;
        else delete (itemSet as { redraw?: unknown }).redraw;
      }
    },
  };
}
