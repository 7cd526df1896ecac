/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * a temporary file in the same folder (same file system, so rename is atomic) is renamed over
 * the target. On failure the temporary file is removed and the old file is untouched.
 */
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
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
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    // The size check spares reading a large old file that cannot match.
    if (statSync(path).size !== bytes.length) return false;
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
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
