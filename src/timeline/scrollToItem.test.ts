import { describe, expect, it } from 'vitest';
import type { Timeline as VisTimeline } from 'vis-timeline/esnext';
import { scrollToItem } from './scrollToItem.ts';

/**
 * A stand-in with vis-timeline's internals: rows 100 px high visible out of a 400 px group, its
 * items measured from the group's bottom (the axis), scrolled `scrolled` px down from the top.
 */
function fake(item: { top?: number; height?: number; displayed?: boolean }, scrolled: number) {
  const contentHeight = 400;
  const visible = 100;
  const state = { scrollTop: -scrolled };
  const timeline = {
    itemSet: {
      items: { a: { displayed: true, parent: { top: 0, height: contentHeight }, ...item } },
      options: { margin: { item: { vertical: 4 } } },
    },
    props: { leftContainer: { height: 0 }, rightContainer: { height: visible } },
    options: { rtl: true },
    _getScrollTop: () => state.scrollTop,
    _setScrollTop: (top: number) => {
      state.scrollTop = Math.min(0, Math.max(visible - contentHeight, top));
      return state.scrollTop;
    },
  };
  return { timeline: timeline as unknown as VisTimeline, state };
}

describe('scrollToItem', () => {
  it('leaves the rows where they are when the card is inside them', () => {
    // 30 px above the axis: 340–370 px from the top, inside a view of 300–400.
    const { timeline, state } = fake({ top: 30, height: 30 }, 300);
    expect(scrollToItem(timeline, 'a')).toBe('shown');
    expect(state.scrollTop).toBe(-300);
  });

  it('scrolls up to a card stacked above the visible rows, with the margin above it', () => {
    // 150–180 px from the top, above a view of 300–400.
    const { timeline, state } = fake({ top: 220, height: 30 }, 300);
    expect(scrollToItem(timeline, 'a')).toBe('scrolled');
    expect(state.scrollTop).toBe(-146);
  });

  it('scrolls down to a card below the visible rows, with the margin below it', () => {
    // 340–370 px from the top, below a view of 0–100.
    const { timeline, state } = fake({ top: 30, height: 30 }, 0);
    expect(scrollToItem(timeline, 'a')).toBe('scrolled');
    expect(state.scrollTop).toBe(-274);
  });

  it('asks for a draw first when the card has no place yet', () => {
    expect(scrollToItem(fake({ top: undefined }, 0).timeline, 'a')).toBe('undrawn');
    expect(scrollToItem(fake({ top: 0, height: 30, displayed: false }, 0).timeline, 'a')).toBe(
      'undrawn',
    );
    expect(scrollToItem(fake({ top: 0, height: 30 }, 0).timeline, 'b')).toBe('undrawn');
  });

  it('hands over to vis-timeline when its internals are not what it expects', () => {
    expect(scrollToItem({} as unknown as VisTimeline, 'a')).toBe('unknown');
  });
});
