/**
 * Has the data changed since this page loaded it? A tab left open across a deployment holds the
 * old events JSON, whose detail chunks (named by its hash) the new deployment deleted: opening an
 * event then fails however often it is retried. When a chunk looks gone (eventDetails.ts
 * ChunkError.gone) the events JSON is read again, past the HTTP cache, and its hash decides.
 */
import type { Dataset } from '../domain/schema.ts';
import { DATA_URL, DatasetError, loadDataset } from './loadDataset.ts';

export type VersionCheck =
  /** A new version of the events, ready to replace the one on screen. */
  | { kind: 'changed'; dataset: Dataset }
  /** The events JSON is now of a format this app cannot read: only a new page can. */
  | { kind: 'newer-app' }
  /** Still our version: the chunk failed for another reason, and retrying it may help. */
  | { kind: 'same' }
  /** The check itself failed (offline, a server error): nothing is known. */
  | { kind: 'unknown' };

export async function checkDataVersion(
  hash: string,
  url = DATA_URL,
  signal?: AbortSignal,
): Promise<VersionCheck> {
  try {
    // loadDataset asks with cache: 'no-cache', so a copy in the HTTP cache is revalidated.
    const fresh = await loadDataset(url, signal);
    return fresh.hash === hash ? { kind: 'same' } : { kind: 'changed', dataset: fresh };
  } catch (error) {
    if (error instanceof DatasetError && error.failure.kind === 'format') {
      return { kind: 'newer-app' };
    }
    return { kind: 'unknown' };
  }
}
