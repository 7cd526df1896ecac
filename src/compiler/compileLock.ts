/**
 * One compile at a time per output folder. Two compiles writing the same folder (a dev-server
 * recompile during `npm run build`) each delete the other's chunks as unreferenced, so one of them
 * publishes an index whose chunks are gone. The lock is a file in the output folder, created with
 * O_EXCL so exactly one process can create it, holding who took it so that a lock left by a
 * killed compile can be recognised and taken over.
 */
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export const LOCK_FILE = '.compile.lock';

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the lock was taken, for the message a waiting compile prints. */
  started: string;
  /** Tells this holder from a later one with a reused pid, and guards the take-over. */
  token: string;
}

export interface LockOptions {
  /** How long to wait for another compile to finish before giving up (default 60 s). */
  waitMs?: number;
  pollMs?: number;
  /** Whether a process of this machine still runs; replaceable so tests need no real dead pid. */
  isAlive?: (pid: number) => boolean;
}

export class CompileLockError extends Error {}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock of `dir`, waiting while a live compile holds it.
 * @returns the function that releases it
 */
export async function acquireCompileLock(
  dir: string,
  options: LockOptions = {},
): Promise<() => void> {
  const waitMs = options.waitMs ?? 60_000;
  const pollMs = options.pollMs ?? 100;
  const isAlive = options.isAlive ?? processIsAlive;
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  mkdirSync(dir, { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryCreate(path, me)) return () => release(path, me.token);
    const raw = readText(path);
    if (raw === null) continue; // released between our attempt and the read: try again now
    const owner = parseOwner(raw);
    // A holder on another machine (a shared folder) cannot be checked, so it is never stale.
    const stale = owner === null ? false : owner.host === me.host && !isAlive(owner.pid);
    if (stale) {
      takeOver(path, raw);
      continue;
    }
    if (Date.now() >= deadline) throw new CompileLockError(busyMessage(path, owner, raw));
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

function tryCreate(path: string, me: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a dead holder's lock. Two compiles may find the same stale lock; unlinking by name
 * could then delete the lock the faster one has just created. So the lock is first moved to a
 * name of our own and checked: if it is not the stale one we read, it goes back.
 */
function takeOver(path: string, staleText: string): void {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone created a lock meanwhile: theirs stands.
    }
  }
  rmSync(aside, { force: true });
}

function release(path: string, token: string): void {
  // Only our own lock: if it was taken over (we looked dead), the new holder keeps it.
  if (parseOwner(readText(path) ?? '')?.token === token) rmSync(path, { force: true });
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseOwner(raw: string): LockOwner | null {
  try {
    const o = JSON.parse(raw) as Partial<LockOwner>;
    return typeof o.pid === 'number' && typeof o.host === 'string'
      ? { pid: o.pid, host: o.host, started: String(o.started), token: String(o.token) }
      : null;
  } catch {
    // Being written this instant (created, not yet filled), or damaged: treated as held.
    return null;
  }
}

function busyMessage(path: string, owner: LockOwner | null, raw: string): string {
  const who =
    owner === null
      ? `a lock file that does not say who holds it (${JSON.stringify(raw.slice(0, 80))})`
      : `process ${owner.pid} on ${owner.host}, started ${owner.started}`;
  return (
    `another compile is writing this folder: ${path} is held by ${who}. ` +
    `Wait for it to finish and run again; if no compile is running, delete ${path}.`
  );
}
