/**
 * The event record a draft proposes, in the data/ shape (EventRaw). Whatever the tool could not
 * find, and the title and summary it must never write, stay empty so the compiler refuses the
 * file until the curator has filled them in.
 */
import type { EventRaw } from '../domain/schema.ts';
import type { Draft } from './draft.ts';

/** An event record as data/ holds it, but for a status the tool could not tell (left empty). */
export type DraftRecord = Omit<EventRaw, 'status'> & { status: EventRaw['status'] | '' };

export function eventRecord(d: Draft): DraftRecord {
  const value = d.date?.value ?? null;
  const source = d.source.value;
  const record: DraftRecord = {
    id: d.id.value,
    date: value?.date ?? '',
    precision: value?.precision ?? 'day',
    // No date, or one whose status nothing tells: empty, for the curator (the compiler refuses it).
    status: value === null || value.status === 'unknown' ? '' : value.status,
    type: d.type.value ?? '',
    title: { ar: '', en: '' },
    summary: { ar: '', en: '' },
    actors: d.actors.map((a) => a.id),
    forums: d.forums.map((f) => f.id),
    sources: [
      {
        outlet: source.outlet ?? { ar: '', en: '' },
        ...(source.url ? { url: source.url } : {}),
        published: d.published.value ?? '',
        language: 'ar',
      },
    ],
  };
  if (d.place.value) record.place = { ...d.place.value.name };
  return record;
}
