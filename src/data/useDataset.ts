import { startTransition, useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../domain/schema.ts';
import { DatasetError, loadDataset, type LoadFailure } from './loadDataset.ts';

export type DatasetState =
  | { status: 'loading'; slow: boolean }
  | { status: 'error'; failure: LoadFailure }
  | { status: 'ready'; dataset: Dataset };

/** After this long the loading view says so, rather than leaving a reader to wonder. */
const SLOW_AFTER_MS = 4_000;

export function useDataset(): { state: DatasetState; retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<DatasetState>({ status: 'loading', slow: false });

  useEffect(() => {
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

  return { state, retry };
}
