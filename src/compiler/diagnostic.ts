/**
 * What the compiler says when something is wrong: one problem, pinned to a place in a file.
 * Locations are 1-based like every editor's; `field` is a path such as `actors[1]` or
 * `sources[0].url` (empty when the problem belongs to the whole file).
 */

import { escapeControls, quote } from './bounds.ts';

/** A path into a parsed YAML value: object keys and list indices. */
export type FieldPath = readonly (string | number)[];

export interface Diagnostic {
  /** Relative to the repository, forward slashes: data/events/2026/x.yaml */
  path: string;
  line: number;
  col: number;
  field: string;
  message: string;
}

/** `sources[0].url`: how a curator would point at the value in the file. */
export function formatField(field: FieldPath): string {
  let out = '';
  for (const part of field) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      // A key is input too (an unknown field): as capped and escaped as any quoted value.
      const key = quote(part).slice(1, -1);
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

/** `data/x.yaml:7:5 actors[1]: unknown actor "wang-yii"`, the shape editors and terminals link. */
export function formatDiagnostic(d: Diagnostic): string {
  // File names are input too: a bidi character in one must not reorder the line.
  const where = `${escapeControls(d.path)}:${d.line}:${d.col}`;
  return d.field === '' ? `${where}: ${d.message}` : `${where} ${d.field}: ${d.message}`;
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Ordered by file, then position, so the report reads top to bottom like the files do. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compare(a.path, b.path) ||
    compare(a.line, b.line) ||
    compare(a.col, b.col) ||
    compare(a.field, b.field) ||
    compare(a.message, b.message)
  );
}

/** A problem found in one file before it is located: the file's locator turns it into a Diagnostic. */
export interface Problem {
  field: FieldPath;
  message: string;
  /** value: the wrong value; key: an unwanted key; parent: where a missing field belongs. */
  anchor: 'value' | 'key' | 'parent';
}
