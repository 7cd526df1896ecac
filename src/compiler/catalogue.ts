/**
 * Compiles the small list files (affiliations, actors, forums, types, places): their shape,
 * their ids, and the references among them. What comes out is what every event is checked
 * against, and the catalogue part of the Dataset.
 */
import type { z } from 'zod';
import {
  ActorsFile,
  AffiliationsFile,
  EventTypesFile,
  ForumsFile,
  PlacesFile,
} from '../domain/schema.ts';
import type { ActorRaw, Affiliation, EventType, Forum } from '../domain/schema.ts';
import type { Diagnostic, Problem } from './diagnostic.ts';
import type { Catalogue, ListInput, References } from './crossCheck.ts';
import { checkCatalogue, listIds, termSpans } from './crossCheck.ts';
import type { CatalogueContent } from './dataset.ts';
import { buildCatalogue } from './dataset.ts';
import { locateProblems } from './locate.ts';
import { parseYaml } from './parseYaml.ts';
import { checkShape } from './shapeCheck.ts';
import type { Content } from './bounds.ts';
import { LIMITS, addInspected, decode, inspect } from './bounds.ts';

export const LIST_FILES = {
  affiliations: { schema: AffiliationsFile, kind: 'affiliation', required: true },
  actors: { schema: ActorsFile, kind: 'actor', required: true },
  forums: { schema: ForumsFile, kind: 'forum', required: true },
  types: { schema: EventTypesFile, kind: 'event type', required: true },
  places: { schema: PlacesFile, kind: 'place', required: false },
} as const;
export type ListName = keyof typeof LIST_FILES;

export interface CatalogueResult {
  references: References;
  /** Undefined when any list file has an error. */
  content: CatalogueContent | undefined;
  errors: Diagnostic[];
}

/** @param files the list files found, by name (actors → data/actors.yaml) */
export function compileCatalogue(
  files: ReadonlyMap<ListName, { path: string; text: Content }>,
  dataDir: string,
): CatalogueResult {
  const errors: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const problems = new Map<string, Problem[]>();
  const report = (path: string, problem: Problem) => {
    const list = problems.get(path) ?? [];
    list.push(problem);
    problems.set(path, list);
  };

  const lists = {} as Record<ListName, ListInput<unknown> | undefined>;
  for (const [name, spec] of Object.entries(LIST_FILES) as [
    ListName,
    (typeof LIST_FILES)[ListName],
  ][]) {
    const file = files.get(name);
    const path = file?.path ?? `${dataDir}/${name}.yaml`;
    lists[name] = spec.required ? { path, items: undefined, ids: [] } : undefined;
    if (!file) {
      if (spec.required)
        errors.push({
          path,
          line: 1,
          col: 1,
          field: '',
          message: `file not found: the data folder needs ${name}.yaml (see data/README.md)`,
        });
      continue;
    }
    const decoded = decode(path, file.text, LIMITS.listFileBytes);
    if (!decoded.ok) {
      errors.push(decoded.error);
      continue;
    }
    texts.set(path, decoded.text);
    const parsed = parseYaml(decoded.text);
    if (!parsed.ok) {
      errors.push({ path, ...parsed.position, field: '', message: parsed.message });
      continue;
    }
    if (parsed.value === null || parsed.value === undefined) {
      errors.push({ path, line: 1, col: 1, field: '', message: 'the file is empty' });
      continue;
    }
    // Before the schema, which would walk every alias written out (see bounds.ts).
    const inspection = inspect(parsed.value, decoded.text, LIMITS.listFileBytes);
    if (inspection.fatal !== undefined) {
      report(path, inspection.fatal);
      continue;
    }
    const shape = checkShape(spec.schema as z.ZodType, parsed.value);
    if (!shape.ok) for (const p of shape.problems) report(path, p);
    lists[name] = {
      path,
      items: shape.ok ? (shape.value as unknown[]) : undefined,
      ids: listIds(path, parsed.value, spec.kind, report),
    };
    const found = problems.get(path) ?? [];
    addInspected(found, inspection.problems);
    if (found.length > 0) problems.set(path, found);
  }
  const catalogue = lists as unknown as Catalogue;
  checkCatalogue(catalogue, report);

  for (const [path, list] of problems)
    for (const error of locateProblems(path, texts.get(path) ?? '', list)) errors.push(error);
  const references: References = {
    actors: catalogue.actors.ids,
    forums: catalogue.forums.ids,
    types: catalogue.types.ids,
    actorsPath: catalogue.actors.path,
    terms: termSpans(catalogue.actors.items),
  };
  if (errors.length > 0) return { references, content: undefined, errors };
  return {
    references,
    errors,
    content: buildCatalogue({
      affiliations: (catalogue.affiliations.items ?? []) as Affiliation[],
      actors: (catalogue.actors.items ?? []) as ActorRaw[],
      forums: (catalogue.forums.items ?? []) as Forum[],
      types: (catalogue.types.items ?? []) as EventType[],
    }),
  };
}
