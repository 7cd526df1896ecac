/**
 * Characters a link may smuggle in that must never reach the page as text: C0/C1 controls, line
 * and paragraph separators, lone surrogates, and the bidi controls that can make Arabic and Latin
 * text read in a different order than it is stored (Trojan Source style spoofing).
 * Zero-width joiners (U+200C, U+200D) are kept: Arabic-script typing uses them legitimately.
 */
// Without the `u` flag on purpose: it works on UTF-16 code units, so it can see lone surrogates.
const UNSAFE_UNITS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Free text a reader typed: unsafe characters removed, nothing else changed. */
export function stripUnsafeChars(text: string): string {
  return text.replace(UNSAFE_UNITS, '');
}

const SHOWN_LENGTH = 40;

/**
 * A rejected value as the notice may show it: unsafe characters made visible as U+FFFD (so a
 * hidden bidi trick shows up as something rather than nothing), at most 40 characters plus "…",
 * never cutting a surrogate pair in half. Still text: the UI renders it with textContent in <bdi>.
 */
export function displayValue(value: string): string {
  const visible = value.replace(UNSAFE_UNITS, '\ufffd');
  // Enough UTF-16 units for one character more than is shown, even if all are astral.
  const chars = Array.from(visible.slice(0, (SHOWN_LENGTH + 1) * 2)).slice(0, SHOWN_LENGTH + 1);
  return chars.length > SHOWN_LENGTH ? `${chars.slice(0, SHOWN_LENGTH).join('')}…` : chars.join('');
}
