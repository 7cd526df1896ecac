import { useEffect } from 'react';
import { listParts, type Lang } from '../domain/languages.ts';

/**
 * At the first idle moment after the page is live, uses once the formatter an event's opening
 * needs first: Intl.ListFormat loads its locale's patterns on first use, ~15 ms that the first
 * click on an event otherwise paid (profile of "open an event", shipped data). Browsers without
 * requestIdleCallback get it after the next task.
 */
export function useIdleWarmUp(lang: Lang): void {
  useEffect(() => {
    const warm = () => void listParts(lang, ['a', 'b']);
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(warm, { timeout: 2_000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = window.setTimeout(warm, 0);
    return () => window.clearTimeout(timer);
  }, [lang]);
}
