/**
 * ViewState ⇄ query string ("?date=2026-02-04&actors=putin~xi&lang=en"). Pure: no DOM, so it
 * tests in Node. Parsing trusts nothing and never throws: whatever comes in, a valid state comes
 * out, with a report of what was ignored. Serialising trusts the state and writes only what
 * differs from the default, in the table's key order, so one view has one link.
 */
import { DEFAULT_VIEW } from '../domain/viewState.ts';
import type { ViewState } from '../domain/viewState.ts';
import type { Ignored, IgnoredReason } from './ignored.ts';
import { migrateEntry, MIGRATIONS, type Migration } from './migrations.ts';
import { MAX_QUERY_LENGTH, PARAMS } from './params.ts';
import type { KnownIds } from './params.ts';
import { queryEntries } from './queryEntries.ts';
import { displayValue, stripUnsafeChars } from './unsafeChars.ts';

export interface ParsedView {
  state: ViewState;
  ignored: Ignored[];
}

const KEYS = new Set(PARAMS.map((p) => p.key));
const ORDER = new Map(PARAMS.map((p, i) => [p.key, i]));

/** A fresh default state: callers may keep and change what they get. */
export function defaultView(): ViewState {
  return { ...DEFAULT_VIEW, actors: [], forums: [], types: [] };
}

/**
 * `search` is location.search (with or without the leading "?"). `known` is undefined while the
 * dataset loads: ids are then only checked for shape, and a second parse with the dataset's ids
 * decides. Unknown parameters (utm_source and friends) are ignored without a word; empty values
 * mean the default; a key given twice keeps its first value and reports the rest. `migrations`
 * is for tests: links are read with MIGRATIONS.
 */
export function parseViewState(
  search: string,
  known: KnownIds | undefined,
  migrations: readonly Migration[] = MIGRATIONS,
): ParsedView {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) {
    return {
      state: defaultView(),
      ignored: [{ param: '', value: displayValue(query), reason: 'too-long' }],
    };
  }

  const report = new Report();
  const values = new Map<string, string>();
  // Keys whose first value could not be decoded: that value is reported, and it still counts as
  // the first one, so a later repeat is a repeat as with any other bad value.
  const undecodable = new Set<string>();
  for (const entry of queryEntries(query)) {
    const [key, value] = migrateEntry(entry.key, entry.value ?? entry.raw, migrations);
    if (!KEYS.has(key) || value === '') continue;
    const shown = entry.value === undefined ? entry.raw : value;
    if (values.has(key) || undecodable.has(key)) report.add(key, shown, 'duplicate');
    else if (entry.value === undefined) {
      undecodable.add(key);
      report.add(key, entry.raw, 'bad-encoding');
    } else values.set(key, value);
  }

  let state = defaultView();
  for (const param of PARAMS) {
    const value = values.get(param.key);
    if (value === undefined) continue;
    if (value.length > param.maxLength) {
      report.add(param.key, value, 'too-long');
      continue;
    }
    const result = param.parse(value, known);
    if (result.kind === 'invalid') {
      report.add(param.key, value, result.reason);
      continue;
    }
    state = { ...state, ...result.value };
    for (const d of result.dropped) report.add(param.key, d.value, d.reason);
  }
  return { state, ignored: report.list() };
}

export function serialiseViewState(state: ViewState): string {
  const parts: string[] = [];
  for (const param of PARAMS) {
    const value = param.serialise(state);
    if (value !== undefined) parts.push(`${param.key}=${encodeValue(value)}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/**
 * Percent-encodes everything but the unreserved characters, so `~` and `..` stay readable while
 * Arabic text is written as UTF-8 escapes. Browsers show those decoded in the address bar anyway,
 * and an all-ASCII link survives chat apps, e-mail and bidi reordering intact; it is also exactly
 * what location.search gives back, so history.ts can tell when nothing changed.
 * `!'()*` are escaped too because the URL parser escapes `'` in queries and the others are
 * reserved in RFC 3986. Unsafe characters are dropped first: a lone surrogate would make
 * encodeURIComponent throw.
 */
function encodeValue(value: string): string {
  return encodeURIComponent(stripUnsafeChars(value)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Reports grouped by parameter and reason, so a hostile link yields a short notice. */
class Report {
  private readonly groups = new Map<
    string,
    { param: string; reason: IgnoredReason; values: string[] }
  >();

  add(param: string, value: string, reason: IgnoredReason): void {
    const id = `${param}\u0000${reason}`;
    const group = this.groups.get(id) ?? { param, reason, values: [] };
    this.groups.set(id, group);
    // The notice shows 40 characters; a few values are enough to fill them.
    if (group.values.length < 8) group.values.push(value.slice(0, 100));
  }

  list(): Ignored[] {
    // In the table's key order, like the link itself; a whole-query report ('') comes first.
    // Repeats come after the problems of the value that was used.
    const at = (g: { param: string; reason: IgnoredReason }) =>
      (ORDER.get(g.param) ?? -1) * 2 + (g.reason === 'duplicate' ? 1 : 0);
    return [...this.groups.values()]
      .sort((a, b) => at(a) - at(b))
      .map(({ param, reason, values }) => ({
        param,
        reason,
        value: displayValue(values.join('~')),
      }));
  }
}
