/**
 * The event record a draft proposes, in the data/ shape (EventRaw). Whatever the tool could not
 * find, and the title and summary it must never write, stay empty so the compiler refuses the
 * file until the curator has filled them in.
 */
import type { EventRaw } from '../domain/schema.ts';
import type { Draft } from './draft.ts';

export function eventRecord(d: Draft): EventRaw {
  const value = d.date?.value ?? null;
  const source = d.source.value;
  const record: EventRaw = {
    id: d.id.value,
    date: value?.date ?? '',
    precision: value?.precision ?? 'day',
    status: value?.status ?? 'happened',
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
