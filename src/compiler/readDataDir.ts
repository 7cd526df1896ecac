/**
 * Finds and reads the YAML files under the data folder, paths spelt the way errors print them.
 * Other files (README.md, .gitkeep, editor backups) are not data and are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { InputFile } from './compile.ts';

export class DataDirError extends Error {}

export interface DataFile {
  /** As printed in messages: "data/events/2026/x.yaml" */
  path: string;
  /** Where it is on disk. */
  abs: string;
}

/**
 * @param dir the folder on disk
 * @param shownAs how paths should begin in messages (e.g. "data"), forward slashes
 */
export function listDataFiles(dir: string, shownAs: string): DataFile[] {
  const files: DataFile[] = [];
  const visit = (abs: string, shown: string) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new DataDirError(`data folder not found: ${shown}`);
      if (code === 'ENOTDIR') throw new DataDirError(`not a folder: ${shown}`);
      throw error;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      // Concatenation, not path.join: join normalises every path, which cost 0.2 s at 100,000 files.
      const childAbs = `${abs}/${entry.name}`;
      const childShown = `${shown}/${entry.name}`;
      if (entry.isDirectory()) visit(childAbs, childShown);
      else if (/\.ya?ml$/.test(entry.name)) files.push({ path: childShown, abs: childAbs });
    }
  };
  visit(dir, shownAs);
  return files;
}

/**
 * Where a file listed as `path` (under `shownAs`) is on disk under `dir`: listDataFiles builds
 * both spellings from the same names, so only the front differs. Cheaper to send to a worker
 * than 100,000 pairs.
 */
export function onDisk(dir: string, shownAs: string, path: string): string {
  return `${dir}${path.slice(shownAs.length)}`;
}

export function readDataDir(dir: string, shownAs: string): InputFile[] {
  return listDataFiles(dir, shownAs).map((f) => ({
    path: f.path,
    text: readFileSync(f.abs, 'utf8'),
  }));
}

/** "./data/" → "data", "C:\\x\\data" → "C:/x/data": the prefix every message path starts with. */
export function displayPath(dir: string): string {
  const forward = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return forward.startsWith('./') ? forward.slice(2) || '.' : forward || '.';
}
