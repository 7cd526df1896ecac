import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { readDataDir } from './readDataDir.ts';

// The repository's own data/: the corpus the app ships. A curator's mistake fails here with the
// located messages `npm run data:check` prints; so does an emptied data/ ("no events found"), as
// an app with nothing to show must not pass.
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

describe('the shipped corpus under data/', () => {
  it('compiles with zero errors', () => {
    const result = compile(readDataDir(DATA, 'data'));
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([]);
    expect(result.ok && result.counts.events).toBeGreaterThan(0);
  });
});
