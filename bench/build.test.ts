import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBuild } from './build.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function dist(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'masar-build-'));
  mkdirSync(join(dir, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('measureBuild', () => {
  it('counts the entry and its static imports as initial, a modulepreloaded lazy chunk as lazy', () => {
    const out = dist({
      'index.html':
        '<script type="module" crossorigin src="/assets/index-a.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">' +
        '<link rel="modulepreload" crossorigin="" href="/assets/Timeline-c.js">',
      'assets/index-a.js':
        'import{x as y}from"./vendor-b.js";const t=()=>import("./Timeline-c.js");',
      'assets/vendor-b.js': 'import"./shared-d.js";export const x=1;',
      'assets/shared-d.js': 'export const z=2;',
      'assets/Timeline-c.js': 'export default 3;',
    });
    const sizes = measureBuild(out);
    expect(sizes.initialJs.map((a) => a.file).sort()).toEqual([
      'assets/index-a.js',
      'assets/shared-d.js',
      'assets/vendor-b.js',
    ]);
    expect(sizes.lazyJs.map((a) => a.file)).toEqual(['assets/Timeline-c.js']);
  });
});
