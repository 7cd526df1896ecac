/**
 * The checks and the derivation that need every event's relations at once: ids that exist, pairs
 * related from both sides, relations against the dates, circles of part-of; then each event's
 * relations both ways (its own and the other direction of everyone else's), for its details.
 */
import type { FieldPath } from './diagnostic.ts';
import { suggestion } from './didYouMean.ts';
import { quote } from './bounds.ts';
import type { RelatedLink, StoredRelation } from '../domain/relations.ts';
import { AFTER_THE_OTHER, INVERSE_RELATION } from '../domain/relations.ts';

export interface RelatedInput {
  id: string;
  path: string;
  from: string;
  to: string;
  /** The relations its file states, all stored ones (crossCheck.ts refuses the others). */
  related: readonly RelatedLink[];
}

export type RelatedReport = (path: string, field: FieldPath, message: string) => void;

/**
 * @param events the events that compiled, in path order (the later file of a pair is blamed)
 * @param known every event id named by a file, compiled or not, with its path
 * @param dates every compiled event's first and last day, by id
 */
export function checkRelations(
  events: readonly RelatedInput[],
  known: ReadonlyMap<string, string>,
  dates: ReadonlyMap<string, { from: string; to: string }>,
  report: RelatedReport,
): void {
  // Pairs already stated, "a b" → where: the first file to state one owns the pair.
  const stated = new Map<string, { path: string; index: number; relation: string }>();
  for (const event of events)
    event.related.forEach((link, i) => {
      const field: FieldPath = ['related', i, 'id'];
      if (!known.has(link.id)) {
        report(
          event.path,
          field,
          `unknown event ${quote(link.id)}${suggestion(link.id, known.keys())}; an id is a file name under data/events/<year>/ without .yaml`,
        );
        return;
      }
      const back = stated.get(`${link.id} ${event.id}`);
      if (back !== undefined) {
        report(
          event.path,
          field,
          `${quote(link.id)} already states "${back.relation}" this event (${back.path}, related[${back.index}]); a pair of events is related once, from one side, and the other direction is derived: remove one of the two`,
        );
        return;
      }
      stated.set(`${event.id} ${link.id}`, { path: event.path, index: i, relation: link.relation });
      const other = dates.get(link.id);
      // A file with errors of its own has no dates to compare; its errors are reported anyway.
      if (other === undefined || !AFTER_THE_OTHER.has(link.relation)) return;
      if (event.to < other.from)
        report(
          event.path,
          field,
          `this event ends (${event.to}) before ${quote(link.id)} begins (${other.from}), so it cannot be "${link.relation}" it; check the relation's direction or the dates`,
        );
    });
  reportPartOfCircles(events, report);
}

/** A circle of part-of (a within b within c within a) would make an event part of itself. */
function reportPartOfCircles(events: readonly RelatedInput[], report: RelatedReport): void {
  const parents = new Map<string, { to: string; index: number }[]>();
  for (const e of events)
    parents.set(
      e.id,
      e.related.flatMap((l, index) => (l.relation === 'part-of' ? [{ to: l.id, index }] : [])),
    );
  const pathOf = new Map(events.map((e) => [e.id, e.path]));
  // 0 unseen, 1 on the current walk, 2 done: the classic three-colour depth-first search.
  const state = new Map<string, 1 | 2>();
  const walk: { id: string; index: number }[] = [];
  const visit = (id: string): void => {
    state.set(id, 1);
    for (const edge of parents.get(id) ?? []) {
      walk.push({ id, index: edge.index });
      const seen = state.get(edge.to);
      const start = walk.findIndex((step) => step.id === edge.to);
      const circle = walk.slice(start);
      // Two events part of each other are already reported as a pair related from both sides.
      if (seen === 1 && circle.length > 2) {
        const names = [...circle.map((s) => s.id), edge.to]
          .map((s) => quote(s))
          .join(' is part of ');
        report(
          pathOf.get(id) as string,
          ['related', edge.index, 'id'],
          `part-of goes round in a circle: ${names}; an event cannot be part of itself, so remove one of these relations`,
        );
      } else if (seen === undefined) visit(edge.to);
      walk.pop();
    }
    state.set(id, 2);
  };
  for (const e of events) if (!state.has(e.id)) visit(e.id);
}

/**
 * Every event's relations both ways, keyed by id; events without any are left out. Each list is
 * in the order of the Dataset (the other event's chronological place), so the details read in
 * time order.
 * @param place each event's index in the Dataset
 */
export function relationsBothWays(
  events: readonly RelatedInput[],
  place: ReadonlyMap<string, number>,
): Map<string, RelatedLink[]> {
  const out = new Map<string, RelatedLink[]>();
  const add = (id: string, link: RelatedLink) => {
    const list = out.get(id) ?? [];
    list.push(link);
    out.set(id, list);
  };
  for (const e of events)
    for (const link of e.related) {
      add(e.id, link);
      add(link.id, { id: e.id, relation: INVERSE_RELATION[link.relation as StoredRelation] });
    }
  const at = (id: string) => place.get(id) ?? -1;
  for (const list of out.values()) list.sort((a, b) => at(a.id) - at(b.id));
  return out;
}
