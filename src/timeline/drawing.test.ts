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

  /** vis-timeline's item set: its draw lives on the prototype, as in vis-timeline 8.5.4. */
  class FakeItemSet {
    draws = 0;
    redraw() {
      this.draws++;
      return false;
    }
  }

  it('batches a change: the items are not drawn after each call, only by the draw that follows', () => {
    const itemSet = new FakeItemSet();
    const fake = Object.assign(fakeTimeline(), { itemSet });
    const drawing = takeOverDrawing(asTimeline(fake));
    let ran = false;
    drawing.batch(() => {
      // What vis-timeline's DataSet listeners do after a remove, an update and an add.
      itemSet.redraw();
      itemSet.redraw();
      itemSet.redraw();
      ran = true;
    });
    expect(ran).toBe(true);
    expect(itemSet.draws).toBe(0);
    // Its own draw is back, as it was (the prototype's, no copy left on the instance).
    expect(Object.prototype.hasOwnProperty.call(itemSet, 'redraw')).toBe(false);
    itemSet.redraw();
    expect(itemSet.draws).toBe(1);
  });

  it('gives the item set its draw back even when the change throws', () => {
    const itemSet = new FakeItemSet();
    const drawing = takeOverDrawing(asTimeline(Object.assign(fakeTimeline(), { itemSet })));
    expect(() =>
      drawing.batch(() => {
        throw new Error('bad item');
      }),
    ).toThrow('bad item');
    itemSet.redraw();
    expect(itemSet.draws).toBe(1);
  });

  it('runs a change as it is when the item set is not there', () => {
    const drawing = takeOverDrawing(asTimeline(fakeTimeline()));
    let ran = false;
    drawing.batch(() => {
      ran = true;
    });
    expect(ran).toBe(true);
  });

  it('falls back to the public, next-frame redraw when the internals are not there', () => {
    const plain = { publicRedraws: 0, redraw: () => plain.publicRedraws++ };
    const drawing = takeOverDrawing(asTimeline(plain));
    drawing.now();
    expect(plain.publicRedraws).toBe(1);
  });
});
