/**
 * Picks what the benchmark clicks, types and links to, from the corpus itself, and works out with
 * the app's own filter and search code what the results count must read afterwards: the harness
 * then waits for exactly that count, so a measurement can never stop at a half-updated page.
 */
import type { Dataset, TimelineEvent } from '../src/domain/schema.ts';
import { applyFilters, buildFacetIndex, type FilterView } from '../src/domain/filters.ts';
import { buildSearchIndex } from '../src/domain/searchIndex.ts';

export interface Targets {
  total: number;
  /** An actor with a middling share of the events: ticking it hides most of them. */
  actor: { id: string; name: string; count: number };
  /** Absent when no forum has more than 2 events (a tiny corpus): its figure is not measured. */
  forum?: { id: string; name: string; count: number };
  /**
   * Typed as `prefix` first, then the last character is the measured keystroke. Absent when no
   * title word's last letter changes the results (a tiny corpus): its figure is not measured.
   */
  search?: { prefix: string; lastChar: string; prefixCount: number; count: number };
  /** The state set before "clear all filters": the actor, the forum and the search word. */
  clearAll: { query: string; count: number };
  /** A day with events known to the day, and an event to open. */
  date: { day: string; events: number };
  event: { id: string; title: string };
  /**
   * The event "next event" starts from (a third of the way through, or the first after it whose
   * successor has another title, so the details heading visibly changes).
   */
  step: { id: string; title: string };
}

const NO_FILTERS: FilterView = {
  actors: [],
  actorsMode: 'any',
  forums: [],
  types: [],
  period: undefined,
  q: '',
};

/** The numbers the results line shows: "N of M", or only M when Arabic spells out 0, 1 or 2. */
export function statusNumbers(count: number, total: number): number[] {
  return count > 2 ? [count, total] : [total];
}

function medianBy<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export function pickTargets(dataset: Dataset): Targets {
  const total = dataset.events.length;
  if (total < 10)
    throw new Error(`the corpus has ${total} events; the benchmark needs at least 10`);
  const facets = buildFacetIndex(dataset);
  const search = buildSearchIndex(dataset, 'ar');
  const count = (view: Partial<FilterView>) =>
    applyFilters(facets, { ...NO_FILTERS, ...view }, search).total;
  const all = applyFilters(facets, NO_FILTERS, search);

  const actors = dataset.actors
    .map((a, i) => ({ id: a.id, name: a.name.ar, count: all.counts.actors[i] ?? 0 }))
    .filter((a) => a.count > 2 && a.count < total);
  const actor = medianBy(actors, (a) => a.count);
  if (!actor) throw new Error('no actor has more than 2 events (and fewer than all)');

  const forums = dataset.forums
    .map((f, i) => ({ id: f.id, name: (f.short ?? f.name).ar, count: all.counts.forums[i] ?? 0 }))
    .filter((f) => f.count > 2 && f.count < total);
  const forum = medianBy(forums, (f) => f.count);

  const searchTarget = pickSearchWord(dataset, total, (q) => count({ q }));

  // Several filters at once, keeping at least 3 events on screen when the corpus allows it.
  const withForum = forum ? { forums: [forum.id] } : {};
  const withWord = searchTarget ? { q: searchTarget.prefix + searchTarget.lastChar } : {};
  const combinations: Partial<FilterView>[] = [
    { actors: [actor.id], ...withForum, ...withWord },
    { actors: [actor.id], ...withForum },
    { actors: [actor.id], ...withWord },
  ];
  const clearView =
    combinations.find((view) => count(view) > 2) ?? (combinations[0] as Partial<FilterView>);
  const clearParams = new URLSearchParams();
  if (clearView.actors) clearParams.set('actors', clearView.actors.join('~'));
  if (clearView.forums) clearParams.set('forums', clearView.forums.join('~'));
  if (clearView.q) clearParams.set('q', clearView.q);
  const clearQuery = clearParams.toString();
  const clearCount = count(clearView);

  // Events are in chronological order; take ones from the middle so links land mid-timeline.
  const dayEvents = dataset.events.filter((e) => e.date.precision === 'day' && e.from === e.to);
  const dayEvent = dayEvents[Math.floor(dayEvents.length / 2)];
  if (!dayEvent) throw new Error('no event is dated to a single day');
  const onDay = dataset.events.filter(
    (e) => e.date.precision === 'day' && e.from <= dayEvent.from && dayEvent.from <= e.to,
  ).length;
  const opened = dataset.events[Math.floor(total / 3)] as TimelineEvent;
  let stepIndex = Math.floor(total / 3);
  while (
    stepIndex < total - 2 &&
    dataset.events[stepIndex + 1]?.title.ar === dataset.events[stepIndex]?.title.ar
  ) {
    stepIndex++;
  }
  const stepFrom = dataset.events[stepIndex] as TimelineEvent;

  return {
    total,
    actor,
    forum,
    search: searchTarget,
    clearAll: { query: clearQuery, count: clearCount },
    date: { day: dayEvent.from, events: onDay },
    event: { id: opened.id, title: opened.title.ar },
    step: { id: stepFrom.id, title: stepFrom.title.ar },
  };
}

/**
 * A word from the titles whose last keystroke changes the results, with a middling number of
 * matches (closest to 5 % of the events, at least 3).
 */
function pickSearchWord(
  dataset: Dataset,
  total: number,
  count: (q: string) => number,
): Targets['search'] | undefined {
  const frequency = new Map<string, number>();
  // A sample is enough to find common words, and keeps this fast on 100,000 events.
  const step = Math.max(1, Math.floor(dataset.events.length / 2000));
  for (let i = 0; i < dataset.events.length; i += step) {
    const title = dataset.events[i]?.title.ar ?? '';
    for (const word of new Set(title.split(/\s+/))) {
      if (/^[\u0621-\u064A]{4,}$/.test(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const wanted = total * 0.05;
  const candidates = [...frequency.keys()].sort();
  let best: Targets['search'] | undefined;
  for (const word of candidates.slice(0, 400)) {
    const prefix = word.slice(0, -1);
    const lastChar = word.slice(-1);
    const full = count(word);
    const before = count(prefix);
    if (full < 3 || full === before) continue;
    if (!best || Math.abs(full - wanted) < Math.abs(best.count - wanted)) {
      best = { prefix, lastChar, prefixCount: before, count: full };
    }
  }
  return best;
}
