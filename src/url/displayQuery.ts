/**
 * The reader's display preferences (digits, calendar first) in a link. They are not part of the
 * view: the address bar never carries them while a reader browses (viewStateQuery ignores these
 * keys, so the canonical rewrite drops them), and only a link made to share (history.ts linkTo)
 * adds them, when they differ from the default. Opening such a link shows the page as the sharer
 * saw it; whether that is remembered is the app's decision (src/app/displayStore.ts).
 *
 * Same rules as the view's table (params.ts): first value wins and repeats are reported, a value
 * outside the few accepted is dropped with a reason the notice shows, an empty one means default.
 */
import { CALENDARS, DEFAULT_DISPLAY, DIGITS, type DisplayPrefs } from '../domain/displayPrefs.ts';
import type { Ignored } from './ignored.ts';
import { queryEntries } from './queryEntries.ts';
import { displayValue } from './unsafeChars.ts';

interface DisplayParam<K extends keyof DisplayPrefs> {
  field: K;
  key: string;
  values: readonly DisplayPrefs[K][];
}

/** In link order, after the view's keys. */
const DISPLAY_PARAMS = [
  { field: 'digits', key: 'digits', values: DIGITS } satisfies DisplayParam<'digits'>,
  { field: 'calendar', key: 'cal', values: CALENDARS } satisfies DisplayParam<'calendar'>,
] as const;

export const DISPLAY_KEYS: readonly string[] = DISPLAY_PARAMS.map((p) => p.key);

export interface ParsedDisplay {
  /** Only what the link set: the rest is the reader's own choice. */
  prefs: Partial<DisplayPrefs>;
  ignored: Ignored[];
}

export function parseDisplayQuery(search: string): ParsedDisplay {
  const entries = queryEntries(search.startsWith('?') ? search.slice(1) : search);
  const prefs: Partial<DisplayPrefs> = {};
  const ignored: Ignored[] = [];
  for (const param of DISPLAY_PARAMS) {
    const [first, ...repeats] = entries.filter((e) => e.key === param.key && e.raw !== '');
    if (first === undefined) continue;
    const found = (param.values as readonly string[]).find((v) => v === first.value);
    if (first.value === undefined) {
      ignored.push({ param: param.key, value: displayValue(first.raw), reason: 'bad-encoding' });
    } else if (found === undefined) {
      ignored.push({ param: param.key, value: displayValue(first.value), reason: 'invalid-value' });
    } else {
      Object.assign(prefs, { [param.field]: found });
    }
    if (repeats.length > 0) {
      ignored.push({
        param: param.key,
        value: displayValue(repeats.map((e) => e.value ?? e.raw).join('~')),
        reason: 'duplicate',
      });
    }
  }
  return { prefs, ignored };
}

/** `digits=arab&cal=hijri`, only what differs from the default; '' when nothing does. */
export function serialiseDisplay(prefs: DisplayPrefs): string {
  return DISPLAY_PARAMS.filter((p) => prefs[p.field] !== DEFAULT_DISPLAY[p.field])
    .map((p) => `${p.key}=${prefs[p.field]}`)
    .join('&');
}
