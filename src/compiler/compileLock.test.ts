import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireCompileLock, CompileLockError, LOCK_FILE } from './compileLock.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'masar-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockPath = () => join(dir, LOCK_FILE);
const holder = (pid: number, host = hostname()) =>
  `${JSON.stringify({ pid, host, started: '2026-12-05T10:00:00.000Z', token: 'feedfacefeedface' })}\n`;

describe('acquireCompileLock', () => {
  it('writes who holds the lock and removes it on release', async () => {
    const release = await acquireCompileLock(dir);
    expect(JSON.parse(readFileSync(lockPath(), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    release();
    expect(existsSync(lockPath())).toBe(false);
  });

  it('makes a second compile wait until the first releases the folder', async () => {
    const releaseFirst = await acquireCompileLock(dir);
    let second = false;
    const waiting = acquireCompileLock(dir, { pollMs: 5 }).then((release) => {
      second = true;
      return release;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(second).toBe(false);
    releaseFirst();
    const releaseSecond = await waiting;
    expect(second).toBe(true);
    releaseSecond();
  });

  it('gives up after the wait with a message naming the process that holds it', async () => {
    writeFileSync(lockPath(), holder(4321));
    const attempt = acquireCompileLock(dir, { waitMs: 30, pollMs: 5, isAlive: () => true });
    await expect(attempt).rejects.toThrow(CompileLockError);
    await expect(attempt).rejects.toThrow(
      `${lockPath()} is held by process 4321 on ${hostname()}, started 2026-12-05T10:00:00.000Z`,
    );
    // The other compile's lock is not touched.
    expect(readFileSync(lockPath(), 'utf8')).toBe(holder(4321));
  });

  it('takes over the lock of a process that no longer runs', async () => {
    writeFileSync(lockPath(), holder(4321));
    const release = await acquireCompileLock(dir, { waitMs: 0, isAlive: (pid) => pid !== 4321 });
    expect(JSON.parse(readFileSync(lockPath(), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
    expect(existsSync(lockPath())).toBe(false);
  });

  it('never takes over a lock from another machine, whose processes it cannot see', async () => {
    writeFileSync(lockPath(), holder(4321, 'elsewhere'));
    await expect(acquireCompileLock(dir, { waitMs: 0, isAlive: () => false })).rejects.toThrow(
      /held by process 4321 on elsewhere/,
    );
  });

  it('on release leaves alone a lock that another compile has taken over', async () => {
    const release = await acquireCompileLock(dir);
    writeFileSync(lockPath(), holder(4321));
    release();
    expect(readFileSync(lockPath(), 'utf8')).toBe(holder(4321));
  });
});
