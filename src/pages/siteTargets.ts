/**
 * Which pages and preview images a build writes: a page for each of the newest PAGE_LIMIT events
 * (src/domain/pageLinks.ts) and for every day one of them dated to the day covers; images only for the newest `previewLimit` events and
 * days (rendering one takes ~70 ms, so 100,000 events would add hours to a build; see README.md,
 * "Links that preview"). Pages without their own image point at the site's card.
 */
import { addDays } from '../domain/calendar.ts';
import { pagedEvents } from '../domain/pageLinks.ts';
import type { PageEvent } from './pageEvent.ts';

export interface SiteTargets {
  /** The events with pages: the newest PAGE_LIMIT. */
  events: readonly PageEvent[];
  /** Days (YYYY-MM-DD) with the events covering each, chronological. */
  days: Map<string, PageEvent[]>;
  imageEvents: Set<string>;
  imageDays: Set<string>;
}

/** `events` in the compiled order (chronological by from, to, id). */
export function siteTargets(all: readonly PageEvent[], previewLimit: number): SiteTargets {
  const events = pagedEvents(all);
  const days = new Map<string, PageEvent[]>();
  for (const event of events) {
    if (event.date.precision !== 'day') continue;
    for (let day = event.from; day <= event.to; day = addDays(day, 1)) {
      const list = days.get(day);
      if (list) list.push(event);
      else days.set(day, [event]);
    }
  }
  const sortedDays = [...days.keys()].sort();
  return {
    events,
    days: new Map(sortedDays.map((day) => [day, days.get(day) ?? []])),
    imageEvents: new Set(events.slice(Math.max(0, events.length - previewLimit)).map((e) => e.id)),
    imageDays: new Set(sortedDays.slice(Math.max(0, sortedDays.length - previewLimit))),
  };
}
