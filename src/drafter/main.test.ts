import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { compile } from '../compiler/compile.ts';
import { readDataDir } from '../compiler/readDataDir.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/** The draft's first YAML document: the main event's record (the other events' follow). */
const parse = (text: string): unknown => parseAllDocuments(text)[0]?.toJS();
import { CALL_ARTICLE, SEVERAL_EVENTS_ARTICLE } from './fixtures/articles.ts';
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

/** A data folder the compiler accepts, made from the drafter's fixture, in a temporary folder. */
async function dataFolder(prefix: string): Promise<string> {
  const data = join(await mkdtemp(join(tmpdir(), prefix)), 'data');
  await cp(FIXTURE_DATA, data, { recursive: true });
  // The drafter's cast has no affiliations; the compiler needs them, as in a real data folder.
  await writeFile(
    join(data, 'affiliations.yaml'),
    '- { id: russia, name: { ar: روسيا, en: Russia }, kind: country }\n- { id: china, name: { ar: الصين, en: China }, kind: country }\n',
  );
  return data;
}

describe('draft --write', () => {
  it('writes a draft the compiler accepts into the year folder, and never replaces it', async () => {
    const data = await dataFolder('drafter-write-');
    const r = await run(['--data', data, '--write', article]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const path = join(data, 'events', '2025', '2025-06-11-putin-xi-call.yaml');
    expect(r.out).toMatch(
      /^wrote .*2025-06-11-putin-xi-call\.yaml \(draft; needs a title, a summary, a source with a url\)/,
    );
    const written = parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ id: '2025-06-11-putin-xi-call', draft: true, type: 'call' });
    expect(written).not.toHaveProperty('title');
    const compiled = compile(readDataDir(data, 'data'));
    // The call is the article's main event; another date it names gets a draft of its own.
    expect(compiled.ok && compiled.drafts.map((d) => d.id)).toContain('2025-06-11-putin-xi-call');

    const again = await run(['--data', data, '--write', article]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists; a draft never replaces a file/);
  });

  it('writes each dated event of an article as a draft file of its own', async () => {
    const data = await dataFolder('drafter-several-');
    const several = join(dir, 'several.txt');
    await writeFile(several, SEVERAL_EVENTS_ARTICLE);
    const r = await run(['--data', data, '--write', several]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const wrote = [...r.out.matchAll(/^wrote (\S+\.yaml)/gm)].map((m) => m[1] ?? '');
    // The call, and the consultations of 1 February: one file each, never several in one.
    expect(wrote.length).toBeGreaterThanOrEqual(2);
    const compiled = compile(readDataDir(data, 'data'));
    expect(compiled.ok).toBe(true);
    const drafts = compiled.ok ? compiled.drafts : [];
    expect(drafts).toHaveLength(wrote.length);
    const consultations = drafts.find((d) => d.id.startsWith('2026-02-01-'));
    expect(consultations, 'the 1 February consultations').toBeDefined();
    const text = await readFile(join(data, '..', consultations?.path ?? ''), 'utf8');
    expect(parse(text)).toMatchObject({ draft: true, date: '2026-02-01' });
    expect((parse(text) as { actors: string[] }).actors).toEqual(
      expect.arrayContaining(['shoigu', 'wang-yi']),
    );
  });
});
