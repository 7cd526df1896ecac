import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { readDataDir } from './readDataDir.ts';

// The repository's own data/: the corpus the app ships. Until curators have added events this
// test fails on purpose ("no events found" / "file not found"), naming what is missing.
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

describe('the shipped corpus under data/', () => {
  it('compiles with zero errors', () => {
    const result = compile(readDataDir(DATA, 'data'));
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([]);
    expect(result.ok && result.counts.events).toBeGreaterThan(0);
  });
});
