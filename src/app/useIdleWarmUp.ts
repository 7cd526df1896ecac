import { useEffect } from 'react';
import { listParts, type Lang } from '../domain/languages.ts';

/**
 * At the first idle moment after the page is live (and again when the results change), prepares
 * what opening an event needs first, so the reader's click does not wait for it:
 * - Intl.ListFormat loads its locale's patterns on first use, ~15 ms that the first opening paid
 *   (profile of "open an event", shipped data);
 * - a large corpus keeps its events' summaries and sources in chunk files: `warm` fetches the
 *   chunks of the events the list shows first, the likeliest to be opened (at 10,000 events the
 *   details arrived ~150 ms after the click).
 * Browsers without requestIdleCallback get it after the next task.
 */
export function useIdleWarmUp(lang: Lang, warm: () => void): void {
  useEffect(() => {
    const run = () => {
      listParts(lang, ['a', 'b']);
      warm();
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(run, { timeout: 2_000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = window.setTimeout(run, 0);
    return () => window.clearTimeout(timer);
  }, [lang, warm]);
}
