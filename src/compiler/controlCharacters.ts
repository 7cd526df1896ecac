/**
 * Invisible characters that can make an id look like another one or reorder the text around it
 * (the "Trojan Source" family): bidi embeddings, overrides and isolates, the directional marks,
 * and every other C0/C1 control.
 */
const NAMES: Record<number, string> = {
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x061c: 'ARABIC LETTER MARK',
};

// C0 (U+0000–U+001F), DEL, C1 (U+0080–U+009F), and the bidi controls named above.
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export function findControlCharacter(value: string): number | undefined {
  const m = CONTROL.exec(value);
  return m === null ? undefined : m[0].codePointAt(0);
}

export function codePointLabel(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp];
  return name === undefined ? `${hex} (a control character)` : `${hex} (${name})`;
}

/** The message for an id that hides a control character, or undefined when it has none. */
export function controlCharacterProblem(value: string): string | undefined {
  const cp = findControlCharacter(value);
  if (cp === undefined) return undefined;
  return `contains the invisible character ${codePointLabel(cp)}, which can disguise the id or the direction of text around it; delete it and retype the id`;
}
