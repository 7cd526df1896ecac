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
 * from laying each one out on its own.
 */
export function applyDiff(
  items: DataSet<VisItem, 'id'>,
  next: VisItem[],
  adding: (add: () => void) => void = (add) => add(),
): void {
  const wanted = new Map(next.map((item) => [item.id, item]));
  const remove: string[] = [];
  for (const id of items.getIds()) if (!wanted.has(String(id))) remove.push(String(id));
  const added: VisItem[] = [];
  const changed: VisItem[] = [];
  for (const item of wanted.values()) {
    const current = items.get(item.id);
    if (!current) added.push(item);
    else if (
      current.className !== item.className ||
      current.content !== item.content ||
      current.start !== item.start ||
      current.end !== item.end ||
      current.type !== item.type ||
      current.align !== item.align ||
      current.colours.join() !== item.colours.join()
    ) {
      changed.push(item);
    }
  }
  if (remove.length) items.remove(remove);
  if (changed.length) items.update(changed);
  if (added.length) adding(() => items.add(added));
}
