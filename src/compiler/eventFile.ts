/**
 * Compiles one event file on its own: parse, check its shape, check it against the catalogue's
 * ids, and either locate its problems or serialise the event. Nothing here looks at other
 * events, so files can be compiled in any order, or on several threads.
 */
import { DraftRaw, EventRaw } from '../domain/schema.ts';
import type { z } from 'zod';
import type { Diagnostic, Problem } from './diagnostic.ts';
import type { ReferenceSets } from './crossCheck.ts';
import { checkEvent } from './crossCheck.ts';
import { toTimelineEvent } from './dataset.ts';
import { locateProblems } from './locate.ts';
import { parseYaml } from './parseYaml.ts';
import { checkShape } from './shapeCheck.ts';
import { fastEventShape } from './fastShape.ts';
import type { Content } from './bounds.ts';
import { LIMITS, addInspected, decode, inspect } from './bounds.ts';
import type { RelatedLink } from '../domain/relations.ts';

/**
 * Two events of one type that start on the same day with an actor in common describe one thing
 * twice. Only day precision counts: a month or a year is too coarse to say two events coincide.
 */
export interface SameEvent {
  /** The start day, or '' when the event is dated to the month or year. */
  day: string;
  type: string;
  /** Actor ids joined by spaces (ids hold none): one string per event crosses threads cheaply. */
  actors: string;
}

export interface EventFile {
  path: string;
  /** Bytes as read (checked for size and UTF-8 here), or text. */
  text: Content;
  /** The <year> folder the file sits in. */
  folderYear: string;
  /** The file name without .yaml: the id the event must have. */
  fileId: string;
}

/** A draft that passed every check it can take: left out of the JSON, listed with what it needs. */
export interface DraftNote {
  path: string;
  id: string;
  /** What it lacks before it can be published: "an English translation", "a source", … */
  needs: string[];
}

export type EventOutcome =
  | ({ ok: true; draft: true } & DraftNote)
  | {
      ok: true;
      draft?: undefined;
      path: string;
      id: string;
      from: string;
      to: string;
      /** What the check for two files describing one event compares: see SameEvent. */
      same: SameEvent;
      /** The relations the file states (checked across events, and turned both ways, at assembly). */
      related: RelatedLink[];
      json: string;
    }
  /** `id` when the file names one, so duplicates are found even among files with other errors. */
  | { ok: false; path: string; id?: string; errors: Diagnostic[] };

export function compileEventFile(file: EventFile, refs: ReferenceSets): EventOutcome {
  const { path } = file;
  const decoded = decode(path, file.text, LIMITS.eventFileBytes);
  if (!decoded.ok) return { ok: false, path, errors: [decoded.error] };
  const text = decoded.text;
  const parsed = parseYaml(text);
  if (!parsed.ok)
    return {
      ok: false,
      path,
      errors: [{ path, ...parsed.position, field: '', message: parsed.message }],
    };
  if (parsed.value === null || parsed.value === undefined)
    return {
      ok: false,
      path,
      errors: [{ path, line: 1, col: 1, field: '', message: 'the file is empty' }],
    };

  const rawId = (parsed.value as { id?: unknown }).id;
  const id = typeof rawId === 'string' ? { id: rawId } : {};
  // Before the schema: it would walk every alias written out, and so would the JSON.
  const inspection = inspect(parsed.value, text, LIMITS.eventFileBytes);
  if (inspection.fatal !== undefined)
    return { ok: false, path, ...id, errors: locateProblems(path, text, [inspection.fatal]) };
  const problems: Problem[] = [];
  if ((parsed.value as { draft?: unknown }).draft === true) {
    const draft = checkShape(DraftRaw, parsed.value);
    if (!draft.ok) for (const problem of draft.problems) problems.push(problem);
    else
      checkEvent(
        { ...file, event: asEvent(draft.value) },
        refs,
        (_path, problem) => problems.push(problem),
        true,
      );
    addInspected(problems, inspection.problems);
    if (!draft.ok || problems.length > 0)
      return { ok: false, path, ...id, errors: locateProblems(path, text, problems) };
    return { ok: true, draft: true, path, id: draft.value.id, needs: draftNeeds(draft.value) };
  }
  // The common valid file is checked by hand; zod checks, and words, everything else.
  const fast = fastEventShape(parsed.value);
  const shape =
    fast === undefined ? checkShape(EventRaw, parsed.value) : { ok: true as const, value: fast };
  if (!shape.ok) for (const problem of shape.problems) problems.push(problem);
  else
    checkEvent({ ...file, event: shape.value }, refs, (_path, problem) => problems.push(problem));
  addInspected(problems, inspection.problems);
  if (!shape.ok || problems.length > 0)
    return { ok: false, path, ...id, errors: locateProblems(path, text, problems) };

  const event = toTimelineEvent(shape.value);
  return {
    ok: true,
    path,
    id: event.id,
    from: event.from,
    to: event.to,
    same: {
      day: event.date.precision === 'day' ? event.date.start : '',
      type: event.type,
      actors: event.actors.join(' '),
    },
    related: (shape.value.related ?? []).map((r) => ({ id: r.id, relation: r.relation })),
    json: JSON.stringify(event),
  };
}

type DraftParsed = z.output<typeof DraftRaw>;

/** A draft in the published shape, its gaps filled with what the checks pass over. */
function asEvent(d: DraftParsed): z.output<typeof EventRaw> {
  const both = (l: { ar?: string; en?: string } | undefined) => ({
    ar: l?.ar ?? '',
    en: l?.en ?? '',
  });
  return {
    ...d,
    draft: undefined,
    type: d.type ?? '',
    status: d.status ?? 'happened',
    title: both(d.title),
    summary: both(d.summary),
    actors: d.actors ?? [],
    forums: d.forums ?? [],
    place: d.place === undefined ? undefined : both(d.place),
    sources: d.sources ?? [],
  };
}

/** What a curator must add before `draft: true` can go, in the order they would write it. */
export function draftNeeds(d: DraftParsed): string[] {
  const needs: string[] = [];
  const texts = [d.title, d.summary, d.place];
  if (d.title === undefined) needs.push('a title');
  if (d.summary === undefined) needs.push('a summary');
  if (texts.some((t) => t !== undefined && t.en === undefined))
    needs.push('an English translation');
  if (texts.some((t) => t !== undefined && t.ar === undefined)) needs.push('an Arabic translation');
  if (d.type === undefined) needs.push('a type');
  if (d.status === undefined) needs.push('a status');
  if ((d.actors ?? []).length === 0) needs.push('participants');
  if ((d.sources ?? []).length === 0) needs.push('a source');
  else if (!(d.sources ?? []).some((s) => s.url !== undefined)) needs.push('a source with a url');
  return needs;
}
