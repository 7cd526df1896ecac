import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Timeline as VisTimeline } from 'vis-timeline/esnext';
import { takeOverDrawing } from './drawing.ts';

/** A stand-in with vis-timeline 8.5.4's two drawing entry points, counting real draws. */
function fakeTimeline() {
  const fake = {
    draws: 0,
    publicRedraws: 0,
    _origRedraw() {
      fake.draws++;
    },
    _redraw() {
      throw new Error('the original queue must not be used once taken over');
    },
    redraw() {
      fake.publicRedraws++;
    },
  };
  return fake;
}

const asTimeline = (fake: object) => fake as unknown as VisTimeline;

describe('takeOverDrawing', () => {
  let frames: Map<number, FrameRequestCallback>;
  beforeEach(() => {
    frames = new Map();
    let next = 1;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.set(next, callback);
      return next++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });
  afterEach(() => vi.unstubAllGlobals());
  const runFrame = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback(0);
  };

  it('still draws once per frame for changes vis-timeline queues', () => {
    const fake = fakeTimeline();
    takeOverDrawing(asTimeline(fake));
    fake._redraw();
    fake._redraw();
    expect(fake.draws).toBe(0);
    runFrame();
    expect(fake.draws).toBe(1);
    runFrame();
    expect(fake.draws).toBe(1);
  });

  it('draws a jump at once and drops the draw already queued for the next frame', () => {
    const fake = fakeTimeline();
    const drawing = takeOverDrawing(asTimeline(fake));
    fake._redraw();
    drawing.now();
    expect(fake.draws).toBe(1);
    runFrame();
    expect(fake.draws).toBe(1);
    // Later changes queue again.
    fake._redraw();
    runFrame();
    expect(fake.draws).toBe(2);
  });

  it('stops: nothing queued is drawn after the timeline is gone', () => {
    const fake = fakeTimeline();
    const drawing = takeOverDrawing(asTimeline(fake));
    fake._redraw();
    drawing.stop();
    runFrame();
    expect(fake.draws).toBe(0);
  });

  it('falls back to the public, next-frame redraw when the internals are not there', () => {
    const plain = { publicRedraws: 0, redraw: () => plain.publicRedraws++ };
    const drawing = takeOverDrawing(asTimeline(plain));
    drawing.now();
    expect(plain.publicRedraws).toBe(1);
  });
});
