/**
 * A draft id in the data/ style, "2026-02-04-putin-xi-call": date, the two most named actors, the
 * type. ASCII only and never from a headline (Arabic slugs to nothing); the curator may rename it.
 */
import type { DateOrRange } from './eventDate.ts';

export function draftId(parts: {
  date: DateOrRange | null;
  actors: string[];
  type: string | null;
}): string {
  const date =
    parts.date === null ? null : typeof parts.date === 'string' ? parts.date : parts.date.start;
  const datePart = date === null || date.includes('YYYY') ? 'undated' : date;
  const words = [datePart, ...parts.actors.slice(0, 2), parts.type ?? 'event'];
  return words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
