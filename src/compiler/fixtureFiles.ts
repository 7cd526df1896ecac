/**
 * Test support: reads fixture folders as compiler input. An error case under fixtures/errors/
 * holds only the files it changes; they are laid over the valid corpus in fixtures/valid/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { InputFile } from './compile.ts';
import { readDataDir } from './readDataDir.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function validFiles(): InputFile[] {
  return readDataDir(join(FIXTURES, 'valid', 'data'), 'data');
}

/** The valid corpus with the case's files laid over it (same path → replaced). */
export function caseFiles(name: string): InputFile[] {
  return overlay(validFiles(), caseChanges(name));
}

/** Only the files an error case adds or replaces. */
export function caseChanges(name: string): InputFile[] {
  return readDataDir(join(FIXTURES, 'errors', name, 'data'), 'data');
}

export function overlay(base: readonly InputFile[], changes: readonly InputFile[]): InputFile[] {
  const byPath = new Map(base.map((f) => [f.path, f.text]));
  for (const f of changes) byPath.set(f.path, f.text);
  return [...byPath].map(([path, text]) => ({ path, text }));
}

/** The text of one file among `files`; fails the test loudly when the fixture lacks it. */
export function textOf(files: readonly InputFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (file === undefined) throw new Error(`fixture has no file ${path}`);
  return file.text;
}

export function expectedErrors(name: string): string[] {
  return readFileSync(join(FIXTURES, 'errors', name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}
