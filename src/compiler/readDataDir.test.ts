import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayPath, readDataDir } from './readDataDir.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'masar-read-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readDataDir', () => {
  it('reads YAML files only, skipping hidden files and folders, with paths as messages print them', () => {
    mkdirSync(join(root, 'events', '2026'), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'actors.yaml'), 'a');
    writeFileSync(join(root, 'README.md'), 'docs');
    writeFileSync(join(root, '.actors.yaml.swp'), 'editor');
    writeFileSync(join(root, '.git', 'x.yaml'), 'hidden');
    writeFileSync(join(root, 'events', '2026', 'x.yml'), 'b');
    const files = readDataDir(root, 'data').sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(files).toEqual([
      { path: 'data/actors.yaml', text: Buffer.from('a') },
      { path: 'data/events/2026/x.yml', text: Buffer.from('b') },
    ]);
  });

  it('says clearly when the folder is missing or is a file', () => {
    expect(() => readDataDir(join(root, 'nope'), 'nope')).toThrow('data folder not found: nope');
    writeFileSync(join(root, 'file'), '');
    expect(() => readDataDir(join(root, 'file'), 'file')).toThrow('not a folder: file');
  });

  it('normalises how the folder is shown', () => {
    expect(displayPath('./data/')).toBe('data');
    expect(displayPath('bench\\data-10k\\')).toBe('bench/data-10k');
    expect(displayPath('.')).toBe('.');
  });
});
