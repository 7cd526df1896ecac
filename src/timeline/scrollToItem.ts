import type { Timeline as VisTimeline } from 'vis-timeline/esnext';

/**
 * What vis-timeline 8.5.4 (pinned in package.json) keeps, internally, of where a drawn item
 * stands in its stacked rows and of how far those rows are scrolled (the rows stack up from the
 * axis at the bottom: an item's `top` counts from its group's bottom).
 */
interface Internals {
  itemSet: {
    items: Record<string, DrawnItem | undefined>;
    options: { margin: { item: { vertical: number } } };
  };
  props: { leftContainer: { height: number }; rightContainer: { height: number } };
  options: { rtl?: boolean };
  /** Zero or negative: minus how far the rows are scrolled down from their top. */
  _getScrollTop(): number;
  /** Clamps to what can be scrolled, and moves the side panels with it. */
  _setScrollTop(scrollTop: number): number;
}

interface DrawnItem {
  displayed?: boolean;
  top?: number;
  height?: number;
  parent?: { top: number; height: number };
}

function internals(timeline: VisTimeline): Internals | undefined {
  const t = timeline as unknown as Partial<Internals>;
  return t.itemSet?.items &&
    t.props?.leftContainer &&
    typeof t._getScrollTop === 'function' &&
    typeof t._setScrollTop === 'function'
    ? (t as Internals)
    : undefined;
}

export type Reveal = 'shown' | 'scrolled' | 'undrawn' | 'unknown';

/**
 * Scrolls the timeline's stacked rows, if need be, so that a drawn item lies inside them, with
 * the rows' margin around it: 'scrolled' then (draw again to show it), 'shown' when it already
 * was. 'undrawn' when the item has no place yet (draw first), 'unknown' when the internals are
 * not what this expects (vis-timeline's own focus remains).
 *
 * vis-timeline's focus does the same, but only as part of moving the window: an event the window
 * already centres, as the timeline's own jump to it does, was never scrolled to, and the jump
 * was drawn twice (once to place the items, once after focus moved the window by half a day).
 */
export function scrollToItem(timeline: VisTimeline, id: string): Reveal {
  const vis = internals(timeline);
  if (!vis) return 'unknown';
  const item = vis.itemSet.items[id];
  const group = item?.parent;
  if (!item?.displayed || item.top === undefined || item.height === undefined || !group)
    return 'undrawn';
  // The same quantities as vis-timeline's focus (getItemVerticalScroll): the side panel's height
  // is the rows' visible height.
  const visible = (vis.options.rtl ? vis.props.rightContainer : vis.props.leftContainer).height;
  const y = group.top + group.height - item.top - item.height;
  const from = -vis._getScrollTop();
  if (y >= from && y + item.height <= from + visible) return 'shown';
  const margin = vis.itemSet.options.margin.item.vertical;
  const to = y < from ? y - margin : y + item.height - visible + margin;
  const before = vis._getScrollTop();
  return vis._setScrollTop(-to) === before ? 'shown' : 'scrolled';
}
