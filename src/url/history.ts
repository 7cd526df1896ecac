/**
 * The address bar and the session history: the only place in Masar that touches them.
 * Writes keep the path and the hash, change only the query, and do nothing when the link would
 * not change, so pressing a filter twice does not add two history entries.
 */
import type { ViewState } from '../domain/viewState.ts';
import type { DisplayPrefs } from '../domain/displayPrefs.ts';
import { displayFor } from '../domain/displayPrefs.ts';
import { serialiseDisplay } from './displayQuery.ts';
import { defaultView, serialiseViewState } from './viewStateQuery.ts';
import { pagePath, type PageTarget } from '../domain/pageLinks.ts';

export type WriteMode = 'push' | 'replace';

/** The app's two pages: the full view, and the embed view (embed/index.html) for iframes. */
export type AppPage = 'full' | 'embed';
const PAGE_PATHS: Record<AppPage, string> = { full: '', embed: 'embed/' };

/**
 * The query as this module last knew it (read, written, or arrived at by Back/Forward). A
 * popstate that leaves it unchanged is a jump to a #fragment (a skip link, say), not a change of
 * view, and must not undo a view that history has not caught up with yet.
 */
let seen: string | undefined;

export function readSearch(): string {
  seen = window.location.search;
  return seen;
}

/**
 * The absolute link to share for a view: this page's address with the view's query, without the
 * #fragment (a skip link's target means nothing to the person receiving it). Built from the state,
 * not read from the address bar, which may lag behind a pan by a moment. `display`, the sharer's
 * digits and calendar order, is added here only: a shared link shows what its sender saw, while
 * the address bar (writeView) never carries it.
 */
export function linkTo(state: ViewState, display?: DisplayPrefs, page?: AppPage): string {
  const url = new URL(window.location.href);
  if (page !== undefined) url.pathname = `${import.meta.env.BASE_URL}${PAGE_PATHS[page]}`;
  const view = serialiseViewState(state);
  // Only what the link's language shows: English has no digit choice to carry.
  const shown = display ? serialiseDisplay(displayFor(display, state.lang)) : '';
  url.search = shown === '' ? view : view === '' ? `?${shown}` : `${view}&${shown}`;
  url.hash = '';
  return url.href;
}

/**
 * The static page of an event or a day (written at build, see src/pages/): the link that shows a
 * preview when pasted into a chat or a social network, and opens the app on the same view.
 */
export function pageLinkTo(target: PageTarget, lang: ViewState['lang']): string {
  return new URL(pagePath(target, lang), window.location.origin).href;
}

/**
 * What the share button hands out: an event's or a day's static page when the view is exactly
 * that (its preview names it) and the reader's display choices are the defaults, otherwise the view's own link, filters and all.
 */
export function shareLinkTo(
  state: ViewState,
  display: DisplayPrefs | undefined,
  /** Which events and days the build wrote pages for (src/domain/pageLinks.ts, pagesOf). */
  pages: { event(id: string): boolean; day(day: string): boolean },
): string {
  const { event, date } = state;
  const plain = serialiseViewState({ ...defaultView(), lang: state.lang, event, date });
  const displayed = display ? serialiseDisplay(displayFor(display, state.lang)) : '';
  if (
    plain === serialiseViewState(state) &&
    displayed === '' &&
    (event === undefined) !== (date === undefined)
  ) {
    if (event !== undefined && pages.event(event))
      return pageLinkTo({ kind: 'event', id: event }, state.lang);
    if (date !== undefined && pages.day(date))
      return pageLinkTo({ kind: 'day', day: date }, state.lang);
  }
  return linkTo(state, display);
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
    seen = window.location.search;
    return true;
  } catch {
    // Safari throws SecurityError past 100 history calls in 30 s. The view itself still works;
    // only the link lags until the next write.
    return false;
  }
}

const listeners = new Set<(search: string) => void>();

function handlePopState(): void {
  const search = window.location.search;
  if (search === seen) return;
  seen = search;
  for (const listener of listeners) listener(search);
}

/**
 * Calls `listener` with the new query after Back or Forward changed it; returns the unsubscribe.
 * One window listener serves all subscribers, so each sees the same change exactly once.
 */
export function onPopState(listener: (search: string) => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', handlePopState);
  seen = window.location.search;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', handlePopState);
  };
}

/**
 * A new page load, for when the events on the server are of a format this build cannot read
 * (a deployment changed both): only the new build can show them. The link is kept as it is.
 */
export function reloadPage(): void {
  window.location.reload();
}
