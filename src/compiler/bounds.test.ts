/**
 * Hostile and oversized input (issue 17): each case used to crash the compiler, exhaust its
 * memory, or publish what it should refuse. Cases that fit in a small file are fixtures under
 * fixtures/errors/ (too-many-aliases, text-too-long, invalid-utf8, bidi-control-text,
 * duplicate-id-copy); the ones here are too large for a fixture, or need links on disk.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import type { CompileResult, InputFile } from './compile.ts';
import { compileDir } from './compileDir.ts';
import { referenceSets } from './crossCheck.ts';
import { compileCatalogue } from './catalogue.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { compileEventFile } from './eventFile.ts';
import { FIXTURES, overlay, textOf, validFiles } from './fixtureFiles.ts';
import { LIMITS, firstInvalidUtf8, quote } from './bounds.ts';
import { readDataDir } from './readDataDir.ts';

const EVENT = 'data/events/2026/2026-02-04-putin-xi-video-call.yaml';
const base = validFiles();
const original = textOf(base, EVENT);
const [head] = original.split('sources:\n');

const messages = (r: CompileResult) => (r.ok ? [] : r.errors.map(formatDiagnostic));
const withEvent = (text: string | Uint8Array): InputFile[] =>
  overlay(base, [{ path: EVENT, text }]);

/** One source anchored as &s, `anchorChars` of note long, then `aliases` uses of it. */
function aliasedEvent(anchorChars: number, aliases: number): string {
  const note = 'x'.repeat(anchorChars);
  return `${head}sources:\n  - &s\n    outlet: { ar: الكرملين, en: Kremlin }\n    url: https://kremlin.example/a\n    published: 2026-02-04\n    language: en\n    note: { ar: ${note}, en: ${note} }\n${'  - *s\n'.repeat(aliases)}`;
}

describe('1. aliases cannot multiply the output', () => {
  it('refuses a 20 KB source repeated by 20,000 aliases (was a 602 MB events.json)', () => {
    const text = aliasedEvent(10_000, 20_000);
    expect(text.length).toBeLessThan(LIMITS.eventFileBytes);
    const lines = messages(compile(withEvent(text)));
    expect(lines).toEqual([
      `${EVENT}:38:5 sources[13].note.ar: with its aliases (*name) written out, the file holds more than 262,144 characters, the limit for this kind of file (see data/README.md, "Limits"); write repeated parts out once each`,
    ]);
  });

  it('refuses 100,000 aliases (was RangeError: Invalid string length) by the file size', () => {
    const lines = messages(compile(withEvent(aliasedEvent(10_000, 100_000))));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^data\/events\/2026\/2026-02-04-putin-xi-video-call\.yaml:1:1: the file is 720,641 bytes, more than the limit of 262,144 bytes/,
    );
  });

  it('refuses nested aliases (a "billion laughs") before the schema walks them', () => {
    let text = `${head}sources:\n  - outlet: { ar: a, en: b }\n    url: https://a.example/\n    published: 2026\n    language: en\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
    for (let i = 1; i < 10; i++)
      text += `lol${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]\n`;
    const lines = messages(compile(withEvent(text)));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('with its aliases (*name) written out');
  });
});

describe('2. size limits, checked before parsing', () => {
  it('refuses an event file over the limit by its size alone', () => {
    const text = `${original}# ${'x'.repeat(LIMITS.eventFileBytes)}\n`;
    expect(messages(compile(withEvent(text)))).toEqual([
      `${EVENT}:1:1: the file is 262,931 bytes, more than the limit of 262,144 bytes for this kind of file (see data/README.md, "Limits"); a data file this large is not hand-written: split it or remove what was pasted in`,
    ]);
  });

  it('refuses a list file of a million "- lol" lines (was out of memory after 83 s)', () => {
    const text = '- lol\n'.repeat(1_000_000);
    const lines = messages(compile(overlay(base, [{ path: 'data/actors.yaml', text }])));
    expect(lines[0]).toMatch(
      /^data\/actors\.yaml:1:1: the file is 6,000,000 bytes, more than the limit of 1,048,576 bytes/,
    );
  });

  it('lists at most 100 problems of a file full of unknown keys, without a spread', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n');
    const text = `${original}${keys}\n`;
    expect(text.length).toBeLessThan(LIMITS.eventFileBytes);
    const lines = messages(compile(withEvent(text)));
    expect(lines).toHaveLength(LIMITS.problemsPerFile + 1);
    expect(lines).toContain(
      `${EVENT}:1:1: 19,900 more problems in this file are not listed (only the first 100 are); fix these and compile again`,
    );
  });

  it('refuses a list longer than its limit', () => {
    const actors = Array.from({ length: 101 }, (_, i) => `a${i}`).join(', ');
    const text = original.replace(/actors:\n(?: {2}- .*\n)+/, `actors: [${actors}]\n`);
    const lines = messages(compile(withEvent(text)));
    expect(lines).toContain(
      `${EVENT}:15:9 actors: lists more than 100 actors, the limit (see data/README.md, "Limits")`,
    );
  });

  it('refuses more event files than the limit without reading any', () => {
    const many = Array.from({ length: LIMITS.events + 1 }, (_, i) => ({
      path: `data/events/2026/e${i}.yaml`,
      text: 'not read',
    }));
    expect(messages(compile([...base, ...many]))).toEqual([
      'data/events:1:1: 250,005 event files, more than the limit of 250,000 (see data/README.md, "Limits"); nothing was compiled',
    ]);
  });

  it('refuses nesting deeper than the limit, and nesting too deep for the YAML reader', () => {
    const deep = `${original}extra: ${'['.repeat(30)}${']'.repeat(30)}\n`;
    expect(messages(compile(withEvent(deep)))[0]).toContain('nests more than 20 levels deep');
    const deeper = `${original}extra: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(messages(compile(withEvent(deeper)))[0]).toContain('nests lists or mappings too deeply');
  });

  it('quotes at most 80 characters of any value', () => {
    const secret = `//registry.npmjs.org/:_authToken=${'s'.repeat(100)}TAIL`;
    const lines = messages(compile(withEvent(secret)));
    expect(lines).toEqual([
      `${EVENT}:1:1: the file must hold a set of fields (key: value lines), not the text ${quote(secret)}`,
    ]);
    expect(lines[0]).not.toContain('TAIL');
    expect(quote('a'.repeat(81))).toBe(`"${'a'.repeat(80)}…"`);
    expect(quote('x\u202ey')).toBe('"x\\u{202E}y"');
  });
});

describe('3. symbolic links and other non-regular files', () => {
  let root: string;
  let data: string;
  let outside: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'masar-links-'));
    data = join(root, 'data');
    outside = join(root, 'outside');
    cpSync(join(FIXTURES, 'valid', 'data'), data, { recursive: true });
    mkdirSync(join(outside, '2027'), { recursive: true });
    writeFileSync(join(outside, '.npmrc'), '//registry.npmjs.org/:_authToken=npm_SECRETTOKEN\n');
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
    const event = readFileSync(join(data, 'events', '2026', '2026-02-04-putin-xi-video-call.yaml'));
    writeFileSync(join(outside, 'event.yaml'), event);
    const events = join(data, 'events', '2026');
    symlinkSync(join(outside, 'passwd'), join(events, 'passwd.yaml'));
    symlinkSync(join(outside, '.npmrc'), join(events, 'npmrc.yaml'));
    symlinkSync(join(outside, 'event.yaml'), join(events, '2026-01-01-linked.yaml'));
    symlinkSync(join(outside, '2027'), join(data, 'events', '2027'));
    symlinkSync(join(events, 'loop.yaml'), join(events, 'loop.yaml'));
    symlinkSync(join(outside, 'missing.yaml'), join(events, 'dangling.yaml'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const expected = [
    'data/events/2026/2026-01-01-linked.yaml',
    'data/events/2026/dangling.yaml',
    'data/events/2026/loop.yaml',
    'data/events/2026/npmrc.yaml',
    'data/events/2026/passwd.yaml',
    'data/events/2027',
  ].map(
    (path) =>
      `${path}:1:1: is a symbolic link; the compiler reads only regular files inside the data folder and never follows links: put the file (or folder) itself here`,
  );

  it('names every link, never what it points at, and never throws (compileDir)', async () => {
    const lines = messages(await compileDir(data, 'data', { threads: 1 }));
    expect(lines).toEqual(expected);
    expect(lines.join('\n')).not.toMatch(/SECRET|root:x/);
  });

  it('does the same through readDataDir, as the dev server reads', () => {
    expect(messages(compile(readDataDir(data, 'data')))).toEqual(expected);
  });
});

describe('4. invalid UTF-8', () => {
  it('finds the first bad byte, whatever the sequence', () => {
    const at = (hex: string) => firstInvalidUtf8(Buffer.from(hex, 'hex'));
    expect(at('41c3a9')).toBe(3);
    expect(at('41ff')).toBe(1);
    expect(at('c0af')).toBe(0); // overlong "/"
    expect(at('eda080')).toBe(0); // a surrogate
    expect(at('f4908080')).toBe(0); // above U+10FFFF
    expect(at('e282')).toBe(0); // cut short
  });

  it('is refused when read from disk by compileDir', async () => {
    const root = mkdtempSync(join(tmpdir(), 'masar-utf8-'));
    try {
      const data = join(root, 'data');
      cpSync(join(FIXTURES, 'valid', 'data'), data, { recursive: true });
      cpSync(join(FIXTURES, 'errors', 'invalid-utf8', 'data'), data, { recursive: true });
      const lines = messages(await compileDir(data, 'data', { threads: 1 }));
      expect(lines).toEqual(
        readFileSync(join(FIXTURES, 'errors', 'invalid-utf8', 'expected.txt'), 'utf8')
          .split('\n')
          .filter((l) => l !== ''),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a 50 MB file on disk by its size, without reading it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'masar-big-'));
    try {
      const data = join(root, 'data');
      cpSync(join(FIXTURES, 'valid', 'data'), data, { recursive: true });
      writeFileSync(join(data, 'events', '2026', 'big.yaml'), Buffer.alloc(50 * 1024 * 1024, 65));
      const lines = messages(await compileDir(data, 'data', { threads: 1 }));
      expect(lines).toEqual([
        'data/events/2026/big.yaml:1:1: the file is 52,428,800 bytes, more than the limit of 262,144 bytes for this kind of file (see data/README.md, "Limits"); a data file this large is not hand-written: split it or remove what was pasted in',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// ---- Property: whatever the bytes, one file yields worded, located errors, never a throw. ----

const refs = referenceSets(
  compileCatalogue(
    new Map(
      (['affiliations', 'actors', 'forums', 'types', 'places'] as const).map((name) => [
        name,
        { path: `data/${name}.yaml`, text: textOf(base, `data/${name}.yaml`) },
      ]),
    ),
    'data',
  ).references,
);

const hostile = fc.oneof(
  fc.constantFrom(
    '&a [x]\n',
    '*a\n',
    '- &b {k: v}\n- *b\n- *b\n',
    '\u202e',
    '\u2066x\u2069',
    '\u200f',
    '\u0000',
    '"\\u202e"',
    '"\\x07"',
    '\t',
    '? ',
    '!!binary x',
    '%YAML 1.2\n---\n',
    ': :',
  ),
  fc.integer({ min: 1, max: 5000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1, max: 60 }).map((n) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`),
  fc.integer({ min: 1, max: 300_000 }).map((n) => `big: ${'z'.repeat(n)}\n`),
  fc.integer({ min: 1, max: 300 }).map((n) => `sources:\n  - &s {x: 1}\n${'  - *s\n'.repeat(n)}`),
  fc.string({ maxLength: 20 }),
);
const bytes = fc.uint8Array({ minLength: 1, maxLength: 6 });

describe('any hostile file', () => {
  it('gives located, worded errors or an event, never a throw, in bounded time', () => {
    const started = Date.now();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), hostile), { minLength: 1, maxLength: 3 }),
        fc.option(fc.tuple(fc.nat(), bytes)),
        (inserts, raw) => {
          let text = original;
          for (const [at, junk] of inserts) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + junk + text.slice(i);
          }
          let content: string | Uint8Array = text;
          if (raw !== null) {
            const encoded = Buffer.from(text);
            const i = raw[0] % (encoded.length + 1);
            content = Buffer.concat([encoded.subarray(0, i), raw[1], encoded.subarray(i)]);
          }
          const outcome = compileEventFile(
            {
              path: EVENT,
              text: content,
              folderYear: '2026',
              fileId: '2026-02-04-putin-xi-video-call',
            },
            refs,
          );
          if (outcome.ok) return;
          expect(outcome.errors.length).toBeGreaterThan(0);
          expect(outcome.errors.length).toBeLessThanOrEqual(LIMITS.problemsPerFile + 1);
          for (const e of outcome.errors) {
            expect(e.path).toBe(EVENT);
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.col).toBeGreaterThanOrEqual(1);
            expect(e.message.length).toBeGreaterThan(5);
            // Quoted input is capped: no message grows with the file.
            expect(formatDiagnostic(e).length).toBeLessThan(1000);
            expect(formatDiagnostic(e)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
          }
        },
      ),
      { numRuns: 150, seed: 17 },
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
