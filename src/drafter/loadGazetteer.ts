/**
 * Reads and validates the four data/ files the drafter learns from, with the project's schema,
 * so a typo in an alias list is reported with its file and path instead of silently teaching
 * the tool nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ActorsFile, EventTypesFile, ForumsFile, PlacesFile } from '../domain/schema.ts';
import type { Gazetteer } from './gazetteer.ts';

export class DataError extends Error {}

async function load<T extends z.ZodType>(
  dir: string,
  file: string,
  schema: T,
): Promise<z.output<T>> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new DataError(`${path}: cannot read it (is --data the data folder?)`);
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new DataError(`${path}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 3)
      .map((i) => `  at ${i.path.join('.') || '(top)'}: ${i.message}`)
      .join('\n');
    throw new DataError(`${path}: does not match the schema:\n${issues}`);
  }
  return result.data;
}

/** A read's result, or its error thrown. */
function value<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

export async function loadGazetteer(dir: string): Promise<Gazetteer> {
  const [actors, forums, types, places] = await Promise.allSettled([
    load(dir, 'actors.yaml', ActorsFile),
    load(dir, 'forums.yaml', ForumsFile),
    load(dir, 'types.yaml', EventTypesFile),
    load(dir, 'places.yaml', PlacesFile),
  ]);
  // The files are read at once, but a problem is reported in file order (an object literal is
  // built left to right), not in the order the reads happened to finish: the same broken folder
  // always gets the same message.
  return {
    actors: value(actors),
    forums: value(forums),
    types: value(types),
    places: value(places),
  };
}
