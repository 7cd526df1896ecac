/**
 * How one event leads to another. A curator writes each relation once, on the event that depends
 * on the other (the visit names the announcement that announced it); the compiler derives the
 * other direction, so both events' details show it and the two can never disagree.
 */

/** The relations an event file may hold, each read as "this event <relation> the other". */
export const STORED_RELATIONS = [
  'announced-by',
  'follows-up',
  'outcome-of',
  'anniversary-of',
  'part-of',
] as const;
export type StoredRelation = (typeof STORED_RELATIONS)[number];

/** Each stored relation's other direction, as the other event reads it. */
export const INVERSE_RELATION = {
  'announced-by': 'announces',
  'follows-up': 'followed-by',
  'outcome-of': 'has-outcome',
  'anniversary-of': 'has-anniversary',
  'part-of': 'has-part',
} as const satisfies Record<StoredRelation, string>;
export type DerivedRelation = (typeof INVERSE_RELATION)[StoredRelation];
export type Relation = StoredRelation | DerivedRelation;

/** Every relation name, stored and derived, in the order the details panel groups them. */
export const RELATIONS: readonly Relation[] = STORED_RELATIONS.flatMap((r) => [
  r,
  INVERSE_RELATION[r],
]);

/** The stored relation whose other direction `relation` is, or undefined for a stored one. */
export function storedFormOf(relation: string): StoredRelation | undefined {
  return STORED_RELATIONS.find((r) => INVERSE_RELATION[r] === relation);
}

/**
 * Relations that put this event after the other: it cannot end before the other begins (a visit
 * is not announced after it ends, an anniversary does not precede its event).
 */
export const AFTER_THE_OTHER: ReadonlySet<Relation> = new Set<StoredRelation>([
  'announced-by',
  'follows-up',
  'outcome-of',
  'anniversary-of',
]);

/** One related event, as the compiled details carry it. */
export interface RelatedLink {
  id: string;
  relation: Relation;
}
