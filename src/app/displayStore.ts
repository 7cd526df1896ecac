/**
 * The reader's display preferences on this device: the only code that touches localStorage.
 * Storage may be missing, disabled (Safari's private mode once threw on write), full, or hold
 * anything a previous version or another script wrote, so every access is guarded and what is
 * read is checked field by field: a bad field falls back to its default, never to a crash.
 */
import {
  DEFAULT_DISPLAY,
  isCalendarFirst,
  isDigits,
  type DisplayPrefs,
} from '../domain/displayPrefs.ts';

// public/shell-language.js reads it too, before the page paints (a non-default choice there
// means the prerendered view, in the default digits, is not shown).
export const DISPLAY_KEY = 'masar.display';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function deviceStorage(): Store | undefined {
  try {
    return window.localStorage;
  } catch {
    // Reading the property itself throws when storage is blocked for the site.
    return undefined;
  }
}

export function loadDisplay(store: Store | undefined = deviceStorage()): DisplayPrefs {
  try {
    const raw: unknown = JSON.parse(store?.getItem(DISPLAY_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_DISPLAY;
    const { digits, calendar } = raw as Record<string, unknown>;
    return {
      digits: isDigits(digits) ? digits : DEFAULT_DISPLAY.digits,
      calendar: isCalendarFirst(calendar) ? calendar : DEFAULT_DISPLAY.calendar,
    };
  } catch {
    return DEFAULT_DISPLAY;
  }
}

/** Whether it was saved; the choice applies for this visit either way. */
export function saveDisplay(
  prefs: DisplayPrefs,
  store: Store | undefined = deviceStorage(),
): boolean {
  try {
    store?.setItem(DISPLAY_KEY, JSON.stringify({ digits: prefs.digits, calendar: prefs.calendar }));
    return store !== undefined;
  } catch {
    return false;
  }
}
