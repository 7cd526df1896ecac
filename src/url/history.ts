/**
 * The address bar and the session history: the only place in Masar that touches them.
 * Writes keep the path and the hash, change only the query, and do nothing when the link would
 * not change, so pressing a filter twice does not add two history entries.
 */
import type { ViewState } from '../domain/viewState.ts';
import { serialiseViewState } from './viewStateQuery.ts';

export type WriteMode = 'push' | 'replace';

export function readSearch(): string {
  return window.location.search;
}

/** On selection (an event opened or closed, a filter changed): Back returns to the view before. */
export function pushView(state: ViewState): boolean {
  return writeView(state, 'push');
}

/** On pan and zoom: the current entry follows the view without flooding Back with every step. */
export function replaceView(state: ViewState): boolean {
  return writeView(state, 'replace');
}

/** Whether the address changed. */
export function writeView(state: ViewState, mode: WriteMode): boolean {
  const next = new URL(window.location.href);
  next.search = serialiseViewState(state);
  if (next.href === window.location.href) return false;
  try {
    if (mode === 'push') window.history.pushState(null, '', next.href);
    else window.history.replaceState(window.history.state, '', next.href);
    return true;
  } catch {
    // Safari throws SecurityError past 100 history calls in 30 s. The view itself still works;
    // only the link lags until the next write.
    return false;
  }
}

/** Calls `listener` with the new query after Back or Forward; returns the unsubscribe. */
export function onPopState(listener: (search: string) => void): () => void {
  const handle = () => listener(window.location.search);
  window.addEventListener('popstate', handle);
  return () => window.removeEventListener('popstate', handle);
}
