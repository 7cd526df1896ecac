import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, EventDetails, TimelineEvent } from '../domain/schema.ts';
import { compile, jsonText } from './compile.ts';
import type { CompileResult, InputFile } from './compile.ts';
import { formatDiagnostic } from './diagnostic.ts';
import {
  FIXTURES,
  caseChanges,
  caseFiles,
  expectedErrors,
  overlay,
  textOf,
  validFiles,
} from './fixtureFiles.ts';

const messages = (r: CompileResult) => (r.ok ? [] : r.errors.map(formatDiagnostic));
/** A dataset in inline mode, where every event carries its details. */
type InlineDataset = Omit<Dataset, 'events'> & { events: (TimelineEvent & EventDetails)[] };
const dataset = (r: CompileResult): InlineDataset => {
  if (!r.ok) throw new Error(`expected success, got:\n${messages(r).join('\n')}`);
  return JSON.parse(jsonText(r)) as InlineDataset;
};

describe('one fixture per class of error', () => {
  const cases = readdirSync(join(FIXTURES, 'errors'));
  it('covers every class the data format can get wrong', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'unknown-reference',
        'duplicate-id',
        'duplicate-event',
        'id-file-name',
        'wrong-year-folder',
        'end-before-start',
        'impossible-date',
        'precision-mismatch',
        'non-http-url',
        'missing-language',
        'unknown-key',
        'wrong-type',
        'yaml-syntax',
        'bidi-control-id',
        'missing-field',
        'misplaced-file',
        'empty-file',
        'source-without-url',
        'summit-without-forum',
        'actor-terms',
        'too-many-aliases',
        'text-too-long',
        'invalid-utf8',
        'bidi-control-text',
        'duplicate-id-copy',
      ]),
    );
  });
  it.each(cases)('%s: exact messages and locations', (name) => {
    const result = compile(caseFiles(name));
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual(expectedErrors(name));
  });
});

describe('compile', () => {
  it('reports errors from many files in one run, sorted by file then position', () => {
    // Four cases that touch different files: each case's errors must all still be reported.
    const cases = ['unknown-reference', 'impossible-date', 'wrong-year-folder', 'duplicate-id'];
    const result = compile(overlay(validFiles(), cases.flatMap(caseChanges)));
    const expected = cases.flatMap(expectedErrors);
    expect(messages(result)).toHaveLength(expected.length);
    expect([...messages(result)].sort()).toEqual([...expected].sort());
    const order = result.ok ? [] : result.errors.map((e) => [e.path, e.line, e.col] as const);
    const sorted = [...order].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2],
    );
    expect(order).toEqual(sorted);
  });

  it('names a missing list file and an empty event folder', () => {
    const noForums = validFiles().filter((f) => f.path !== 'data/forums.yaml');
    expect(messages(compile(noForums))).toContain(
      'data/forums.yaml:1:1: file not found: the data folder needs forums.yaml (see data/README.md)',
    );
    const noEvents = validFiles().filter((f) => !f.path.startsWith('data/events/'));
    expect(messages(compile(noEvents))).toEqual([
      'data/events:1:1: no events found; add one as data/events/<year>/<id>.yaml',
    ]);
  });

  it('an unknown reference in an actor does not also flag the events that name that actor', () => {
    const files = overlay(validFiles(), [
      {
        path: 'data/actors.yaml',
        text: textOf(validFiles(), 'data/actors.yaml').replace(
          'affiliation: china',
          'affiliation: chna',
        ),
      },
    ]);
    expect(messages(compile(files))).toEqual([
      'data/actors.yaml:12:16 [1].affiliation: unknown affiliation "chna" (did you mean "china"?)',
    ]);
  });

  it('requires terms of every actor, and does not also flag the events that name that actor', () => {
    const text = textOf(validFiles(), 'data/actors.yaml')
      .replace(
        '  terms:\n    - from: 2004-03-09\n      role: { ar: وزير خارجية روسيا, en: Foreign Minister of Russia }\n',
        '',
      )
      .replace(/ {2}terms:\n {4}- from: 2013-03-14\n {6}role: [^\n]*\n/, '  terms: []\n');
    expect(messages(compile(overlay(validFiles(), [{ path: 'data/actors.yaml', text }])))).toEqual([
      'data/actors.yaml:14:10 [1].terms: must list at least one term (from, to, role)',
      'data/actors.yaml:15:3 [2].terms: required field is missing',
    ]);
  });

  it('uses the given data folder in every path it prints', () => {
    const files = caseFiles('impossible-date').map((f) => ({
      ...f,
      path: f.path.replace(/^data\//, 'bench/data-10k/'),
    }));
    expect(messages(compile(files, { dataDir: 'bench/data-10k/' }))).toEqual(
      expectedErrors('impossible-date').map((l) => l.replace(/^data\//, 'bench/data-10k/')),
    );
  });
});

describe('the compiled dataset', () => {
  const result = compile(validFiles());
  const data = dataset(result);

  it('is compact JSON with the format first and a 16-hex-digit hash', () => {
    if (!result.ok) throw new Error('fixture must compile');
    expect(jsonText(result).startsWith(`{"format":2,"hash":"${data.hash}","affiliations":[`)).toBe(
      true,
    );
    expect(jsonText(result)).not.toMatch(/\n./);
    expect(data.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('hashes exactly the file without its hash field, as data/README.md says', () => {
    if (!result.ok) throw new Error('fixture must compile');
    const without = jsonText(result).replace(`,"hash":"${data.hash}"`, '').replace(/\n$/, '');
    const expected = createHash('sha256').update(without).digest('hex').slice(0, 16);
    expect(data.hash).toBe(expected);
    expect(jsonText(result).endsWith('}\n')).toBe(true);
  });

  it('sorts events by first day, then last day, then id', () => {
    expect(data.events.map((e) => e.id)).toEqual([
      '2024-10-22-brics-summit-kazan',
      '2025-05-lavrov-wang-talks',
      '2026-treaty-anniversary',
      '2026-02-04-putin-xi-video-call',
    ]);
  });

  it('resolves partial dates and ranges to inclusive first and last days', () => {
    const byId = new Map(data.events.map((e) => [e.id, e]));
    expect(byId.get('2025-05-lavrov-wang-talks')).toMatchObject({
      date: { precision: 'month', start: '2025-05' },
      from: '2025-05-01',
      to: '2025-05-31',
    });
    expect(byId.get('2026-treaty-anniversary')).toMatchObject({
      date: { precision: 'year', start: '2026' },
      from: '2026-01-01',
      to: '2026-12-31',
      status: 'planned',
    });
    expect(byId.get('2024-10-22-brics-summit-kazan')?.date).toEqual({
      precision: 'day',
      start: '2024-10-22',
      end: '2024-10-24',
    });
  });

  it('trims the newline YAML block scalars leave and keeps Arabic URLs as written', () => {
    const call = data.events.find((e) => e.id === '2026-02-04-putin-xi-video-call');
    if (call === undefined) throw new Error('fixture event missing');
    expect(call.summary.ar.endsWith('.')).toBe(true);
    expect(call.summary.en).toBe(
      'The two presidents discussed bilateral ties and preparations for upcoming meetings.',
    );
    expect(call.sources[1]?.url).toBe('https://news.example/ar/اتصال-مرئي');
  });

  it("keeps actors' terms out of the app's JSON: only the compiler's checks read them", () => {
    expect(data.actors.length).toBeGreaterThan(0);
    for (const actor of data.actors) expect(Object.keys(actor)).not.toContain('terms');
  });

  it('leaves optional fields out instead of writing null', () => {
    expect(result.ok && jsonText(result).includes('"place":null')).toBe(false);
    expect(data.events.find((e) => e.id === '2026-treaty-anniversary')).not.toHaveProperty('place');
  });
});

describe('determinism', () => {
  const files = validFiles();
  const once = compile(files);

  it('gives byte-identical output for the same input', () => {
    expect(compile(files)).toEqual(once);
  });

  it('does not depend on the order the files were read in', () => {
    const reversed: InputFile[] = [...files].reverse();
    const rotated = [...files.slice(3), ...files.slice(0, 3)];
    expect(compile(reversed)).toEqual(once);
    expect(compile(rotated)).toEqual(once);
    for (const name of ['duplicate-id', 'duplicate-event']) {
      const errors = caseFiles(name);
      expect(compile([...errors].reverse())).toEqual(compile(errors));
    }
  });

  it('changes the hash exactly when the content changes', () => {
    const edited = files.map((f) =>
      f.path.endsWith('2025-05-lavrov-wang-talks.yaml')
        ? { ...f, text: f.text.replace('Lavrov and Wang', 'Lavrov and Wang Yi') }
        : f,
    );
    const commented = files.map((f) =>
      f.path.endsWith('actors.yaml') ? { ...f, text: `# curated by hand\n${f.text}` } : f,
    );
    expect(dataset(compile(edited)).hash).not.toBe(dataset(once).hash);
    expect(dataset(compile(commented)).hash).toBe(dataset(once).hash);
  });
});
