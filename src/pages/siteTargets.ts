/**
 * Which pages and preview images a build writes: a page for every event and for every day an
 * event dated to the day covers; preview images only for the newest `previewLimit` events and
 * days (rendering one takes ~70 ms, so 100,000 events would add hours to a build; see README.md,
 * "Links that preview"). Pages without their own image point at the site's card.
 */
import { addDays } from '../domain/calendar.ts';
import type { PageEvent } from './pageEvent.ts';

export interface SiteTargets {
  /** Days (YYYY-MM-DD) with the events covering each, chronological. */
  days: Map<string, PageEvent[]>;
  imageEvents: Set<string>;
  imageDays: Set<string>;
}

/** `events` in the compiled order (chronological by from, to, id). */
export function siteTargets(events: readonly PageEvent[], previewLimit: number): SiteTargets {
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
    days: new Map(sortedDays.map((day) => [day, days.get(day) ?? []])),
    imageEvents: new Set(events.slice(Math.max(0, events.length - previewLimit)).map((e) => e.id)),
    imageDays: new Set(sortedDays.slice(Math.max(0, sortedDays.length - previewLimit))),
  };
}
