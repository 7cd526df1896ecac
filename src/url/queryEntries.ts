/**
 * A query string split into its entries and decoded the way forms are (`+` is a space).
 *
 * Not URLSearchParams: it never fails, so a broken escape (`%E0%A4%A`, a `%` without two hex
 * digits after it) came out as U+FFFD and stray `%` signs, and a link turned silently into a
 * search for "�%A". Here such a value is reported as malformed, so the caller can drop it and
 * say so like any other bad value, showing the reader the escape as it was written.
 */
export interface QueryEntry {
  key: string;
  /** The decoded value; undefined when its percent-encoding is malformed. */
  value: string | undefined;
  /** The value as it stands in the link, still encoded: what a notice shows when it is malformed. */
  raw: string;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

/** `query` without its leading "?". Entries whose key cannot be decoded are no key of ours: skipped. */
export function queryEntries(query: string): QueryEntry[] {
  const entries: QueryEntry[] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const rawKey = at < 0 ? part : part.slice(0, at);
    const raw = at < 0 ? '' : part.slice(at + 1);
    const key = decode(rawKey);
    if (key === undefined) continue;
    entries.push({ key, value: decode(raw), raw });
  }
  return entries;
}
