/**
 * Finds where a field lives in a YAML file, so every error can name a line and column.
 * The fast path parses with js-yaml, which keeps no positions; only files that have errors are
 * parsed a second time here, with the `yaml` package, which does.
 */
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Diagnostic, FieldPath, Problem } from './diagnostic.ts';
import { formatField } from './diagnostic.ts';
import { LIMITS } from './bounds.ts';

export interface Position {
  line: number;
  col: number;
}

/** Which part of the field to point at. */
export type Anchor =
  /** The value itself (a wrong value). */
  | 'value'
  /** The key in its mapping (an unknown key), or the value for list items. */
  | 'key'
  /** The object that should have held the field (a missing field). */
  | 'parent';

const START: Position = { line: 1, col: 1 };

export interface Locator {
  locate(field: FieldPath, anchor: Anchor): Position;
}

export function locatorFor(text: string): Locator {
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    // Deep nesting that js-yaml read may still overflow `yaml`'s stack: the file's start will do.
    if (error instanceof RangeError) return { locate: () => START };
    throw error;
  }
  const at = (offset: number | undefined): Position =>
    offset === undefined ? START : lines.linePos(offset);

  // Walks as far down the path as the file goes; a file that js-yaml and `yaml` read differently
  // still gets the nearest enclosing position rather than none.
  function walk(field: FieldPath): { node: Node | null; pair: Pair | null; depth: number } {
    let node = (doc.contents as Node | null) ?? null;
    let pair: Pair | null = null;
    let depth = 0;
    for (const part of field) {
      if (isMap(node)) {
        const found = node.items.find((p) => keyOf(p) === String(part));
        if (!found) break;
        pair = found as Pair;
        node = (found.value as Node | null) ?? null;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Node | undefined;
        if (item === undefined) break;
        pair = null;
        node = item;
      } else break;
      depth++;
    }
    return { node, pair, depth };
  }

  return {
    locate(field, anchor) {
      const target = anchor === 'parent' ? field.slice(0, -1) : field;
      const { node, pair, depth } = walk(target);
      if (depth === target.length && anchor === 'key' && pair !== null) {
        return at((pair.key as Node | null)?.range?.[0]);
      }
      if (node?.range) return at(node.range[0]);
      // A key with an empty value (`title:`) has no value node: point at the key.
      if (pair !== null) return at((pair.key as Node | null)?.range?.[0]);
      return START;
    },
  };
}

function keyOf(pair: { key: unknown }): string | undefined {
  const key = pair.key as { value?: unknown } | null;
  if (key === null || typeof key !== 'object') return undefined;
  return key.value === undefined || key.value === null ? undefined : String(key.value);
}

/** Pins each problem of one file to its line and column. */
export function locateProblems(
  path: string,
  text: string,
  problems: readonly Problem[],
): Diagnostic[] {
  if (problems.length === 0) return [];
  const locator = locatorFor(text);
  // Each lookup walks the file's mappings: thousands of unknown keys would cost minutes, and
  // a list that long would bury the message that matters.
  const listed =
    problems.length > LIMITS.problemsPerFile + 1 ? LIMITS.problemsPerFile : problems.length;
  const out: Diagnostic[] = [];
  for (let i = 0; i < listed; i++) {
    const p = problems[i] as Problem;
    out.push({
      path,
      ...locator.locate(p.field, p.anchor),
      field: formatField(p.field),
      message: p.message,
    });
  }
  if (listed < problems.length)
    out.push({
      path,
      line: 1,
      col: 1,
      field: '',
      message: `${(problems.length - listed).toLocaleString('en-US')} more problems in this file are not listed (only the first ${listed} are); fix these and compile again`,
    });
  return out;
}
