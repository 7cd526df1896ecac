/**
 * The event record a draft proposes, in the data/ shape (EventRaw). Whatever the tool could not
 * find, and the title and summary it must never write, stay empty so the compiler refuses the
 * file until the curator has filled them in.
 */
import type { EventRaw } from '../domain/schema.ts';
import type { Draft, OtherDate } from './draft.ts';
import type { DateMention } from './eventDate.ts';
import { draftId } from './draftId.ts';

/** An event record as data/ holds it, but for a status the tool could not tell (left empty). */
export type DraftRecord = Omit<EventRaw, 'status'> & { status: EventRaw['status'] | '' };

export function eventRecord(d: Draft): DraftRecord {
  const record = recordOf(d, d.id.value, d.date, {
    type: d.type.value,
    actors: d.actors.map((a) => a.id),
    forums: d.forums.map((f) => f.id),
  });
  if (d.place.value) record.place = { ...d.place.value.name };
  return record;
}

/**
 * The record of another event the article tells of (a date besides the main one), with the
 * parties of its own paragraphs; its place is left to the curator, who sees what its sentence names.
 */
export function otherEventRecord(d: Draft, m: OtherDate): DraftRecord {
  const id = draftId({ date: m.value?.date ?? null, actors: m.actors, type: m.type });
  return recordOf(d, id, m, { type: m.type, actors: m.actors, forums: m.forums });
}

function recordOf(
  d: Draft,
  id: string,
  date: DateMention | null,
  who: { type: string | null; actors: string[]; forums: string[] },
): DraftRecord {
  const value = date?.value ?? null;
  const source = d.source.value;
  return {
    id,
    date: value?.date ?? '',
    precision: value?.precision ?? 'day',
    // No date, or one whose status nothing tells: empty, for the curator (the compiler refuses it).
    status: value === null || value.status === 'unknown' ? '' : value.status,
    type: who.type ?? '',
    title: { ar: '', en: '' },
    summary: { ar: '', en: '' },
    actors: who.actors,
    forums: who.forums,
    sources: [
      {
        outlet: source.outlet ?? { ar: '', en: '' },
        ...(source.url ? { url: source.url } : {}),
        published: d.published.value ?? '',
        language: 'ar',
      },
    ],
  };
}
