/**
 * Reads every YAML file under the data folder into memory, paths spelt the way errors print them.
 * Other files (README.md, .gitkeep, editor backups) are not data and are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from './compile.ts';

export class DataDirError extends Error {}

/**
 * @param dir the folder on disk
 * @param shownAs how paths should begin in messages (e.g. "data"), forward slashes
 */
export function readDataDir(dir: string, shownAs: string): InputFile[] {
  const files: InputFile[] = [];
  const visit = (abs: string, shown: string) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new DataDirError(`data folder not found: ${shown}`);
      throw error;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const childAbs = join(abs, entry.name);
      const childShown = `${shown}/${entry.name}`;
      if (entry.isDirectory()) visit(childAbs, childShown);
      else if (/\.ya?ml$/.test(entry.name))
        files.push({ path: childShown, text: readFileSync(childAbs, 'utf8') });
    }
  };
  visit(dir, shownAs);
  return files;
}

/** "./data/" → "data", "C:\\x\\data" → "C:/x/data": the prefix every message path starts with. */
export function displayPath(dir: string): string {
  const forward = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return forward.startsWith('./') ? forward.slice(2) || '.' : forward || '.';
}
