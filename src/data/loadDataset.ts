/**
 * Fetches the compiled events JSON and classifies every way it can fail, so the UI can say which.
 * The compiler validated the content strictly at build time; here we only check what a network or
 * a stale cache can break: the envelope, the format version, and that the arrays are arrays.
 */
import { FORMAT_VERSION } from '../domain/formatVersion.ts';
import type { Dataset } from '../domain/schema.ts';
import { readJson } from './readJson.ts';

export type LoadFailure =
  | { kind: 'network' }
  | { kind: 'http'; status: number }
  | { kind: 'corrupt' }
  | { kind: 'format'; found: unknown };

export class DatasetError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure) {
    super(`dataset load failed: ${failure.kind}`);
    this.failure = failure;
  }
}

export const DATA_URL = `${import.meta.env.BASE_URL}data/events.json`;

export async function loadDataset(url = DATA_URL, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, cache: 'no-cache' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError({ kind: 'network' });
  }
  if (!response.ok) throw new DatasetError({ kind: 'http', status: response.status });

  let body: unknown;
  try {
    body = await readJson(response);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError({ kind: 'corrupt' });
  }
  const dataset = checkEnvelope(body);
  const modified = dayOfHttpDate(response.headers.get('last-modified'));
  return modified ? { ...dataset, modified } : dataset;
}

/** The UTC day (YYYY-MM-DD) of an HTTP date such as a Last-Modified header; undefined if none. */
export function dayOfHttpDate(value: string | null): string | undefined {
  const time = value ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

export function checkEnvelope(body: unknown): Dataset {
  if (typeof body !== 'object' || body === null) throw new DatasetError({ kind: 'corrupt' });
  const record = body as Record<string, unknown>;
  if (record.format !== FORMAT_VERSION) {
    // A newer compiler's output reached an older app (or the reverse): say so, don't misread it.
    if (typeof record.format === 'number')
      throw new DatasetError({ kind: 'format', found: record.format });
    throw new DatasetError({ kind: 'corrupt' });
  }
  for (const key of ['affiliations', 'actors', 'forums', 'types', 'events'] as const) {
    if (!Array.isArray(record[key])) throw new DatasetError({ kind: 'corrupt' });
  }
  if (record.details !== undefined && !validDetails(record.details)) {
    throw new DatasetError({ kind: 'corrupt' });
  }
  return body as Dataset;
}

// Chunk names are plain file names beside the events JSON, never paths or other hosts.
const CHUNK_NAME = /^[\w.-]+\.json$/;

function validDetails(details: unknown): boolean {
  if (typeof details !== 'object' || details === null) return false;
  const { chunkSize, files } = details as { chunkSize?: unknown; files?: unknown };
  return (
    typeof chunkSize === 'number' &&
    chunkSize > 0 &&
    Array.isArray(files) &&
    files.every((f) => typeof f === 'string' && CHUNK_NAME.test(f) && !f.startsWith('.'))
  );
}
