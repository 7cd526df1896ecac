import { describe, expect, it } from 'vitest';
import { compile, jsonText } from './compile.ts';
import type { CompileResult } from './compile.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { validFiles } from './fixtureFiles.ts';
import { readDataDir } from './readDataDir.ts';
import { runCompile } from './run.ts';
import type { RunDeps } from './run.ts';

const DRAFT = 'data/events/2025/2025-06-01-first-pass.yaml';
const draftText = (extra = '') => `id: 2025-06-01-first-pass
draft: true
date: 2025-06-01
precision: day
title:
  ar: لافروف ووانغ يي يلتقيان
forums: [sco]
${extra}`;

const withDraft = (text: string, path = DRAFT) => [...validFiles(), { path, text }];
const errors = (r: CompileResult) => (r.ok ? [] : r.errors.map(formatDiagnostic));

describe('drafts (draft: true)', () => {
  it('are checked, left out of the JSON, and listed with what each still needs', () => {
    const without = compile(validFiles());
    const result = compile(withDraft(draftText()));
    if (!result.ok || !without.ok) throw new Error(errors(result).join('\n'));
    expect(jsonText(result)).toBe(jsonText(without));
    expect(result.drafts).toEqual([
      {
        path: DRAFT,
        id: '2025-06-01-first-pass',
        needs: [
          'a summary',
          'an English translation',
          'a type',
          'a status',
          'participants',
          'a source',
        ],
      },
    ]);
  });

  it('need less as they are filled in, down to a source with a url', () => {
    const result = compile(
      withDraft(
        draftText(`type: meeting
status: happened
summary: { ar: ملخص, en: A summary }
actors: [sergey-lavrov]
sources:
  - outlet: { ar: تاس, en: TASS }
    published: 2025-06-01
    language: ru
`).replace(
          '  ar: لافروف ووانغ يي يلتقيان',
          '  ar: لافروف ووانغ يي يلتقيان\n  en: Lavrov and Wang Yi meet',
        ),
      ),
    );
    expect(result.ok && result.drafts[0]?.needs).toEqual(['a source with a url']);
  });

  it('still get every check their contents allow: shape first, then references and dates', () => {
    const shape = compile(withDraft(draftText('summary: { en: "" }\nwhen: soon\n')));
    expect(errors(shape)).toEqual([
      `${DRAFT}:8:16 summary.en: must not be empty`,
      expect.stringMatching(/:9:1 when: unknown field/),
    ]);
    const references = compile(
      withDraft(
        draftText('actors: [sergey-lavrof]\n').replace('date: 2025-06-01', 'date: 2025-06-31'),
      ),
    );
    expect(errors(references)).toEqual([
      expect.stringMatching(/:3:7 date: .*2025-06-31/),
      `${DRAFT}:8:10 actors[0]: unknown actor "sergey-lavrof" (did you mean "sergey-lavrov"?)`,
    ]);
  });

  it('count for duplicate ids like any event', () => {
    const result = compile(
      withDraft(
        draftText().replace('2025-06-01-first-pass', '2026-02-04-putin-xi-video-call'),
        'data/events/2025/2026-02-04-putin-xi-video-call.yaml',
      ),
    );
    expect(errors(result).join('\n')).toMatch(/duplicate event id/);
  });

  it('accept draft: false on a published event, and refuse any other value', () => {
    const path = 'data/events/2026/2026-02-04-putin-xi-video-call.yaml';
    const files = validFiles();
    const edit = (value: string) =>
      files.map((f) =>
        f.path === path
          ? { path, text: f.text.replace('precision: day', `precision: day\ndraft: ${value}`) }
          : f,
      );
    expect(compile(edit('false')).ok).toBe(true);
    expect(errors(compile(edit('maybe'))).join('\n')).toMatch(
      /draft: must be true \(a draft\) or false/,
    );
  });

  it('are listed under the summary of npm run data', async () => {
    let t = 0;
    const deps: RunDeps = {
      compileData: () => compile(withDraft(draftText())),
      writeFile: () => true,
      listFiles: () => [],
      removeFile: () => undefined,
      readFile: () => null,
      holds: () => false,
      lock: async () => () => undefined,
      isAlive: () => true,
      now: () => (t += 5),
    };
    const outcome = await runCompile(
      { dataDir: 'data', outFile: 'out/events.json', check: true },
      deps,
    );
    expect(outcome.ok && outcome.summary).toBe(
      `checked 4 events, 4 actors, 2 forums in 5 ms: no errors
1 draft: left out of the JSON until finished
  ${DRAFT}: needs a summary, an English translation, a type, a status, participants, a source`,
    );
  });

  it('do not break the check of the shipped data', () => {
    const data = new URL('../../data', import.meta.url).pathname;
    expect(compile(readDataDir(data, 'data')).ok).toBe(true);
  });
});
