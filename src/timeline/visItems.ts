/**
 * vis-timeline's side of the items: the DOM of a card (its template) and bringing its DataSet in
 * line with the items wanted, by difference.
 */
import type { DataSet } from 'vis-data/esnext';
import type { VisItem } from './windowing.ts';

// Event text is data: build the item with textContent so nothing reaches innerHTML.
export function renderItem(item: VisItem | undefined): HTMLElement {
  const root = document.createElement('span');
  root.className = 'masar-item-content';
  if (!item) return root;
  if (item.cluster) {
    root.classList.add('masar-cluster-content');
    root.textContent = item.content;
    return root;
  }
  // The same hook the list offers, so tests and benchmarks can find an event's item by its id.
  root.dataset.eventId = item.id;
  // A long title is cut short on the card; hovering shows it whole.
  root.title = item.content;
  const dots = document.createElement('span');
  dots.className = 'masar-item-dots';
  dots.setAttribute('aria-hidden', 'true');
  // One dot per forum, so an event of the UN, the SCO and BRICS shows all three colours.
  for (const colour of item.colours.length ? item.colours : [undefined]) {
    const dot = document.createElement('span');
    dot.className = 'masar-item-dot';
    if (colour) dot.style.setProperty('background-color', colour);
    dots.append(dot);
  }
  const text = document.createElement('span');
  text.className = 'masar-item-text';
  text.textContent = item.content;
  root.append(dots, text);
  return root;
}

/**
 * Removes, adds and updates only what differs, so an unchanged card is not laid out again. New
 * items are added inside `adding` (see outOfSight.ts), which the timeline uses to keep vis-timeline
 * from laying each one out on its own. Returns the ids of items made anew (see below), which
 * vis-timeline no longer counts as selected.
 */
export function applyDiff(
  items: DataSet<VisItem, 'id'>,
  next: VisItem[],
  adding: (add: () => void) => void = (add) => add(),
): string[] {
  const wanted = new Map(next.map((item) => [item.id, item]));
  const remove: string[] = [];
  for (const id of items.getIds()) if (!wanted.has(String(id))) remove.push(String(id));
  const added: VisItem[] = [];
  const changed: VisItem[] = [];
  const remade: string[] = [];
  for (const item of wanted.values()) {
    const current = items.get(item.id);
    if (!current) added.push(item);
    else if (current.type !== item.type) {
      // vis-data merges an update into the item it holds, and vis-timeline's own copy can lose
      // no key either: a bar turned card would keep its end (which vis-timeline reads as "a
      // span" wherever it asks whether there is one). It is made anew, as vis-timeline does
      // itself when an item's type changes.
      remove.push(item.id);
      added.push(item);
      remade.push(item.id);
    } else if (
      current.className !== item.className ||
      current.content !== item.content ||
      current.start !== item.start ||
      current.end !== item.end ||
      current.align !== item.align ||
      current.colours.join() !== item.colours.join()
    ) {
      // Unset explicitly: merged, a missing align kept the old one (a card that no longer hugs
      // an edge stayed aligned to it, half past the edge of a narrow timeline).
      changed.push({ align: undefined, ...item });
    }
  }
  if (remove.length) items.remove(remove);
  if (changed.length) items.update(changed);
  if (added.length) adding(() => items.add(added));
  return remade;
}
