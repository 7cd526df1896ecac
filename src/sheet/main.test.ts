import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compile } from '../compiler/compile.ts';
import { FIXTURES } from '../compiler/fixtureFiles.ts';
import { readDataDir } from '../compiler/readDataDir.ts';
import { BOM } from './delimited.ts';
import { main } from './main.ts';

let root: string;
let data: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'masar-sheet-'));
  data = join(root, 'data');
  cpSync(join(FIXTURES, 'valid', 'data'), data, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

/** Every file under data/ with its bytes, to compare before and after. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.isDirectory()) visit(join(dir, e.name));
      else files[join(dir, e.name)] = readFileSync(join(dir, e.name), 'latin1');
  };
  visit(data);
  return files;
}

describe('npm run data:export and data:import', () => {
  it('export then import with no edits changes no byte under data/', () => {
    const before = snapshot();
    const sheet = join(root, 'events.csv');
    expect(run('export', '--data', data, '--csv', sheet)).toMatchObject({
      code: 0,
      out: `exported 4 events to ${sheet}\n`,
    });
    expect(readFileSync(sheet, 'utf8').startsWith(BOM)).toBe(true);
    const back = run('import', '--data', data, sheet);
    expect(back).toMatchObject({ code: 0, err: '' });
    expect(back.out).toBe(`${sheet}: 0 created, 0 updated, 4 unchanged\n`);
    expect(snapshot()).toEqual(before);
  });

  it('imports an edit from a TSV, and writes nothing when any row is wrong', () => {
    const sheet = join(root, 'events.tsv');
    run('export', '--data', data, '--tsv', sheet);
    const text = readFileSync(sheet, 'utf8');
    writeFileSync(sheet, text.replace('Putin and Xi', 'Xi and Putin'));
    const before = snapshot();
    const bad = join(root, 'bad.tsv');
    writeFileSync(
      bad,
      text
        .replace('Putin and Xi', 'Xi and Putin')
        .replace('\tday\thappened\tsummit', '\tdai\thappened\tsummit'),
    );
    const refused = run('import', '--data', data, bad);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /bad\.tsv: row \d, column precision \(precision\): must be one of: year, month, day, not the text "dai"\n1 error; nothing was written\n$/,
    );
    expect(snapshot()).toEqual(before);

    const done = run('import', '--data', data, sheet);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(
      /updated .*2026-02-04-putin-xi-video-call\.yaml\n.*0 created, 1 updated, 3 unchanged/,
    );
    const changed = Object.keys(snapshot()).filter((p) => snapshot()[p] !== before[p]);
    expect(changed).toEqual([expect.stringMatching(/2026-02-04-putin-xi-video-call\.yaml$/)]);
  });

  it('reports events missing from the sheet and deletes nothing', () => {
    const sheet = join(root, 'events.csv');
    run('export', '--data', data, '--csv', sheet);
    const lines = readFileSync(sheet, 'utf8').split('\r\n');
    writeFileSync(
      sheet,
      lines.filter((l) => !l.startsWith('2025-05-lavrov-wang-talks,')).join('\r\n'),
    );
    const before = snapshot();
    const result = run('import', '--data', data, sheet);
    expect(result.out).toMatch(
      /1 event in .* not in the sheet, left as they are .*\n {2}.*2025-05-lavrov-wang-talks\.yaml\n/,
    );
    expect(snapshot()).toEqual(before);
  });

  it('imports a TimelineJS sheet as drafts that npm run data accepts and leaves unpublished', () => {
    const tjs = join(root, 'timeline.csv');
    writeFileSync(
      tjs,
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n' +
        '2024,,,,,,,,,Our timeline,,,,,,title,,\n' +
        '2025,6,1,,,,,,,Lavrov visits,<p>He &amp; Wang met.</p>,,,,,,SCO,\n',
    );
    const map = join(root, 'map.yaml');
    writeFileSync(map, 'groups:\n  SCO: { type: meeting, forums: [sco] }\n');
    const result = run('import', '--from', 'timelinejs', '--map', map, '--data', data, tjs);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/title slide \(row 2\): «Our timeline»/);
    expect(result.out).toMatch(/created .*events\/2025\/2025-06-01-lavrov-visits\.yaml/);
    const written = readFileSync(
      join(data, 'events', '2025', '2025-06-01-lavrov-visits.yaml'),
      'utf8',
    );
    expect(written).toBe(
      'id: 2025-06-01-lavrov-visits\ndraft: true\ndate: 2025-06-01\nprecision: day\ntype: meeting\ntitle:\n  en: Lavrov visits\nsummary:\n  en: He & Wang met.\nactors: []\nforums:\n  - sco\nsources: []\n',
    );
    const compiled = compile(readDataDir(data, 'data'));
    expect(compiled.ok && compiled.counts.events).toBe(4);
    expect(compiled.ok && compiled.drafts[0]?.needs).toEqual([
      'an Arabic translation',
      'a status',
      'participants',
      'a source',
    ]);

    // Importing it again would replace curated work with the sheet's draft: refused.
    const again = run('import', '--from', 'timelinejs', '--map', map, '--data', data, tjs);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(
      /row 3, column id \(id\): "2025-06-01-lavrov-visits" is already an event/,
    );
  });

  it('says how to call it when misused', () => {
    expect(run('export', '--data', data).code).toBe(2);
    expect(run('import', '--data', data).code).toBe(2);
    expect(run('import', '--from', 'preceden', 'x.csv').err).toMatch(/--from takes "timelinejs"/);
  });
});
