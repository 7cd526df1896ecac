import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Dataset } from '../domain/schema.ts';
import { DatasetError, loadDataset, type LoadFailure } from './loadDataset.ts';
import { checkDataVersion } from './dataVersion.ts';

export type DatasetState =
  | { status: 'loading'; slow: boolean }
  | { status: 'error'; failure: LoadFailure }
  | { status: 'ready'; dataset: Dataset };

/**
 * A newer version of the data than the one on screen: being looked for, found and waiting for
 * the reader to load it, one this build cannot read (only a new page can), or just loaded.
 */
export type DataUpdate = 'checking' | 'available' | 'newer-app' | 'loaded';

export interface DataUpdateControls {
  status: DataUpdate | undefined;
  /**
   * Something suggests the data on the server changed (a detail chunk that is gone): read the
   * events JSON again and compare. At most one check at a time, and none once an update is known,
   * so a reader retrying an event never sets off a stream of requests.
   */
  check(): void;
  /** Puts the newer events in place of the old ones; the view (the URL state) stays. */
  load(): void;
  dismiss(): void;
}

/** After this long the loading view says so, rather than leaving a reader to wonder. */
export const SLOW_AFTER_MS = 4_000;

/**
 * `loaded` is the outcome of a load made before React started (the prerendered page waits for
 * its data to hydrate, src/app/startApp.tsx); without it the hook loads the data itself.
 */
export function useDataset(loaded?: Exclude<DatasetState, { status: 'loading' }>): {
  state: DatasetState;
  retry(): void;
  update: DataUpdateControls;
} {
  const [attempt, setAttempt] = useState(loaded ? -1 : 0);
  const [state, setState] = useState<DatasetState>(loaded ?? { status: 'loading', slow: false });
  const [update, setUpdate] = useState<DataUpdate>();
  // Refs, so check() and load() keep one identity for the effects that call them.
  const current = useRef<Dataset | undefined>(undefined);
  const newer = useRef<Dataset | undefined>(undefined);
  const checking = useRef(false);
  useEffect(() => {
    current.current = state.status === 'ready' ? state.dataset : undefined;
  }, [state]);

  useEffect(() => {
    if (attempt < 0) return;
    const controller = new AbortController();
    const slowTimer = window.setTimeout(
      () => setState((s) => (s.status === 'loading' ? { status: 'loading', slow: true } : s)),
      SLOW_AFTER_MS,
    );
    loadDataset(undefined, controller.signal).then(
      // A transition: React renders the whole explorer in slices that leave the main thread free
      // every few milliseconds (a phone would otherwise freeze for the length of that render).
      (dataset) => startTransition(() => setState({ status: 'ready', dataset })),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure: LoadFailure =
          error instanceof DatasetError ? error.failure : { kind: 'corrupt' };
        setState({ status: 'error', failure });
      },
    );
    return () => {
      controller.abort();
      window.clearTimeout(slowTimer);
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading', slow: false });
    setAttempt((n) => n + 1);
  }, []);

  const check = useCallback(() => {
    const dataset = current.current;
    if (!dataset || checking.current || newer.current) return;
    checking.current = true;
    setUpdate((u) => (u === 'newer-app' ? u : 'checking'));
    void checkDataVersion(dataset.hash).then((result) => {
      checking.current = false;
      // The reader may have loaded another version meanwhile: this answer is about the old one.
      if (current.current !== dataset) return;
      if (result.kind === 'changed') {
        newer.current = result.dataset;
        setUpdate('available');
      } else if (result.kind === 'newer-app') {
        setUpdate('newer-app');
      } else {
        // Same version or no answer: nothing to offer; retrying the chunk is the reader's call.
        setUpdate((u) => (u === 'checking' ? undefined : u));
      }
    });
  }, []);

  const load = useCallback(() => {
    const dataset = newer.current;
    if (!dataset) return;
    newer.current = undefined;
    setUpdate('loaded');
    startTransition(() => setState({ status: 'ready', dataset }));
  }, []);

  const dismiss = useCallback(() => setUpdate(undefined), []);

  return { state, retry, update: { status: update, check, load, dismiss } };
}
