/**
 * A fast reader for the plain subset of YAML that data files use: block mappings and lists,
 * one-line flow mappings and lists (`{ ar: …, en: … }`, `[a, b]`), quoted and plain scalars, and
 * `|` / `>` block scalars. It takes a little over half js-yaml's time, which matters at 100,000
 * files (the measured figure and how to repeat it: README.md, "Two YAML readers").
 *
 * It never decides anything on its own: whenever a file uses anything outside the subset, or
 * anything it is not certain how js-yaml would read (anchors, tags, multi-line plain scalars,
 * numbers other than plain integers, duplicate keys, tabs, …), it returns undefined and the caller
 * falls back to js-yaml, which also words every syntax error. fastYaml.test.ts checks that any
 * value it does return equals js-yaml's (CORE_SCHEMA) for the same text.
 */

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

// What js-yaml refuses anywhere in a document (its PATTERN_NON_PRINTABLE), plus every surrogate
// (unpaired ones are refused; emoji are rare enough to leave to js-yaml): ruling these out once
// lets a quoted scalar without escapes be taken as the text between its quotes. One character
// class, because js-yaml's pattern with its lookaheads cost 3 µs a file.
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;

interface Line {
  indent: number;
  /** The line without its indentation. */
  text: string;
}

/** The parsed value, or undefined when the text is outside the subset (then use js-yaml). */
export function fastParseYaml(source: string): { value: unknown } | undefined {
  if (
    source.includes('\t') ||
    source.includes('\r') ||
    source.charCodeAt(0) === 0xfeff ||
    NON_PRINTABLE.test(source)
  )
    return undefined;
  const lines: Line[] = source.split('\n').map((raw) => {
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    return { indent, text: raw.slice(indent) };
  });
  try {
    const parser = new Parser(lines);
    parser.skipInsignificant();
    const first = parser.peek();
    if (first === undefined || first.indent !== 0) return undefined;
    const value = parser.block(0);
    parser.skipInsignificant();
    if (parser.peek() !== undefined) return undefined;
    return { value };
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

const isInsignificant = (line: Line) => line.text === '' || line.text.startsWith('#');
const isSequenceItem = (text: string) => text === '-' || text.startsWith('- ');

class Parser {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  peek(): Line | undefined {
    return this.lines[this.i];
  }

  skipInsignificant(): void {
    while (this.i < this.lines.length && isInsignificant(this.lines[this.i] as Line)) this.i++;
  }

  /** A mapping or a list whose lines start at exactly `indent`. */
  block(indent: number): unknown {
    const line = this.peek();
    if (line === undefined || line.indent !== indent) return giveUp();
    if (line.text.startsWith('---') || line.text.startsWith('...') || line.text.startsWith('%'))
      return giveUp();
    return isSequenceItem(line.text) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      this.skipInsignificant();
      const line = this.peek();
      if (line === undefined || line.indent < indent) return out;
      if (line.indent > indent || isSequenceItem(line.text)) return giveUp();
      const [key, rest] = blockKey(line.text);
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key)) return giveUp();
      this.i++;
      out[key] = this.valueAfterKey(rest, indent, true);
    }
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      this.skipInsignificant();
      const line = this.peek();
      if (line === undefined || line.indent < indent) return out;
      if (line.indent > indent || !isSequenceItem(line.text)) return giveUp();
      if (line.text === '-') {
        this.i++;
        this.skipInsignificant();
        const next = this.peek();
        if (next === undefined || next.indent <= indent) return giveUp();
        out.push(this.block(next.indent));
        continue;
      }
      // "- key: value" or "- - x": the item is a block starting on this line. Re-read the line
      // as if it began at the column after the dash.
      let offset = 1;
      while (line.text.charCodeAt(offset) === 32) offset++;
      const rest = line.text.slice(offset);
      if (startsBlockKey(rest) || isSequenceItem(rest)) {
        this.lines[this.i] = { indent: indent + offset, text: rest };
        out.push(this.block(indent + offset));
      } else {
        this.i++;
        out.push(this.valueAfterKey(rest, indent, false));
      }
    }
  }

  /** The value after `key:` (or after `- `) on a line at `indent`. */
  private valueAfterKey(rest: string, indent: number, inMapping: boolean): unknown {
    if (rest === '' || rest.startsWith('#')) {
      if (rest !== '') return giveUp();
      this.skipInsignificant();
      const next = this.peek();
      if (next === undefined || next.indent < indent) return null;
      // A list may sit at the same indentation as its key.
      if (next.indent === indent)
        return inMapping && isSequenceItem(next.text) ? this.sequence(indent) : null;
      return this.block(next.indent);
    }
    const first = rest[0];
    if (first === '|' || first === '>') return this.blockScalar(rest, indent);
    const value = inline(rest);
    // A more indented line after a one-line value would continue it (multi-line plain scalar).
    this.skipInsignificant();
    const next = this.peek();
    if (next !== undefined && next.indent > indent) return giveUp();
    return value;
  }

  private blockScalar(header: string, parentIndent: number): string {
    if (header !== '|' && header !== '|-' && header !== '>' && header !== '>-') return giveUp();
    const literal = header[0] === '|';
    const strip = header.endsWith('-');
    const start = this.i;
    const first = this.lines[start];
    if (first === undefined || first.text === '' || first.indent <= parentIndent) return giveUp();
    const n = first.indent;
    const body: string[] = [];
    let blanks = 0;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i] as Line;
      if (line.text === '') {
        // Only lines of spaces no deeper than the content are simple blanks.
        if (line.indent > n) return giveUp();
        blanks++;
        this.i++;
        continue;
      }
      if (line.indent < n) break;
      if (blanks > 0) {
        if (!literal) return giveUp();
        for (; blanks > 0; blanks--) body.push('');
      }
      if (line.indent > n && !literal) return giveUp();
      const content = ' '.repeat(line.indent - n) + line.text;
      if (content.endsWith(' ')) return giveUp();
      body.push(content);
      this.i++;
    }
    const next = this.peek();
    if (next !== undefined && next.indent > parentIndent && !isInsignificant(next)) return giveUp();
    const text = body.join(literal ? '\n' : ' ');
    return strip ? text : `${text}\n`;
  }
}

/** `key: rest` → [key, rest]; a quoted key is taken as written (YAML never resolves it). */
function blockKey(text: string): [string, string] {
  if (text[0] === '"' || text[0] === "'") {
    const [key, end] = quoted(text, 0);
    if (text[end] !== ':' || (end + 1 < text.length && text[end + 1] !== ' ')) return giveUp();
    return [key, text.slice(end + 1).trimStart()];
  }
  const colon = plainKeyEnd(text);
  if (colon === -1) return giveUp();
  let rest = colon + 1;
  while (text.charCodeAt(rest) === SPACE) rest++;
  return [text.slice(0, colon), text.slice(rest)];
}

function startsBlockKey(text: string): boolean {
  if (text[0] === '"' || text[0] === "'") {
    try {
      blockKey(text);
      return true;
    } catch (error) {
      if (error instanceof GiveUp) return false;
      throw error;
    }
  }
  return plainKeyEnd(text) !== -1;
}

const SPACE = 0x20;
/**
 * Where the colon after a plain block key is, or -1. A block key is a plain ASCII word starting
 * with a lowercase letter (js-yaml would turn `041:` into "41" and `Null:` into "null"), a colon,
 * then a space or the end of the line: /^([a-z_][A-Za-z0-9_-]*):(?: +|$)/, spelt out character by
 * character because that expression's match, and the strings made from it, were a tenth of this
 * reader's time.
 */
function plainKeyEnd(text: string): number {
  const first = text.charCodeAt(0);
  if (!((first >= 0x61 && first <= 0x7a) || first === 0x5f)) return -1; // [a-z_]
  let i = 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
    if (!word && c !== 0x5f && c !== 0x2d) break; // [A-Za-z0-9_-]
  }
  if (text.charCodeAt(i) !== 0x3a) return -1; // ':'
  return i + 1 === text.length || text.charCodeAt(i + 1) === SPACE ? i : -1;
}

/** A value written on one line: quoted, flow, or plain. */
function inline(rest: string): unknown {
  const first = rest[0];
  if (first === '"' || first === "'") {
    const [value, end] = quoted(rest, 0);
    if (!endsLine(rest, end)) return giveUp();
    return value;
  }
  if (first === '{' || first === '[') {
    const [value, end] = flow(rest, 0);
    if (!endsLine(rest, end)) return giveUp();
    return value;
  }
  return plain(stripComment(rest), false);
}

// Most values end the line: no slice, no expression.
const endsLine = (s: string, end: number) => end === s.length || /^ *(?: #.*)?$/.test(s.slice(end));

function stripComment(s: string): string {
  const hash = s.indexOf(' #');
  return (hash === -1 ? s : s.slice(0, hash)).trimEnd();
}

/** A quoted scalar starting at `at`; returns the value and the index after its closing quote. */
function quoted(s: string, at: number): [string, number] {
  const quote = s[at];
  if (quote === "'") {
    let out = '';
    let i = at + 1;
    for (;;) {
      const close = s.indexOf("'", i);
      if (close === -1) return giveUp();
      out += s.slice(i, close);
      if (s[close + 1] === "'") {
        out += "'";
        i = close + 2;
      } else return [out, close + 1];
    }
  }
  // indexOf rather than a loop over s[i]: each s[i] of Arabic text allocates a string, and at
  // 100,000 files that garbage was a large share of the compile.
  let i = at + 1;
  let escaped = false;
  for (;;) {
    const close = s.indexOf('"', i);
    if (close === -1) return giveUp();
    const backslash = s.indexOf('\\', i);
    if (backslash === -1 || backslash > close) {
      i = close;
      break;
    }
    // Only escapes that JSON reads the same way as YAML.
    if (!JSON_ESCAPES.includes(s.charAt(backslash + 1))) return giveUp();
    escaped = true;
    i = backslash + 2;
  }
  if (!escaped) return [s.slice(at + 1, i), i + 1];
  try {
    return [JSON.parse(s.slice(at, i + 1)) as string, i + 1];
  } catch {
    return giveUp();
  }
}

const JSON_ESCAPES = '"\\/bfnrtu';

/** A one-line flow collection starting at `at`; no nesting. */
function flow(s: string, at: number): [unknown, number] {
  const isMap = s[at] === '{';
  const close = isMap ? '}' : ']';
  const items: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = at + 1;
  // Loops written out, not a local `skipSpaces` closure: under tsx every named closure is made
  // with a property definition (its name), once per flow collection.
  while (s[i] === ' ') i++;
  if (s[i] === close) return [isMap ? map : items, i + 1];
  for (;;) {
    while (s[i] === ' ') i++;
    let key: string | undefined;
    if (isMap) {
      if (s[i] === '"' || s[i] === "'") {
        [key, i] = quoted(s, i);
        if (s[i] !== ':' || s[i + 1] !== ' ') return giveUp();
        i += 2;
      } else {
        const m = /^([a-z_][A-Za-z0-9_-]*): +/.exec(s.slice(i));
        if (m === null) return giveUp();
        key = m[1] as string;
        i += m[0].length;
      }
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) return giveUp();
      while (s[i] === ' ') i++;
    }
    let value: unknown;
    const c = s[i];
    if (c === '"' || c === "'") {
      [value, i] = quoted(s, i);
      while (s[i] === ' ') i++;
    } else {
      let end = i;
      while (end < s.length && !FLOW_INDICATORS.has(s.charCodeAt(end))) end++;
      const text = s.slice(i, end).trimEnd();
      if (text === '' || text.includes(' #') || text.includes(': ') || text.endsWith(':'))
        return giveUp();
      value = plain(text, true);
      i = end;
    }
    if (isMap) map[key as string] = value;
    else items.push(value);
    if (s[i] === ',') {
      i++;
      continue;
    }
    if (s[i] === close) return [isMap ? map : items, i + 1];
    return giveUp();
  }
}

const FLOW_INDICATORS = new Set([...',[]{}'].map((c) => c.charCodeAt(0)));

const NULLS = new Set(['null', 'Null', 'NULL', '~']);
const BOOLEANS: Record<string, boolean> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};
// Characters that start something other than a plain scalar, or that js-yaml refuses there.
const INDICATORS = new Set([
  '-',
  '?',
  ':',
  ',',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
]);

function plain(text: string, inFlow: boolean): unknown {
  if (text === '') return giveUp();
  if (text.includes(': ') || text.endsWith(':') || (inFlow && /[,[\]{}]/.test(text)))
    return giveUp();
  const c = text.charCodeAt(0);
  // The common case first: text that starts with a letter (any script) is a string unless it is
  // one of the null or boolean words.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127) {
    if (text.length <= 5) {
      if (NULLS.has(text)) return null;
      const bool = BOOLEANS[text];
      if (bool !== undefined) return bool;
    }
    return text;
  }
  if (INDICATORS.has(text[0] as string) || text === '~') return text === '~' ? null : giveUp();
  if (c >= 48 && c <= 57) {
    if (/^(?:0|[1-9][0-9]{0,14})$/.test(text)) return Number(text);
    // Dates such as 2026-02-04 and 2026-02 are text in the core schema; anything else that could
    // be a number (1e3, 0x1F, 1_000, 012) is left to js-yaml.
    if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(text)) return text;
    if (/^[0-9a-fA-FxXoObB_.eE+-]+$/.test(text)) return giveUp();
    return text;
  }
  // "+1", ".5", ".inf" and the like.
  if (c === 43 || c === 46) return giveUp();
  return text;
}
