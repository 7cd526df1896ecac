/**
 * Old links keep working: when a parameter is renamed or its format changes, add a row here
 * instead of breaking every link already shared. Rows apply in order, so a key renamed twice
 * needs a row per rename (a → b, then b → c) and old links still arrive at the newest key.
 */

export interface Migration {
  /** The key as old links carry it. */
  from: string;
  /** The key it became. */
  to: string;
  /** Rewrites an old value into the current format; the value is kept as is when omitted. */
  value?: (old: string) => string;
  /** Why and when, for the next person reading this list. */
  note: string;
}

/**
 * Every rename since links were first published, oldest first. None yet: the tests exercise the
 * mechanism with a list of their own (viewStateQuery.test.ts).
 */
export const MIGRATIONS: readonly Migration[] = [];

/** One query entry (decoded key and value) in the current format. */
export function migrateEntry(
  key: string,
  value: string,
  migrations: readonly Migration[] = MIGRATIONS,
): [string, string] {
  let k = key;
  let v = value;
  for (const m of migrations) {
    if (m.from !== k) continue;
    k = m.to;
    if (m.value) v = m.value(v);
  }
  return [k, v];
}
