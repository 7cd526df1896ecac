/**
 * Maps events to vis-timeline items. Kept free of vis imports so it can be tested in Node.
 *
 * Visual grammar (explained to readers by the legend):
 * - a day-precision, one-day event is a box on its day;
 * - anything spanning time (a multi-day range, or a month/year-precision date) is a range bar
 *   across the whole span it may fall in, drawn hatched when approximate so it never passes for a
 *   precise one-day event;
 * - planned events are dashed.
 */
import type { TimelineEvent } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';
import { msOfDay } from './visTime.ts';

export interface TimelineItemModel {
  id: string;
  /** Plain text: rendered with textContent by the template, never as markup. */
  content: string;
  /** Milliseconds, as vis-timeline counts. */
  start: number;
  end?: number;
  type: 'box' | 'range';
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
}

/** The item of an event that covers the days firstDay..lastDay (day numbers, inclusive). */
export function toItem(
  event: TimelineEvent,
  firstDay: number,
  lastDay: number,
  { lang, forumColour, highlighted, cursorId }: DrawContext,
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
  if (oneDay && !approximate) return { ...item, type: 'box' };
  // Inclusive last day → exclusive end instant.
  return { ...item, type: 'range', end: msOfDay(lastDay + 1) };
}
