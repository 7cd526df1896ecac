/**
 * Each event's position in its dataset, by id. Built once per dataset and shared: the link
 * checker (which ids exist) and the explorer (id → event) both need it, and at 100,000 events
 * each copy cost ~50 ms of the first render (profiled).
 */
import type { Dataset } from './schema.ts';

const built = new WeakMap<Dataset, ReadonlyMap<string, number>>();

export function eventIndex(dataset: Dataset): ReadonlyMap<string, number> {
  let index = built.get(dataset);
  if (!index) {
    index = new Map(dataset.events.map((e, i) => [e.id, i]));
    built.set(dataset, index);
  }
  return index;
}
