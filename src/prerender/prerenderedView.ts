/**
 * Which view the build prerenders, and whether the page a reader opened is exactly that view:
 * only then can the browser hydrate the HTML (src/app/startApp.tsx). Any other link (filters, an
 * event, a bad parameter with its notice, digits of its own) or a reader's saved display choice
 * renders differently, so the app renders afresh in the prerendered view's place.
 */
import type { Lang } from '../domain/languages.ts';
import { DEFAULT_DISPLAY, type DisplayPrefs } from '../domain/displayPrefs.ts';
import { parseDisplayQuery } from '../url/displayQuery.ts';
import { parseViewState, serialiseViewState } from '../url/viewStateQuery.ts';

/** The opening view in each language, as the query of its link. */
export const PRERENDERED_QUERY: Readonly<Record<Lang, string>> = { ar: '', en: '?lang=en' };

/** The language of the prerendered view a link shows exactly; undefined for any other view. */
export function prerenderedViewOf(search: string): Lang | undefined {
  const view = parseViewState(search, undefined);
  const shown = parseDisplayQuery(search);
  if (view.ignored.length > 0 || shown.ignored.length > 0) return undefined;
  if (Object.keys(shown.prefs).length > 0) return undefined;
  const lang = view.state.lang;
  const prerendered = parseViewState(PRERENDERED_QUERY[lang], undefined).state;
  return serialiseViewState(view.state) === serialiseViewState(prerendered) ? lang : undefined;
}

/** Whether the display the reader saved on this device is the one the build rendered with. */
export function prerenderedDisplay(saved: DisplayPrefs): boolean {
  return saved.digits === DEFAULT_DISPLAY.digits && saved.calendar === DEFAULT_DISPLAY.calendar;
}
