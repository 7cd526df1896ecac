import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Content } from './bounds.ts';
import { readInOrder } from './readAhead.ts';
import { readDataFile } from './readDataDir.ts';

let root: string;
let files: string[];
const MAX = 64;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'masar-ahead-'));
  files = [];
  for (let i = 0; i < 40; i++) {
    const file = join(root, `e${String(i).padStart(2, '0')}.yaml`);
    // Arabic text of growing length: some files end up over the limit.
    writeFileSync(file, `id: e${i}\ntitle: ${'ح'.repeat(i % 25)}\n`.slice(0, MAX));
    files.push(file);
  }
  writeFileSync(join(root, 'big.yaml'), 'x'.repeat(MAX + 1));
  writeFileSync(join(root, 'exact.yaml'), 'y'.repeat(MAX));
  symlinkSync(files[0] as string, join(root, 'link.yaml'));
  mkdirSync(join(root, 'folder.yaml'));
  let fifo = false;
  try {
    execFileSync('mkfifo', [join(root, 'pipe.yaml')]);
    fifo = true;
  } catch {
    // No mkfifo (Windows): the other kinds still cover the refusals.
  }
  const odd = ['big', 'exact', 'link', 'folder', 'missing', ...(fifo ? ['pipe'] : [])];
  // The odd ones among the plain ones, so the thread meets them mid-stream and after a wrap.
  odd.forEach((name, k) => files.splice(3 + k * 7, 0, join(root, `${name}.yaml`)));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What each file gave, copied (the shared slots are reused), in the order `use` was called. */
async function collect(options: Parameters<typeof readInOrder>[3]): Promise<[number, unknown][]> {
  const seen: [number, unknown][] = [];
  const ahead = await readInOrder(
    files,
    MAX,
    (i, content) => seen.push([i, copy(content)]),
    options,
  );
  const plain = seen.filter(([, c]) => typeof c === 'string').length;
  // The thread read every plain file (none fell back), or, without it, none.
  expect(ahead).toBe(options?.noThread ? 0 : plain);
  return seen;
}

const copy = (content: Content): unknown =>
  content instanceof Uint8Array ? Buffer.from(content).toString('latin1') : content;

describe('readInOrder', () => {
  const expected = () => files.map((f, i): [number, unknown] => [i, copy(readDataFile(f, MAX))]);

  it('gives every file in order, as readDataFile does, refusals included', async () => {
    const want = expected();
    expect(want.filter(([, c]) => typeof c === 'object').length).toBeGreaterThanOrEqual(4);
    expect(await collect({})).toEqual(want);
  });

  it('gives the same through a ring of two slots, and through one', async () => {
    expect(await collect({ slots: 2 })).toEqual(expected());
    expect(await collect({ slots: 1 })).toEqual(expected());
  });

  it('gives the same without its thread (what happens when the thread cannot start)', async () => {
    expect(await collect({ noThread: true })).toEqual(expected());
  });

  it('stops the thread and passes the error on when using a file throws', async () => {
    let calls = 0;
    await expect(
      readInOrder(files, MAX, () => {
        if (++calls === 5) throw new Error('stop here');
      }),
    ).rejects.toThrow('stop here');
    expect(calls).toBe(5);
  });

  it('reads nothing for no files', async () => {
    await readInOrder([], MAX, () => {
      throw new Error('called');
    });
  });
});
