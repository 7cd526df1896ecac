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
import { dayNumber } from '../domain/partialDate.ts';
import type { TimelineEvent } from '../domain/schema.ts';

export const DAY_MS = 86_400_000;

export interface TimelineItemModel {
  id: string;
  /** Plain text: rendered with textContent by the template, never as markup. */
  content: string;
  start: number;
  end?: number;
  type: 'box' | 'range';
  className: string;
  /** Colour of the first forum, or undefined for no forum. */
  colour?: string;
}

export function dayStartMs(isoDay: string): number {
  return dayNumber(isoDay) * DAY_MS;
}

export function toItem(
  event: TimelineEvent,
  lang: 'ar' | 'en',
  forumColour: ReadonlyMap<string, string>,
  highlighted: ReadonlySet<string>,
  cursorId?: string,
): TimelineItemModel {
  const approximate = event.date.precision !== 'day';
  const oneDay = event.from === event.to;
  const classes = ['masar-item'];
  if (approximate) classes.push('is-approximate');
  if (event.status === 'planned') classes.push('is-planned');
  if (highlighted.has(event.id)) classes.push('is-highlighted');
  // Where keyboard navigation stands: drawn like focus, since the item itself cannot take focus.
  if (event.id === cursorId) classes.push('is-cursor');
  const firstForum = event.forums[0];
  const colour = firstForum === undefined ? undefined : forumColour.get(firstForum);
  const start = dayStartMs(event.from);
  if (oneDay && !approximate) {
    return {
      id: event.id,
      content: event.title[lang],
      start,
      type: 'box',
      className: classes.join(' '),
      colour,
    };
  }
  return {
    id: event.id,
    content: event.title[lang],
    start,
    // Inclusive last day → exclusive end instant.
    end: dayStartMs(event.to) + DAY_MS,
    type: 'range',
    className: classes.join(' '),
    colour,
  };
}
