/**
 * Test support: reads fixture folders as compiler input. An error case under fixtures/errors/
 * holds only the files it changes; they are laid over the valid corpus in fixtures/valid/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { InputFile, TextFile } from './compile.ts';
import { readDataDir } from './readDataDir.ts';

/** A fixture file: text, or bytes when it is not UTF-8 (the compiler's input either way). */
export interface FixtureFile {
  path: string;
  text: string | Uint8Array;
}

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function validFiles(): TextFile[] {
  return readText(join(FIXTURES, 'valid', 'data'), 'data');
}

/** A data folder that is all UTF-8, as text (readDataDir gives bytes, for the compiler to check). */
export function readText(dir: string, shownAs: string): TextFile[] {
  return readDataDir(dir, shownAs).map((f) => ({ path: f.path, text: textOf([f], f.path) }));
}

/** The valid corpus with the case's files laid over it (same path → replaced). */
export function caseFiles(name: string): FixtureFile[] {
  return overlay(validFiles(), caseChanges(name));
}

/**
 * Only the files an error case adds or replaces: as text, except a file that is not UTF-8 (the
 * invalid-utf8 case), which stays bytes for the compiler to refuse.
 */
export function caseChanges(name: string): FixtureFile[] {
  return asText(readDataDir(join(FIXTURES, 'errors', name, 'data'), 'data'));
}

function asText(files: readonly InputFile[]): FixtureFile[] {
  return files.map((f) => {
    if (typeof f.text === 'string') return { path: f.path, text: f.text };
    if (!(f.text instanceof Uint8Array)) throw new Error(`fixture ${f.path} was not read`);
    return { path: f.path, text: isUtf8(f.text) ? Buffer.from(f.text).toString('utf8') : f.text };
  });
}

export function overlay(
  base: readonly FixtureFile[],
  changes: readonly FixtureFile[],
): FixtureFile[] {
  const byPath = new Map(base.map((f) => [f.path, f]));
  for (const f of changes) byPath.set(f.path, f);
  return [...byPath.values()];
}

/** The text of one file among `files`; fails the test loudly when the fixture lacks it. */
export function textOf(files: readonly InputFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (file === undefined) throw new Error(`fixture has no file ${path}`);
  if (typeof file.text === 'string') return file.text;
  if (!(file.text instanceof Uint8Array) || !isUtf8(file.text))
    throw new Error(`fixture ${path} is not UTF-8 text`);
  return Buffer.from(file.text).toString('utf8');
}

export function expectedErrors(name: string): string[] {
  return readFileSync(join(FIXTURES, 'errors', name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}
