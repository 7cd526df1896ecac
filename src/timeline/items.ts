/**
 * Maps events to vis-timeline items. Kept free of vis imports so it can be tested in Node.
 *
 * Visual grammar (explained to readers by the legend):
 * - a day-precision, one-day event is a card on its day, with a line down to the axis;
 * - anything spanning time (a multi-day range, or a month/year-precision date) is a card over a
 *   bar across the whole span it may fall in, hatched when approximate so it never passes for a
 *   precise one-day event; a span too short to show as a bar at the current zoom (a three-day
 *   summit seen across years) is a card on its middle day instead, like a one-day event;
 * - planned events are dashed;
 * - a card whose day is near either edge of the view grows inwards instead of past the edge.
 */
import type { TimelineEvent } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';
import { msOfDay, type DayWindow } from './visTime.ts';

export interface TimelineItemModel {
  id: string;
  /** Plain text: rendered with textContent by the template, never as markup. */
  content: string;
  /** Milliseconds, as vis-timeline counts. */
  start: number;
  end?: number;
  type: 'box' | 'range';
  /** Where a box's card sits against its day: centred, or growing towards later or earlier. */
  align?: 'left' | 'right';
  className: string;
  /** Colours of the event's forums, in the order the event lists them; none for no forum. */
  colours: readonly string[];
}

/** What an item's look depends on besides the event itself. */
export interface DrawContext {
  lang: Lang;
  forumColour: ReadonlyMap<string, string>;
  highlighted: ReadonlySet<string>;
  /** The event keyboard navigation stands on. */
  cursorId?: string;
  /** The view the items are drawn for, and its pixels per day; without it, no zoom-aware choices. */
  view?: { window: DayWindow; pxPerDay: number };
}

/** Spans narrower than this on screen are drawn as a card on their middle day (px). */
const MIN_BAR_PX = 24;
/** Half the widest card (title max 17rem, dots, padding): how far a centred card reaches (px). */
const HALF_CARD_PX = 170;

/**
 * A box's alignment near the edges of the view, so its card stays inside it. vis-timeline's
 * 'left' puts the card's edge on the day and lets it grow towards later time, in either
 * direction (it mirrors positions in RTL); 'right' lets it grow towards earlier time.
 */
function edgeAlign(day: number, view: DrawContext['view']): 'left' | 'right' | undefined {
  if (!view) return undefined;
  const fromStart = (day - view.window.start) * view.pxPerDay;
  const toEnd = (view.window.end - day) * view.pxPerDay;
  // Only days in view: a card whose day lies beyond the edge is not pulled into view.
  if (fromStart < 0 || toEnd < 0) return undefined;
  if (fromStart < HALF_CARD_PX && toEnd > 2 * HALF_CARD_PX) return 'left';
  if (toEnd < HALF_CARD_PX && fromStart > 2 * HALF_CARD_PX) return 'right';
  return undefined;
}

/** The item of an event that covers the days firstDay..lastDay (day numbers, inclusive). */
export function toItem(
  event: TimelineEvent,
  firstDay: number,
  lastDay: number,
  { lang, forumColour, highlighted, cursorId, view }: DrawContext,
): TimelineItemModel {
  const approximate = event.date.precision !== 'day';
  const oneDay = firstDay === lastDay;
  const classes = ['masar-item'];
  if (approximate) classes.push('is-approximate');
  if (event.status === 'planned') classes.push('is-planned');
  if (highlighted.has(event.id)) classes.push('is-highlighted');
  // Where keyboard navigation stands: drawn like focus, since the item itself cannot take focus.
  if (event.id === cursorId) classes.push('is-cursor');
  const colours = event.forums.flatMap((id) => {
    const colour = forumColour.get(id);
    return colour === undefined ? [] : [colour];
  });
  const item = {
    id: event.id,
    content: event.title[lang],
    start: msOfDay(firstDay),
    className: classes.join(' '),
    colours,
  };
  const days = lastDay + 1 - firstDay;
  const barTooShort = view !== undefined && days * view.pxPerDay < MIN_BAR_PX;
  if ((oneDay && !approximate) || barTooShort) {
    // A lone day keeps its card at the day's start, like every one-day event; a span's card
    // stands on its middle.
    const day = oneDay ? firstDay : firstDay + days / 2;
    const align = edgeAlign(day, view);
    return { ...item, type: 'box', start: msOfDay(day), ...(align ? { align } : {}) };
  }
  // Inclusive last day → exclusive end instant.
  return { ...item, type: 'range', end: msOfDay(lastDay + 1) };
}
