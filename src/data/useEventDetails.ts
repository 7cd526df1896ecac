import { useCallback, useEffect, useState } from 'react';
import type { EventDetails } from '../domain/schema.ts';
import type { DetailsSource } from './eventDetails.ts';

/** The event's summary, sources and date note: at hand, on their way, or failed to arrive. */
export type DetailsState =
  | { status: 'ready'; details: EventDetails }
  | { status: 'loading' }
  | { status: 'error'; retry(): void };

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
    failed?: boolean;
  }>();
  const inline = index === undefined ? undefined : source.peek(index);

  useEffect(() => {
    if (index === undefined || inline) return;
    let live = true;
    source.load(index).then(
      (details) => live && setLoaded({ source, index, details }),
      () => live && setLoaded({ source, index, failed: true }),
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
    if (loaded.failed) return { status: 'error', retry };
  }
  return { status: 'loading' };
}
