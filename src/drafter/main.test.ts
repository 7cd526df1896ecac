import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/** The draft's first YAML document: the main event's record (the other events' follow). */
const parse = (text: string): unknown => parseAllDocuments(text)[0]?.toJS();
import { CALL_ARTICLE } from './fixtures/articles.ts';
import { FIXTURE_DATA } from './fixtures/gazetteer.ts';
import type { Io } from './main.ts';
import { main } from './main.ts';

async function run(args: string[], stdin: string | null = null) {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: async () => (stdin === null ? null : new TextEncoder().encode(stdin)),
  };
  const code = await main(args, io);
  return { code, out, err };
}

const dir = await mkdtemp(join(tmpdir(), 'drafter-'));
const article = join(dir, 'call.txt');
await writeFile(article, CALL_ARTICLE);

describe('draft CLI', () => {
  it('prints a YAML draft for an article file and exits 0', async () => {
    const r = await run(['--data', FIXTURE_DATA, article]);
    expect(r.code).toBe(0);
    expect(parse(r.out)).toMatchObject({ id: '2025-06-11-putin-xi-call', type: 'call' });
    expect(r.out).toMatch(/^# Event draft from call\.txt/);
  });

  it('reads the article from stdin', async () => {
    const r = await run(['--data', FIXTURE_DATA], CALL_ARTICLE);
    expect(r.code).toBe(0);
    expect(parse(r.out)).toMatchObject({ date: '2025-06-11' });
  });

  it('prints JSON with --json', async () => {
    const r = await run(['--data', FIXTURE_DATA, '--json', article]);
    expect(JSON.parse(r.out)).toMatchObject({ event: { type: 'call' } });
  });

  it('uses --published for relative dates', async () => {
    const text = CALL_ARTICLE.split('\n').slice(1).join('\n');
    const r = await run(['--data', FIXTURE_DATA, '--published', '2025-06-12', '-'], text);
    expect(r.out).toMatch(/published: 2025-06-12 # high: «2025-06-12» \(given with --published\)/);
    expect(r.out).toMatch(/Thursday/);
  });

  it.each([
    [['--bogus', article], /Unknown option/],
    [['--published', '2025-02-30', article], /real date/],
    [['a.txt', 'b.txt'], /one article at a time/],
    [[], /give an article file/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const r = await run(['--data', FIXTURE_DATA, ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('exits 1 with a clear message for a non-article', async () => {
    const english = join(dir, 'english.txt');
    await writeFile(
      english,
      'The ministers met on Tuesday to discuss trade and security. '.repeat(4),
    );
    const big = join(dir, 'big.txt');
    await writeFile(big, Buffer.alloc(5_000_000, 0x61));
    for (const [path, reason] of [
      [english, /not an Arabic article/],
      [big, /too large/],
      [join(dir, 'missing.txt'), /cannot read/],
    ] as const) {
      const r = await run(['--data', FIXTURE_DATA, path]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(reason);
    }
    const empty = await run(['--data', FIXTURE_DATA], '');
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/stdin: empty/);
  });

  it('exits 1 naming the file when data/ is missing or invalid', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'drafter-data-'));
    const missing = await run(['--data', bad, article]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/actors\.yaml: cannot read/);
    for (const f of ['forums', 'types', 'places']) await writeFile(join(bad, `${f}.yaml`), '[]');
    await writeFile(join(bad, 'actors.yaml'), '- id: Not An Id\n');
    const invalid = await run(['--data', bad, article]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/actors\.yaml: does not match the schema/);
  });

  it('runs as `npm run draft` against the shipped data/', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/drafter/cli.ts', article], {
      env: { ...process.env, TZ: 'UTC' },
    });
    // Only what does not depend on the shipped corpus's contents: it loads, and dates the call.
    expect(parse(stdout)).toMatchObject({ date: '2025-06-11', precision: 'day' });
  }, 30_000);
});
