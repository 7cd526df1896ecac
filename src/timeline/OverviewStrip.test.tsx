// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { OverviewStrip, type OverviewStripProps } from './OverviewStrip.tsx';
import type { Direction, TimeSpan } from './overview.ts';

/** Windows are day numbers. */
const DAY = 1;
/** 0 to 1000 days on a 1000 px strip: one pixel is one day. */
const EXTENT = { start: 0, end: 1000 * DAY };
const WINDOW = { start: 400 * DAY, end: 500 * DAY };
const days = (w: TimeSpan | undefined) => w && { start: w.start / DAY, end: w.end / DAY };

const rect = (left: number, width: number): DOMRect => ({
  x: left,
  y: 0,
  left,
  top: 0,
  right: left + width,
  bottom: 52,
  width,
  height: 52,
  toJSON: () => ({}),
});

beforeAll(() => {
  // jsdom has no layout and no pointer capture.
  Element.prototype.setPointerCapture = () => {};
  Element.prototype.releasePointerCapture = () => {};
});

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(rect(0, 1000));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup(dir: Direction, overrides: Partial<OverviewStripProps> = {}) {
  const onWindowChange = vi.fn<OverviewStripProps['onWindowChange']>();
  const props: OverviewStripProps = {
    extent: EXTENT,
    bins: [1, 0, 4, 9],
    window: WINDOW,
    dir,
    label: 'نظرة عامة على الخط الزمني',
    valueText: (w) => `من ${w.start / DAY} إلى ${w.end / DAY}`,
    onWindowChange,
    ...overrides,
  };
  const view = render(<OverviewStrip {...props} />);
  const calls = () => onWindowChange.mock.calls.map(([w, phase]) => [days(w), phase]);
  return { ...view, props, onWindowChange, calls, track: screen.getByTestId('overview-track') };
}

const handle = () => screen.getByRole('slider');
const grip = (edge: 'start' | 'end') =>
  handle().querySelector(`[data-part="${edge}"]`) as HTMLElement;
const press = (target: Element, clientX: number, pointerId = 1) =>
  fireEvent.pointerDown(target, { clientX, pointerId, button: 0 });
const move = (target: Element, clientX: number, pointerId = 1) =>
  fireEvent.pointerMove(target, { clientX, pointerId });
const release = (target: Element, clientX: number, pointerId = 1) =>
  fireEvent.pointerUp(target, { clientX, pointerId });

describe('OverviewStrip: dragging the handle', () => {
  it('moves the window later when dragged right in LTR', () => {
    const { track, calls } = setup('ltr');
    press(handle(), 450);
    move(track, 500);
    move(track, 550);
    release(track, 550);
    expect(calls()).toEqual([
      [{ start: 450, end: 550 }, 'move'],
      [{ start: 500, end: 600 }, 'move'],
      [{ start: 500, end: 600 }, 'end'],
    ]);
  });

  it('moves the window earlier when dragged right in RTL, where the past is on the right', () => {
    const { track, calls } = setup('rtl');
    press(handle(), 550);
    move(track, 650);
    release(track, 650);
    expect(calls()).toEqual([
      [{ start: 300, end: 400 }, 'move'],
      [{ start: 300, end: 400 }, 'end'],
    ]);
  });

  it('stops at the end of the extent and follows the pointer back from where it is', () => {
    const { track, calls } = setup('ltr');
    press(handle(), 450);
    move(track, 2000);
    move(track, 1350);
    release(track, 1350);
    expect(calls()).toEqual([
      [{ start: 900, end: 1000 }, 'move'],
      [{ start: 900, end: 1000 }, 'end'],
    ]);
  });

  it('keeps the handle where it was dropped until the parent moves the window', () => {
    const { track, rerender, props } = setup('ltr');
    press(handle(), 450);
    move(track, 550);
    release(track, 550);
    expect(handle().getAttribute('aria-valuetext')).toBe('من 500 إلى 600');
    rerender(<OverviewStrip {...props} window={{ start: 100 * DAY, end: 200 * DAY }} />);
    expect(handle().getAttribute('aria-valuetext')).toBe('من 100 إلى 200');
  });

  it('has moved the handle when it reports a step, so both paint in the same frame', () => {
    // The parent draws the timeline for the step in that frame's animation callbacks; a handle
    // rendered later (React's default for pointermove) would trail the timeline by a frame.
    const shownAtReport: (string | null)[] = [];
    const { track } = setup('ltr', {
      onWindowChange: () => shownAtReport.push(handle().getAttribute('aria-valuetext')),
    });
    press(handle(), 450);
    move(track, 500);
    expect(shownAtReport).toEqual(['من 450 إلى 550']);
  });

  it('says nothing for a press on the handle that does not move it', () => {
    const { track, onWindowChange } = setup('ltr');
    press(handle(), 450);
    release(track, 450);
    expect(onWindowChange).not.toHaveBeenCalled();
  });

  it('ignores a second pointer and buttons other than the main one', () => {
    const { track, calls } = setup('ltr');
    fireEvent.pointerDown(handle(), { clientX: 450, pointerId: 1, button: 2 });
    move(track, 600);
    press(handle(), 450, 1);
    press(handle(), 450, 2);
    move(track, 300, 2);
    move(track, 460, 1);
    release(track, 300, 2);
    release(track, 460, 1);
    expect(calls()).toEqual([
      [{ start: 410, end: 510 }, 'move'],
      [{ start: 410, end: 510 }, 'end'],
    ]);
  });

  it('ends the drag where it was when the browser cancels the pointer', () => {
    const { track, calls } = setup('ltr');
    press(handle(), 450);
    move(track, 470);
    fireEvent.pointerCancel(track, { pointerId: 1 });
    move(track, 600);
    expect(calls()).toEqual([
      [{ start: 420, end: 520 }, 'move'],
      [{ start: 420, end: 520 }, 'end'],
    ]);
  });
});

describe('OverviewStrip: resizing with the grips', () => {
  it('moves the start edge with the start grip in LTR (on the left)', () => {
    const { track, calls } = setup('ltr');
    press(grip('start'), 400);
    move(track, 300);
    release(track, 300);
    expect(calls()).toEqual([
      [{ start: 300, end: 500 }, 'move'],
      [{ start: 300, end: 500 }, 'end'],
    ]);
  });

  it('moves the start edge with the start grip in RTL (on the right)', () => {
    const { track, calls } = setup('rtl');
    press(grip('start'), 600);
    move(track, 700);
    release(track, 700);
    expect(calls()).toEqual([
      [{ start: 300, end: 500 }, 'move'],
      [{ start: 300, end: 500 }, 'end'],
    ]);
  });

  it('moves the end edge with the end grip, in both directions', () => {
    for (const [dir, from, to] of [
      ['ltr', 500, 550],
      ['rtl', 500, 450],
    ] as const) {
      const { track, calls } = setup(dir);
      press(grip('end'), from);
      move(track, to);
      release(track, to);
      expect(calls()).toEqual([
        [{ start: 400, end: 550 }, 'move'],
        [{ start: 400, end: 550 }, 'end'],
      ]);
      cleanup();
    }
  });

  it('stops an edge at the minimum width instead of crossing the other', () => {
    const { track, calls } = setup('ltr');
    press(grip('end'), 500);
    move(track, 100);
    release(track, 100);
    expect(calls().at(-1)).toEqual([{ start: 400, end: 407 }, 'end']);
  });

  it('draws grips at least 24 px wide for touch', () => {
    setup('ltr');
    expect(grip('start').className).toContain('inline-6');
    expect(grip('end').className).toContain('inline-6');
  });
});

describe('OverviewStrip: pressing the strip outside the handle', () => {
  it('centres the window there, keeping its width, and goes on dragging it (LTR)', () => {
    const { track, calls } = setup('ltr');
    press(track, 100);
    move(track, 120);
    release(track, 120);
    expect(calls()).toEqual([
      [{ start: 50, end: 150 }, 'move'],
      [{ start: 70, end: 170 }, 'move'],
      [{ start: 70, end: 170 }, 'end'],
    ]);
  });

  it('reads the press as the mirrored time in RTL', () => {
    const { track, calls } = setup('rtl');
    press(track, 100);
    release(track, 100);
    expect(calls()).toEqual([
      [{ start: 850, end: 950 }, 'move'],
      [{ start: 850, end: 950 }, 'end'],
    ]);
  });

  it('measures the press from the strip’s own left edge', () => {
    vi.mocked(HTMLElement.prototype.getBoundingClientRect).mockReturnValue(rect(200, 500));
    const { track, calls } = setup('ltr');
    press(track, 450); // the middle of a 500 px strip starting at x = 200
    release(track, 450);
    expect(calls()[0]).toEqual([{ start: 450, end: 550 }, 'move']);
  });

  it('puts the keyboard on the handle, as a range input does', () => {
    const { track } = setup('ltr');
    press(track, 100);
    expect(document.activeElement).toBe(handle());
  });
});

describe('OverviewStrip: keyboard', () => {
  const key = (k: string, init: Partial<KeyboardEventInit> = {}) =>
    fireEvent.keyDown(handle(), { key: k, ...init });

  it('moves later with ArrowRight in LTR and with ArrowLeft in RTL', () => {
    const ltr = setup('ltr');
    key('ArrowRight');
    expect(ltr.calls()).toEqual([[{ start: 410, end: 510 }, 'end']]);
    cleanup();
    const rtl = setup('rtl');
    key('ArrowLeft');
    expect(rtl.calls()).toEqual([[{ start: 410, end: 510 }, 'end']]);
  });

  it('steps from where the last key left the window, before the parent has answered', () => {
    const { calls } = setup('rtl');
    key('ArrowRight');
    key('ArrowRight');
    expect(calls()).toEqual([
      [{ start: 390, end: 490 }, 'end'],
      [{ start: 380, end: 480 }, 'end'],
    ]);
  });

  it('takes PageUp, Home, End, + and -', () => {
    const { calls } = setup('ltr');
    key('PageUp');
    key('Home');
    key('End');
    key('-');
    key('+');
    expect(calls()).toEqual([
      [{ start: 500, end: 600 }, 'end'],
      [{ start: 0, end: 100 }, 'end'],
      [{ start: 900, end: 1000 }, 'end'],
      [{ start: 800, end: 1000 }, 'end'],
      [{ start: 850, end: 950 }, 'end'],
    ]);
  });

  it('keeps its keys from scrolling the page, and leaves other keys alone', () => {
    const { onWindowChange } = setup('ltr');
    expect(key('Home')).toBe(false); // default prevented
    expect(key('Home')).toBe(false); // already there: still taken, nothing reported
    expect(onWindowChange).toHaveBeenCalledTimes(1);
    expect(key('Tab')).toBe(true);
    expect(key('+', { ctrlKey: true })).toBe(true);
    expect(onWindowChange).toHaveBeenCalledTimes(1);
  });
});

describe('OverviewStrip: what it shows', () => {
  it('is a labelled horizontal slider with the window as its value text', () => {
    setup('rtl');
    const slider = screen.getByRole('slider', { name: 'نظرة عامة على الخط الزمني' });
    expect(slider.tabIndex).toBe(0);
    expect(slider.getAttribute('aria-orientation')).toBe('horizontal');
    expect(slider.getAttribute('aria-valuemin')).toBe(String(EXTENT.start));
    expect(slider.getAttribute('aria-valuemax')).toBe(String(EXTENT.end));
    expect(slider.getAttribute('aria-valuenow')).toBe(String(450 * DAY));
    expect(slider.getAttribute('aria-valuetext')).toBe('من 400 إلى 500');
  });

  it('places the handle from the inline-start in both directions (CSS mirrors it)', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      setup(dir);
      expect(handle().style.insetInlineStart).toBe('40%');
      expect(handle().style.inlineSize).toBe('10%');
      expect(handle().closest('[dir]')?.getAttribute('dir')).toBe(dir);
      cleanup();
    }
  });

  it('draws a bar per non-empty bin, the earliest at the right in RTL', () => {
    for (const [dir, x] of [
      ['ltr', '0.1'],
      ['rtl', '3.1'],
    ] as const) {
      setup(dir);
      const rects = screen.getByTestId('overview-bars').querySelectorAll('rect');
      expect(rects).toHaveLength(3);
      expect(rects[0]?.getAttribute('x')).toBe(x);
      // The tallest bin fills the height; the smallest is short but visible.
      expect(Number(rects[2]?.getAttribute('height'))).toBe(100);
      expect(Number(rects[0]?.getAttribute('height'))).toBeGreaterThan(6);
      cleanup();
    }
  });

  it('draws tick labels as text, never markup, and only inside the extent', () => {
    setup('rtl', {
      ticks: [
        { at: 100 * DAY, label: '<b>1950</b>' },
        { at: 2000 * DAY, label: '2100' },
      ],
    });
    expect(screen.getByText('<b>1950</b>').tagName).toBe('BDI');
    expect(screen.queryByText('2100')).toBeNull();
  });

  it('draws an empty strip with no handle when there is no extent', () => {
    const { track, onWindowChange } = setup('ltr', { extent: undefined });
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.queryByTestId('overview-bars')).toBeNull();
    press(track, 100);
    release(track, 100);
    expect(onWindowChange).not.toHaveBeenCalled();
  });

  it('draws the bars without a handle when there is no window', () => {
    const { track, onWindowChange } = setup('rtl', { window: undefined });
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.getByTestId('overview-bars')).toBeTruthy();
    press(track, 100);
    release(track, 100);
    expect(onWindowChange).not.toHaveBeenCalled();
  });

  it('treats an empty extent as none, and draws no bars for no events', () => {
    setup('ltr', { extent: { start: 5, end: 5 }, bins: [] });
    expect(screen.queryByRole('slider')).toBeNull();
    cleanup();
    setup('ltr', { bins: [0, 0] });
    expect(screen.queryByTestId('overview-bars')).toBeNull();
    expect(screen.getByRole('slider')).toBeTruthy();
  });
});
