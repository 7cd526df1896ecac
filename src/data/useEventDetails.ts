import { useCallback, useEffect, useState } from 'react';
import type { EventDetails } from '../domain/schema.ts';
import { isGoneChunk, type DetailsSource } from './eventDetails.ts';

/** The event's summary, sources and date note: at hand, on their way, or failed to arrive. */
export type DetailsState =
  | { status: 'ready'; details: EventDetails }
  | { status: 'loading' }
  /** `gone`: the chunk looks deleted by a new deployment, so retrying it alone will not help. */
  | { status: 'error'; gone: boolean; retry(): void };

/** The details of the event at `index` (or nothing selected): at once when inline, else fetched. */
export function useEventDetails(
  source: DetailsSource,
  index: number | undefined,
): DetailsState | undefined {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{
    source: DetailsSource;
    index: number;
    details?: EventDetails;
    failed?: { gone: boolean };
  }>();
  const inline = index === undefined ? undefined : source.peek(index);

  useEffect(() => {
    if (index === undefined || inline) return;
    let live = true;
    source.load(index).then(
      (details) => live && setLoaded({ source, index, details }),
      (error: unknown) =>
        live && setLoaded({ source, index, failed: { gone: isGoneChunk(error) } }),
    );
    return () => {
      live = false;
    };
  }, [source, index, inline, attempt]);

  const retry = useCallback(() => {
    setLoaded(undefined);
    setAttempt((n) => n + 1);
  }, []);

  if (index === undefined) return undefined;
  if (inline) return { status: 'ready', details: inline };
  if (loaded?.source === source && loaded.index === index) {
    if (loaded.details) return { status: 'ready', details: loaded.details };
    if (loaded.failed) return { status: 'error', gone: loaded.failed.gone, retry };
  }
  return { status: 'loading' };
}
