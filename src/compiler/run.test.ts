import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFiles, validFiles } from './fixtureFiles.ts';
import { compile } from './compile.ts';
import type { DetailsOptions } from './compile.ts';
import { synthesise } from './synth.ts';
import { readDataDir } from './readDataDir.ts';
import { runCompile } from './run.ts';
import type { RunDeps } from './run.ts';
import {
  fileHolds,
  listFiles,
  readFileOrNull,
  removeFile,
  writeFileAtomic,
} from './writeAtomic.ts';
import type { FixtureFile } from './fixtureFiles.ts';
import { acquireCompileLock } from './compileLock.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'masar-run-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const REPO = fileURLToPath(new URL('../..', import.meta.url));

function writeData(files: readonly FixtureFile[], under = ''): string {
  const dir = join(root, under, 'data');
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const target = join(root, under, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.text);
  }
  return dir;
}

// Process ids the tests treat as the ids of killed compiles.
const DEAD = new Set([4_000_001, 4_000_002]);

// A frozen clock: 42 ms pass between the two readings.
function deps(details: DetailsOptions = {}): RunDeps {
  let t = 1000;
  return {
    compileData: (dir) => compile(readDataDir(join(root, dir), dir), { dataDir: dir, ...details }),
    writeFile: (path, content) => writeFileAtomic(join(root, path), content),
    listFiles: (dir) => listFiles(join(root, dir)),
    removeFile: (path) => removeFile(join(root, path)),
    readFile: (path) => readFileOrNull(join(root, path)),
    holds: (path, content) => fileHolds(join(root, path), content),
    lock: (dir) => acquireCompileLock(join(root, dir), { waitMs: 0 }),
    isAlive: (pid) => !DEAD.has(pid),
    now: () => (t += 21),
  };
}

const out = 'public/data/events.json';
const outPath = () => join(root, out);

describe('runCompile', () => {
  it('writes the JSON and prints one summary line', async () => {
    writeData(validFiles());
    const outcome = await runCompile({ dataDir: 'data', outFile: out, check: false }, deps());
    expect(outcome).toEqual({
      ok: true,
      summary: 'compiled 4 events, 4 actors, 2 forums in 21 ms → public/data/events.json',
      wrote: true,
    });
    expect(JSON.parse(readFileSync(outPath(), 'utf8'))).toHaveProperty('format', 2);
  });

  it('on any error leaves the previous output byte-identical and no temporary file behind', async () => {
    writeData(validFiles());
    await runCompile({ dataDir: 'data', outFile: out, check: false }, deps());
    const before = readFileSync(outPath());

    writeData(caseFiles('yaml-syntax'));
    const outcome = await runCompile({ dataDir: 'data', outFile: out, check: false }, deps());
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.summary).toBe('1 error in 1 file; public/data/events.json was left as it was');
    expect(readFileSync(outPath()).equals(before)).toBe(true);
    expect(readdirSync(dirname(outPath()))).toEqual(['events.json']);
  });

  it('--check validates without writing anything', async () => {
    writeData(validFiles());
    const outcome = await runCompile({ dataDir: 'data', outFile: out, check: true }, deps());
    expect(outcome).toEqual({
      ok: true,
      summary: 'checked 4 events, 4 actors, 2 forums in 21 ms: no errors',
      wrote: false,
    });
    expect(() => readFileSync(outPath())).toThrow(/ENOENT/);
  });

  it('says so when the output was already up to date', async () => {
    writeData(validFiles());
    await runCompile({ dataDir: 'data', outFile: out, check: false }, deps());
    const again = await runCompile({ dataDir: 'data', outFile: out, check: false }, deps());
    expect(again).toMatchObject({ ok: true, wrote: false });
    expect(again.ok && again.summary.endsWith('(unchanged)')).toBe(true);
  });
});

describe('runCompile with detail chunks', () => {
  // Five events, details out of the index above 2 events, 2 per chunk: 3 chunks.
  const corpus = (seed: number) =>
    synthesise({ events: 5, seed }).map((f) => ({ ...f, path: `data/${f.path}` }));
  const small = { detailsInlineLimit: 2, detailsChunkSize: 2 };
  const run = (check = false) => runCompile({ dataDir: 'data', outFile: out, check }, deps(small));
  const outDir = () => dirname(outPath());
  const snapshot = () =>
    new Map(readdirSync(outDir()).map((name) => [name, readFileSync(join(outDir(), name))]));
  const chunkNames = () => readdirSync(outDir()).filter((n) => n.startsWith('events-'));
  const broken = { path: 'data/events/2026/broken.yaml', text: 'id: [\n' };

  it('writes every chunk beside the index and says how many', async () => {
    writeData(corpus(1));
    const outcome = await run();
    expect(outcome).toEqual({
      ok: true,
      summary:
        'compiled 5 events, 40 actors, 8 forums in 21 ms → public/data/events.json (+3 detail chunks)',
      wrote: true,
    });
    const index = JSON.parse(readFileSync(outPath(), 'utf8')) as { details: { files: string[] } };
    expect(chunkNames()).toEqual([...index.details.files].sort());
    expect(chunkNames()).toHaveLength(3);
    expect(await run()).toMatchObject({ ok: true, wrote: false });
  });

  it('on an error leaves the index and every chunk byte-identical, stale ones included', async () => {
    writeData(corpus(1));
    await run();
    // A chunk of some older version, which a successful compile would remove.
    writeFileSync(join(outDir(), 'events-0123456789abcdef-0.json'), '{}\n');
    const before = snapshot();
    writeData([...corpus(2), broken]);
    expect((await run()).ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('removes the previous version’s chunks only after a successful write', async () => {
    writeData(corpus(1));
    await run();
    const first = chunkNames();
    writeFileSync(join(outDir(), 'notes.json'), 'not a chunk\n');
    writeData(corpus(2));
    expect(await run()).toMatchObject({ ok: true, wrote: true });
    const second = chunkNames();
    expect(second).toHaveLength(3);
    expect(second.some((n) => first.includes(n))).toBe(false);
    expect(readdirSync(outDir()).sort()).toEqual(['events.json', ...second, 'notes.json'].sort());
    // Back to inline (limit not reached): no chunk is referenced, so none is left.
    await runCompile({ dataDir: 'data', outFile: out, check: false }, deps());
    expect(readdirSync(outDir()).sort()).toEqual(['events.json', 'notes.json']);
  });

  it('lets no other compile into the folder while it writes, and names itself to it', async () => {
    writeData(corpus(1));
    const otherData = writeData(corpus(2), 'other');
    const d = deps(small);
    let other: SpawnSyncReturns<string> | undefined;
    // Right after this compile's first chunk, another compile of other data into the same
    // folder runs to its end (the dev server recompiling during `npm run build`).
    const writeFile: RunDeps['writeFile'] = (path, content) => {
      const wrote = d.writeFile(path, content);
      other ??= spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/compiler/cli.ts',
          ...['--data', otherData, '--out', outPath()],
          ...['--inline-details-up-to', '2', '--details-chunk', '2', '--lock-wait', '0'],
        ],
        { cwd: REPO, encoding: 'utf8' },
      );
      return wrote;
    };
    const outcome = await runCompile(
      { dataDir: 'data', outFile: out, check: false },
      { ...d, writeFile },
    );
    expect(outcome).toMatchObject({ ok: true, wrote: true });
    const index = JSON.parse(readFileSync(outPath(), 'utf8')) as { details: { files: string[] } };
    expect(index.details.files.filter((f) => !existsSync(join(outDir(), f)))).toEqual([]);
    expect(chunkNames()).toEqual([...index.details.files].sort());
    expect(other?.stderr).toContain(`is held by process ${process.pid}`);
    expect(other?.status).toBe(1);
  }, 30_000);

  it('removes temporary files of killed compiles and chunks no index names', async () => {
    writeData(corpus(1));
    mkdirSync(outDir(), { recursive: true });
    const leftovers = [
      '.events.json.4000001.0badc0de.tmp',
      '.events-0123456789abcdef-3.json.4000002.00ff00ff.tmp',
      'events-0123456789abcdef-3.json',
    ];
    // A live writer's temporary file, and files that are not the compiler's, stay.
    const kept = [`.events.json.${process.pid}.12345678.tmp`, '.notes.txt.4000001.0badc0de.tmp'];
    for (const name of [...leftovers, ...kept]) writeFileSync(join(outDir(), name), '{');
    expect(await run()).toMatchObject({ ok: true });
    const index = JSON.parse(readFileSync(outPath(), 'utf8')) as { details: { files: string[] } };
    expect(readdirSync(outDir()).sort()).toEqual(
      ['events.json', ...index.details.files, ...kept].sort(),
    );
  });

  it('keeps the chunks of the index on disk even when another writer put it there', async () => {
    writeData(corpus(1));
    await run();
    const first = chunkNames();
    const foreign = readFileSync(outPath());
    writeData(corpus(2));
    const d = deps(small);
    // Something that took no lock (an older compiler) replaces the index right after ours.
    const writeFile: RunDeps['writeFile'] = (path, content) => {
      const wrote = d.writeFile(path, content);
      if (path === out) writeFileSync(outPath(), foreign);
      return wrote;
    };
    await runCompile({ dataDir: 'data', outFile: out, check: false }, { ...d, writeFile });
    expect(first.every((name) => chunkNames().includes(name))).toBe(true);
    expect(chunkNames()).toHaveLength(6);
  });

  it('--check writes no chunk either', async () => {
    writeData(corpus(1));
    expect(await run(true)).toMatchObject({ ok: true, wrote: false });
    expect(() => readdirSync(outDir())).toThrow(/ENOENT/);
  });
});

describe('fileHolds', () => {
  it('tells exactly whether a file holds these bytes, comparing a large file piece by piece', () => {
    const target = join(root, 'big.json');
    // Larger than the piece compared at a time, so a difference late in the file must be found.
    const bytes = Buffer.alloc(600 * 1024 + 7, 0x61);
    writeFileSync(target, bytes);
    expect(fileHolds(target, bytes)).toBe(true);
    expect(fileHolds(target, new Uint8Array(bytes))).toBe(true);
    const late = Buffer.from(bytes);
    late[late.length - 1] = 0x62;
    expect(fileHolds(target, late)).toBe(false);
    const early = Buffer.from(bytes);
    early[3] = 0x62;
    expect(fileHolds(target, early)).toBe(false);
    expect(fileHolds(target, bytes.subarray(1))).toBe(false);
    expect(fileHolds(join(root, 'missing.json'), bytes)).toBe(false);
    expect(fileHolds(target, bytes)).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const target = join(root, 'nested', 'out.json');
    expect(writeFileAtomic(target, 'first')).toBe(true);
    expect(writeFileAtomic(target, 'second, longer')).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('second, longer');
    expect(readdirSync(join(root, 'nested'))).toEqual(['out.json']);
  });

  it('on a failed write keeps the old file and removes the temporary one', () => {
    const target = join(root, 'out.json');
    writeFileAtomic(target, 'old');
    // A directory where the target should be renamed to makes rename fail after the temp is written.
    const blocked = join(root, 'blocked');
    mkdirSync(join(blocked, 'x.json'), { recursive: true });
    expect(() => writeFileAtomic(join(blocked, 'x.json'), 'new')).toThrow();
    expect(readdirSync(blocked)).toEqual(['x.json']);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it.skipIf(process.platform === 'win32')(
    'leaves the old file byte-identical when the write fails midway',
    () => {
      const target = join(root, 'events.json');
      const old = Buffer.from('{"old":"مسار"}\n');
      writeFileSync(target, old);
      // A file-size limit of 64 KiB (ulimit -f) fails the write of 1 MiB part of the way through,
      // as a full disk would; Node ignores SIGXFSZ, so the write reports EFBIG instead of dying.
      const module = new URL('./writeAtomic.ts', import.meta.url).href;
      const script = `import { writeFileAtomic } from ${JSON.stringify(module)};
        try { writeFileAtomic(${JSON.stringify(target)}, 'x'.repeat(1 << 20)); }
        catch (error) { console.log(error.code); }`;
      const r = spawnSync(
        'sh',
        [
          '-c',
          'ulimit -f 64; exec "$1" --import tsx --input-type=module -e "$2"',
          'sh',
          process.execPath,
          script,
        ],
        {
          cwd: REPO,
          encoding: 'utf8',
        },
      );
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('EFBIG');
      expect(readFileSync(target).equals(old)).toBe(true);
      expect(readdirSync(root)).toEqual(['events.json']);
    },
    30_000,
  );
});
