/**
 * Finds and reads the YAML files under the data folder, paths spelt the way errors print them.
 * Other files (README.md, .gitkeep, editor backups) are not data and are skipped.
 *
 * Only regular files inside the folder are read. A symbolic link is never followed, whatever it
 * points at: a link to a valid event outside the repository would publish a file nobody reviews,
 * a link to /etc/passwd or a .npmrc would print it in error messages, and a loop or a dangling link
 * used to end in a stack trace. Each link is reported by its own path instead, and its target is
 * never opened. (The data folder itself may be a link: it is what the user named.)
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import type { InputFile } from './compile.ts';
import type { Refused } from './bounds.ts';
import { LIMITS, tooLargeMessage } from './bounds.ts';

export class DataDirError extends Error {}

export interface DataFile {
  /** As printed in messages: "data/events/2026/x.yaml"; on disk at onDisk(dir, shownAs, path). */
  path: string;
  /** Why it is not read (a symbolic link, a device): reported at the path, the file left alone. */
  refused?: string;
}

export const LINK_REFUSED =
  'is a symbolic link; the compiler reads only regular files inside the data folder and never follows links: put the file (or folder) itself here';
export const SPECIAL_REFUSED =
  'is not a regular file (a device, pipe or socket); the data folder may only hold files and folders';

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
      if (code === 'ELOOP') throw new DataDirError(`a symbolic link that loops: ${shown}`);
      throw error;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      // Concatenation, not path.join: join normalises every path, which cost 0.2 s at 100,000
      // files. The path on disk is made only for a folder: onDisk() makes a file's when it is read.
      const childShown = `${shown}/${name}`;
      // Dirent types come from readdir itself (lstat's view): no extra system call per file.
      if (entry.isSymbolicLink()) files.push({ path: childShown, refused: LINK_REFUSED });
      else if (entry.isDirectory()) visit(`${abs}/${name}`, childShown);
      else if (!entry.isFile()) files.push({ path: childShown, refused: SPECIAL_REFUSED });
      else if (name.endsWith('.yaml') || name.endsWith('.yml')) files.push({ path: childShown });
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

// O_NOFOLLOW: a file swapped for a link after listing is still not followed. O_NONBLOCK: a pipe
// swapped in does not hang the open. Neither exists on Windows, where 0 leaves them out.
export const OPEN_FLAGS =
  constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * A data file's bytes, or why it is not read: not a regular file, or over `maxBytes`, which is
 * measured before a byte is read (a 50 MB file costs one fstat, not 50 MB of memory). The same
 * system calls readFileSync makes: open, fstat, read, close.
 */
export function readDataFile(abs: string, maxBytes: number): Uint8Array | Refused {
  let fd: number;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { refused: LINK_REFUSED };
    if (code === 'ENOENT') return { refused: 'was removed while the data was being compiled' };
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refused: SPECIAL_REFUSED };
    if (stat.size > maxBytes) return { refused: tooLargeMessage(stat.size, maxBytes) };
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, null);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Every data file as the compiler's input: bytes for the compiler to check, or the refusal. */
export function readDataDir(dir: string, shownAs: string): InputFile[] {
  return listDataFiles(dir, shownAs).map((f): InputFile => {
    if (f.refused !== undefined) return { path: f.path, text: '', refused: f.refused };
    const isEvent = f.path.startsWith(`${shownAs}/events/`);
    return {
      path: f.path,
      text: readDataFile(
        onDisk(dir, shownAs, f.path),
        isEvent ? LIMITS.eventFileBytes : LIMITS.listFileBytes,
      ),
    };
  });
}

/** "./data/" → "data", "C:\\x\\data" → "C:/x/data": the prefix every message path starts with. */
export function displayPath(dir: string): string {
  const forward = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return forward.startsWith('./') ? forward.slice(2) || '.' : forward || '.';
}
