/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * a temporary file in the same folder (same file system, so rename is atomic) is renamed over
 * the target. On failure the temporary file is removed and the old file is untouched.
 */
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The temporary names writeFileAtomic uses: groups are the target's name and the writer's pid. */
export const TEMP_FILE = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** @returns false when the file already held exactly this content (nothing was written). */
export function writeFileAtomic(target: string, content: string | Uint8Array): boolean {
  if (holds(target, content)) return false;
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const temp = join(
    dir,
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temp, content, { flush: true });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return true;
}

// Leaving an unchanged file alone keeps its modification time, so watchers do not fire for nothing.
function holds(path: string, content: string | Uint8Array): boolean {
  return fileHolds(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
}

/** Bytes compared at a time; one buffer of this size serves every comparison. */
const COMPARE_BYTES = 256 * 1024;
let compareBuffer: Buffer | undefined;

/**
 * Whether the file holds exactly `content` (false when it cannot be read). Read and compared a
 * piece at a time into one buffer kept for the purpose: reading a whole index back to compare it
 * made a fresh copy of it each time (34 MB at 100,000 events), and fresh memory costs a page fault
 * per 4 kB, which on the development machine's virtual machine is ~15 µs each.
 */
export function fileHolds(path: string, content: Uint8Array): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    // The size check spares reading a large old file that cannot match.
    if (fstatSync(fd).size !== content.length) return false;
    const piece = (compareBuffer ??= Buffer.allocUnsafe(COMPARE_BYTES));
    const expected = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    for (let at = 0; at < content.length;) {
      const n = readSync(fd, piece, 0, Math.min(piece.length, content.length - at), at);
      if (n === 0 || !piece.subarray(0, n).equals(expected.subarray(at, at + n))) return false;
      at += n;
    }
    return true;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** The names in a folder, or none when it does not exist yet (the first compile). */
export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** A file's bytes, or null when it does not exist. */
export function readFileOrNull(path: string): Uint8Array | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Removes a file; one already gone (another compile removed it) is not an error. */
export function removeFile(path: string): void {
  rmSync(path, { force: true });
}
