/**
 * What the notice tells a reader about the parts of their link that were not applied.
 * Reasons are codes, not sentences: the UI translates each one (i18n key `url.ignored.<code>`),
 * and a UI test can walk IGNORED_REASONS to check that every code has a translation.
 */

export const IGNORED_REASONS = [
  /** Longer than any value Masar writes (or, with param '', the whole query: nothing applied). */
  'too-long',
  'unknown-actor',
  'unknown-forum',
  'unknown-type',
  'unknown-event',
  /** Not a real calendar date (2026-13-45), or not the precision the parameter takes. */
  'invalid-date',
  /** Not `start..end`, or the end comes before the start. */
  'invalid-range',
  /** Anything else that is not one of the values the parameter accepts. */
  'invalid-value',
  /** A broken percent-escape (`%E0%A4%A`, a lone `%`): the value cannot be read as text. */
  'bad-encoding',
  /** The key appeared more than once; the first occurrence was used. */
  'duplicate',
] as const;

export type IgnoredReason = (typeof IGNORED_REASONS)[number];

export interface Ignored {
  /** The parameter's current key (after migrations), or '' when the whole query was ignored. */
  param: string;
  /**
   * What was dropped, safe to show as text: unsafe characters shown as U+FFFD, at most 40
   * characters plus "…". Several items dropped for the same reason are joined with `~`.
   */
  value: string;
  reason: IgnoredReason;
}
