/**
 * The compiler's defences against input that is hostile or broken rather than mistaken: files too
 * large to parse, bytes that are not UTF-8, YAML aliases that multiply one value into gigabytes,
 * nesting deep enough to overflow the stack, and invisible characters that reorder text. Every
 * bound turns what used to be a crash, an out-of-memory or a silently published file into one
 * located message. The limits are far above the curated data (its largest event file is 6 KB,
 * actors.yaml 23 KB) and are listed for curators in data/README.md ("Limits").
 */
import { isUtf8 } from 'node:buffer';
import type { Diagnostic, FieldPath, Problem } from './diagnostic.ts';
import { codePointLabel } from './controlCharacters.ts';

export const LIMITS = {
  /** Bytes in one event file: 40 times the largest curated one. */
  eventFileBytes: 256 * 1024,
  /** Bytes in one list file (actors.yaml, places.yaml, …): 40 times today's actors.yaml. */
  listFileBytes: 1024 * 1024,
  /** Event files in the data folder: twice the largest corpus the benchmarks compile. */
  events: 250_000,
  /** Alias uses (`*name`) in one file: curated files use none. */
  aliases: 100,
  /** Levels of nesting: the data goes five deep (actors → terms → term → role → en). */
  depth: 20,
  /** Problems listed for one file; the rest are counted. A file with more is not a typo. */
  problemsPerFile: 100,
  /** Characters of any input quoted in a message. */
  quote: 80,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

/** Why a file was not read at all (a link, a device, over the size limit): the message. */
export interface Refused {
  refused: string;
}

/** A file's contents as read: bytes (checked here), text a test or generator made, or a refusal. */
export type Content = string | Uint8Array | Refused;

export type Decoded = { ok: true; text: string } | { ok: false; error: Diagnostic };

/**
 * The file as text, or why it cannot be read: larger than `maxBytes` (checked before anything
 * else looks at it) or not UTF-8 (located at the first bad byte, so a curator can find it).
 */
export function decode(path: string, content: Content, maxBytes: number): Decoded {
  if (typeof content === 'object' && 'refused' in content)
    return { ok: false, error: fileError(path, content.refused) };
  // A string's UTF-8 size is at most 3 bytes per code unit: measure only when it could be over.
  const size =
    typeof content !== 'string'
      ? content.length
      : content.length * 3 > maxBytes
        ? Buffer.byteLength(content)
        : 0;
  if (size > maxBytes)
    return { ok: false, error: fileError(path, tooLargeMessage(size, maxBytes)) };
  if (typeof content === 'string') return { ok: true, text: content };
  // A view, not Buffer.from(content), which copies every file once more.
  if (isUtf8(content))
    return {
      ok: true,
      text: Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8'),
    };
  return { ok: false, error: utf8Error(path, content) };
}

export function tooLargeMessage(size: number, maxBytes: number): string {
  return `the file is ${count(size)} bytes, more than the limit of ${count(maxBytes)} bytes for this kind of file (see data/README.md, "Limits"); a data file this large is not hand-written: split it or remove what was pasted in`;
}

export function fileError(path: string, message: string): Diagnostic {
  return { path, line: 1, col: 1, field: '', message };
}

function utf8Error(path: string, bytes: Uint8Array): Diagnostic {
  const bad = firstInvalidUtf8(bytes);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < bad; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  // The line up to the bad byte is valid UTF-8, so its characters can be counted.
  const before = Buffer.from(bytes.subarray(lineStart, bad)).toString('utf8');
  const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    path,
    line,
    col: [...before].length + 1,
    field: '',
    message: `the file is not valid UTF-8 (byte 0x${hex} here cannot be read as text); save it as UTF-8 and retype what is garbled around this place`,
  };
}

/** Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead bytes, and the range of the second byte that rules out overlong forms and surrogates.
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}

// What text fields refuse. Bidi embeddings, overrides and isolates reorder everything up to the
// end of the paragraph, so U+202E before "gnaw" shows it as "wang" (the "Trojan Source" trick); C0 and C1
// controls other than tab and line breaks are invisible and mean nothing in text. The marks
// U+200E, U+200F and U+061C are allowed in text: they only steer the direction of the
// neutral characters beside them (the full stop after an English name in Arabic), which mixed
// Arabic and Latin text legitimately needs, and they cannot reverse a run of letters. Ids refuse
// them (controlCharacters.ts), and so do addresses, where no text direction applies.
/* eslint-disable no-control-regex -- finding control characters is the point */
const TEXT_CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const URL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Either of the above, outside the tab and line breaks any YAML file has.
const ANY_CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/* eslint-enable no-control-regex */

/**
 * Whether any string in the parsed file could hold a character TEXT_CONTROL or URL_CONTROL
 * finds: either the text has one, or an escape (`"\u202e"`) could make one.
 */
function mayHideControls(text: string): boolean {
  return text.includes('\\') || ANY_CONTROL.test(text);
}

export interface Inspection {
  /** A problem that makes the parsed value unsafe to check further (reported alone). */
  fatal?: Problem;
  /** Invisible characters found in texts: reported with the file's other problems. */
  problems: Problem[];
}

/**
 * Walks the parsed file once, before the schema does: counts alias uses, the size of the value
 * with every alias written out (what the JSON would hold), and depth, stopping at the first limit
 * crossed, so neither the schema nor the JSON ever sees a value that expands beyond what a file
 * of the allowed size could hold. Checks texts for control characters on the way.
 */
export function inspect(value: unknown, text: string, maxChars: number): Inspection {
  const problems: Problem[] = [];
  // Anchors (&name) are the only way one value can appear twice; without them nothing repeats.
  const seen = text.includes('&') ? new Set<object>() : undefined;
  const controls = mayHideControls(text);
  let aliases = 0;
  let size = 0;
  // `copy`: inside a value met before, whose own aliases were counted the first time.
  const stack: { v: unknown; field: FieldPath; copy: boolean }[] = [
    { v: value, field: [], copy: false },
  ];
  while (stack.length > 0) {
    const { v, field, copy: inCopy } = stack.pop() as (typeof stack)[number];
    if (typeof v === 'string') {
      size += v.length;
      if (controls) {
        const problem = controlProblem(v, field);
        if (problem !== undefined) problems.push(problem);
      }
    } else size++;
    if (size > maxChars)
      return {
        problems,
        fatal: {
          field,
          anchor: 'value',
          message: `with its aliases (*name) written out, the file holds more than ${count(maxChars)} characters, the limit for this kind of file (see data/README.md, "Limits"); write repeated parts out once each`,
        },
      };
    if (typeof v !== 'object' || v === null) continue;
    if (field.length >= LIMITS.depth)
      return {
        problems,
        fatal: {
          field,
          anchor: 'value',
          message: `nests more than ${LIMITS.depth} levels deep, the limit (see data/README.md, "Limits"); data files go five levels deep at most`,
        },
      };
    const copy = inCopy || (seen?.has(v) ?? false);
    if (seen !== undefined) {
      if (copy && !inCopy && ++aliases > LIMITS.aliases)
        return {
          problems,
          fatal: {
            field,
            anchor: 'value',
            message: `the file uses more than ${LIMITS.aliases} aliases (*name), the limit (see data/README.md, "Limits"); write repeated parts out instead`,
          },
        };
      seen.add(v);
    }
    // Pushed in reverse so fields are visited, and problems found, in the file's order.
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], field: [...field, i], copy });
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        size += key.length;
        stack.push({ v: (v as Record<string, unknown>)[key], field: [...field, key], copy });
      }
    }
  }
  return { problems };
}

/**
 * The inspection's problems at fields the schema has not already reported: an id with a control
 * character fails its pattern, and the schema's message for it says more.
 */
export function addInspected(problems: Problem[], inspected: readonly Problem[]): void {
  if (inspected.length === 0) return;
  const reported = new Set(problems.map((p) => p.field.join('\u0000')));
  for (const p of inspected) if (!reported.has(p.field.join('\u0000'))) problems.push(p);
}

function controlProblem(value: string, field: FieldPath): Problem | undefined {
  const isUrl = field[field.length - 1] === 'url';
  const m = (isUrl ? URL_CONTROL : TEXT_CONTROL).exec(value);
  if (m === null) return undefined;
  const label = codePointLabel(m[0].codePointAt(0) as number);
  return {
    field,
    anchor: 'value',
    message: isUrl
      ? `contains the invisible character ${label}, which can disguise where the link leads; delete it and copy the address again`
      : `contains the invisible character ${label}, which can change how the text around it is shown (reversing a word, for one); delete it`,
  };
}

/**
 * `"value"` for a message: at most LIMITS.quote characters (then an ellipsis), with control and
 * bidi characters escaped, so no input can flood the terminal, leak a whole file, or reorder the
 * message around it.
 */
export function quote(value: string): string {
  // Cut by code units first: spreading a 50 MB string into characters would cost gigabytes.
  const chars = [...value.slice(0, LIMITS.quote * 2)];
  const cut =
    chars.length > LIMITS.quote || value.length > LIMITS.quote * 2
      ? `${chars.slice(0, LIMITS.quote).join('')}…`
      : value;
  return `"${escapeControls(cut)}"`;
}

/** Control, bidi and mark characters written as \u{…}, for anything printed. */
export function escapeControls(value: string): string {
  return value.replace(
    ANY_CONTROL_OR_LINE_BREAK,
    (c) => `\\u{${(c.codePointAt(0) as number).toString(16).toUpperCase()}}`,
  );
}
const ANY_CONTROL_OR_LINE_BREAK =
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
