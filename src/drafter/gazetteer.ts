/**
 * What the drafter knows about the world, all of it from data/: who (actors), in which forum,
 * what kind of event (types) and where (places). Adding an alias there teaches the tool.
 */
import type { Actor, EventType, Forum, Place } from '../domain/schema.ts';

export interface Gazetteer {
  actors: Actor[];
  forums: Forum[];
  types: EventType[];
  places: Place[];
}
