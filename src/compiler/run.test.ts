import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFiles, validFiles } from './fixtureFiles.ts';
import { compile } from './compile.ts';
import type { InputFile } from './compile.ts';
import { readDataDir } from './readDataDir.ts';
import { runCompile } from './run.ts';
import type { RunDeps } from './run.ts';
import { writeFileAtomic } from './writeAtomic.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'masar-run-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function writeData(files: readonly InputFile[]): string {
  const dir = join(root, 'data');
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const target = join(root, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.text);
  }
  return dir;
}

// A frozen clock: 42 ms pass between the two readings.
function deps(): RunDeps {
  let t = 1000;
  return {
    compileData: (dir) => compile(readDataDir(join(root, dir), dir), { dataDir: dir }),
    writeFile: (path, content) => writeFileAtomic(join(root, path), content),
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
    expect(JSON.parse(readFileSync(outPath(), 'utf8'))).toHaveProperty('format', 1);
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
});
