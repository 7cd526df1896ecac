import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '../compiler/parseYaml.ts';
import type { TextFile } from '../compiler/compile.ts';
import { FIXTURES, readText } from '../compiler/fixtureFiles.ts';
import { synthesise } from '../compiler/synth.ts';
import type { Row } from './eventRow.ts';
import { COLUMNS, eventToRow, rowToEvent } from './eventRow.ts';
import { readDelimited, writeDelimited } from './delimited.ts';
import type { ImportPlan } from './sheetImport.ts';
import { eventValues, planImport, rowsToEvents } from './sheetImport.ts';
import { editEventYaml } from './yamlEdit.ts';

const REPO_DATA = fileURLToPath(new URL('../../data', import.meta.url));

/** The sheet data:export writes for these files, as text. */
function exportText(files: readonly TextFile[], delimiter: ',' | '\t' = ','): string {
  const rows = eventValues(files, 'data').map((e) => COLUMNS.map((c) => eventToRow(e)[c]));
  return writeDelimited([[...COLUMNS], ...rows], delimiter);
}

function importText(files: readonly TextFile[], text: string, delimiter: ',' | '\t' = ',') {
  const read = rowsToEvents(readDelimited(text, delimiter));
  if ('errors' in read) return { ok: false as const, errors: read.errors };
  return planImport(files, 'data', read.events);
}

/** Edits one cell of the row whose id is `id` in an exported sheet. */
function editCell(
  text: string,
  id: string,
  column: (typeof COLUMNS)[number],
  value: string,
): string {
  const rows = readDelimited(text, ',').map((r) => r.fields);
  const at = COLUMNS.indexOf(column);
  for (const row of rows) if (row[0] === id) row[at] = value;
  return writeDelimited(rows, ',');
}

const planned = (result: ReturnType<typeof importText>): ImportPlan => {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
};

describe('export then import', () => {
  it('changes no file of the shipped data/, as CSV and as TSV', () => {
    const files = readText(REPO_DATA, 'data');
    for (const d of [',', '\t'] as const) {
      const plan = planned(importText(files, exportText(files, d), d));
      expect(plan.writes).toEqual([]);
      expect(plan.missing).toEqual([]);
      expect(plan.unchanged).toBeGreaterThan(80);
    }
  });

  it('changes no file of any generated corpus (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 40 }),
        (seed, events) => {
          const files = synthesise({ seed, events });
          const plan = planned(importText(files, exportText(files)));
          expect(plan.writes).toEqual([]);
          expect(plan.unchanged).toBe(events);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps any text a cell can hold exactly, and touches only the edited file (property)', () => {
    const files = synthesise({ seed: 7, events: 6 });
    const ids = eventValues(files, 'data').map((e) => e.id as string);
    const text = fc
      .string({
        unit: fc.constantFrom(
          'a',
          'ب',
          'ي',
          ' ',
          '"',
          ',',
          '\t',
          '|',
          '\\',
          ':',
          ';',
          '\n',
          '#',
          "'",
          'é',
          '«',
        ),
        minLength: 1,
        maxLength: 30,
      })
      .filter((s) => s.trim() === s && s.trim() !== '' && !/[\n\t]/.test(s));
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        text,
        fc.constantFrom('title_en', 'title_ar', 'summary_ar', 'summary_en'),
        (id, value, column) => {
          const sheet = editCell(exportText(files), id, column as (typeof COLUMNS)[number], value);
          const plan = planned(importText(files, sheet));
          expect(plan.writes.map((w) => w.path)).toEqual([expect.stringContaining(`/${id}.yaml`)]);
          const after = files.map((f) =>
            f.path === plan.writes[0]?.path ? { path: f.path, text: plan.writes[0].text } : f,
          );
          // Exported again, the sheet is the edited sheet: nothing lost, nothing else moved.
          expect(exportText(after)).toBe(sheet);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('import', () => {
  const files = synthesise({ seed: 3, events: 5 });
  const sheet = exportText(files);
  const [first, second] = eventValues(files, 'data').map((e) => e.id as string) as [string, string];

  it('rewrites only the changed field of an edited event, keeping the rest of its bytes', () => {
    const plan = planned(
      importText(files, editCell(sheet, first, 'title_en', 'A new English title')),
    );
    expect(plan.writes).toHaveLength(1);
    const write = plan.writes[0] as ImportPlan['writes'][number];
    const before = (files.find((f) => f.path === write.path) as TextFile).text.split('\n');
    const after = write.text.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toEqual(['  en: A new English title']);
  });

  it('creates a file in the year folder for a new id', () => {
    const rows = readDelimited(sheet, ',').map((r) => r.fields);
    const copy = [...(rows[1] as string[])];
    copy[0] = '2027-01-05-new-event';
    copy[COLUMNS.indexOf('date_start')] = '2027-01-05';
    copy[COLUMNS.indexOf('date_end')] = '';
    copy[COLUMNS.indexOf('precision')] = 'day';
    copy[COLUMNS.indexOf('status')] = 'planned';
    copy[COLUMNS.indexOf('actors')] = '';
    const plan = planned(importText(files, writeDelimited([...rows, copy], ',')));
    expect(plan.writes.map((w) => [w.path, w.created])).toEqual([
      ['data/events/2027/2027-01-05-new-event.yaml', true],
    ]);
    expect(plan.writes[0]?.text).toMatch(/^id: 2027-01-05-new-event\ndate: 2027-01-05\n/);
  });

  it('reports events the sheet leaves out, and plans no deletion', () => {
    const rows = readDelimited(sheet, ',')
      .map((r) => r.fields)
      .filter((r) => r[0] !== second);
    const plan = planned(importText(files, writeDelimited(rows, ',')));
    expect(plan.missing).toEqual([expect.stringContaining(`/${second}.yaml`)]);
    expect(plan.writes).toEqual([]);
  });

  it('names the row, column and field of every compiler error, and plans nothing (all or nothing)', () => {
    let bad = editCell(sheet, first, 'title_en', 'Fine edit');
    bad = editCell(bad, second, 'actors', 'nobody-known');
    bad = editCell(bad, second, 'date_start', '2026-02-30');
    const result = importText(files, bad);
    expect(result.ok).toBe(false);
    const errors = (result as { errors: string[] }).errors.join('\n');
    expect(errors).toMatch(/row 3, column actors \(actors\[0\]\): unknown actor "nobody-known"/);
    expect(errors).toMatch(/row 3, column date_start \(date(\.start)?\): .*2026-02-30/);
    expect(result).not.toHaveProperty('writes');
  });

  it('refuses a row it cannot read, a duplicate id and an id that is no file name', () => {
    const rows = readDelimited(sheet, ',').map((r) => r.fields);
    const dup = [...(rows[1] as string[])];
    const badSource = [...(rows[2] as string[])];
    badSource[COLUMNS.indexOf('sources')] = 'outlet: no language given';
    const badId = [...(rows[3] as string[])];
    badId[0] = '../../etc/passwd';
    const result = importText(
      files,
      writeDelimited([rows[0] as string[], rows[1] as string[], dup, badSource, badId], ','),
    );
    const errors = (result as { errors: string[] }).errors;
    expect(errors.join('\n')).toMatch(
      /row 4, column sources: source line 1: "outlet: no language given" is not "name: value"/,
    );
    const second = importText(
      files,
      writeDelimited([rows[0] as string[], rows[1] as string[], dup, badId], ','),
    );
    const more = (second as { errors: string[] }).errors.join('\n');
    expect(more).toMatch(/row 3, column id \(id\): ".*" is already on row 2/);
    expect(more).toMatch(/row 4, column id \(id\): must be lowercase ASCII letters/);
  });

  it('refuses a header with unknown or missing columns', () => {
    const rows = readDelimited(sheet, ',').map((r) => r.fields);
    const header = (rows[0] as string[]).map((h) => (h === 'title_en' ? 'titel_en' : h));
    const result = importText(files, writeDelimited([header, ...rows.slice(1)], ','));
    expect((result as { errors: string[] }).errors).toEqual([
      expect.stringMatching(/unknown columns "titel_en"/),
      expect.stringMatching(/missing columns title_en/),
    ]);
  });
});

describe('the row encoding', () => {
  it('writes sources one a line as name: value pairs, escaping bars and line breaks', () => {
    const row: Row = eventToRow({
      id: 'x',
      sources: [
        { outlet: { ar: 'أ|ب', en: 'A' }, url: 'https://e.org/a', published: 2026, language: 'ar' },
        {
          outlet: { ar: 'ج', en: 'C' },
          published: '2026-02',
          language: 'en',
          note: { ar: 'سطر\nثان', en: 'n' },
        },
      ],
      related: [
        { id: 'y', relation: 'announces' },
        { id: 'z', relation: 'part-of' },
      ],
    });
    expect(row.sources).toBe(
      'outlet.ar: أ\\|ب | outlet.en: A | url: https://e.org/a | published: 2026 | language: ar\n' +
        'outlet.ar: ج | outlet.en: C | published: 2026-02 | language: en | note.ar: سطر\\nثان | note.en: n',
    );
    expect(row.related).toBe('announces:y; part-of:z');
    const back = rowToEvent(row);
    expect('event' in back && back.event.related).toEqual([
      { id: 'y', relation: 'announces' },
      { id: 'z', relation: 'part-of' },
    ]);
    expect('event' in back && back.event.sources).toEqual([
      { outlet: { ar: 'أ|ب', en: 'A' }, url: 'https://e.org/a', published: '2026', language: 'ar' },
      {
        outlet: { ar: 'ج', en: 'C' },
        published: '2026-02',
        language: 'en',
        note: { ar: 'سطر\nثان', en: 'n' },
      },
    ]);
    expect(rowToEvent({ ...row, related: 'announces y' })).toEqual({
      problems: [
        {
          column: 'related',
          message: '"announces y" is not "relation:event-id" (entries are separated by ";")',
        },
      ],
    });
  });
});

describe('editing a draft', () => {
  it('publishes it when the draft cell is emptied: only the draft line goes', () => {
    const files = synthesise({ seed: 11, events: 3 });
    const target = files.find((f) => f.path.startsWith('events/')) as TextFile;
    const lines = target.text.split('\n');
    const drafted = [lines[0], 'draft: true # still checking the date', ...lines.slice(1)].join(
      '\n',
    );
    const withDraft = files.map((f) => (f === target ? { path: f.path, text: drafted } : f));
    const id = /^id: (.+)$/m.exec(target.text)?.[1] as string;
    const sheet = exportText(withDraft);
    expect(sheet).toMatch(new RegExp(`${id},yes,`));
    const plan = planned(importText(withDraft, editCell(sheet, id, 'draft', '')));
    expect(plan.writes.map((w) => w.text)).toEqual([target.text]);
  });
});

describe('adding a field', () => {
  it('goes after the last line and its comment', () => {
    const text = `id: 2026-01-05-x\nactors: [] # nobody named\n`;
    expect(editEventYaml(text, { id: '2026-01-05-x', actors: [], forums: ['brics'] })).toBe(
      `id: 2026-01-05-x\nactors: [] # nobody named\nforums:\n  - brics\n`,
    );
  });
});

describe('one-line fields', () => {
  it('stay on one line when edited', () => {
    const text = readFileSync(
      join(FIXTURES, 'valid/data/events/2025/2025-05-lavrov-wang-talks.yaml'),
      'utf8',
    );
    const before = text.split('\n');
    const longer =
      'The ministers met on the sidelines of a regional meeting, and talked at length, it is said.';
    const after = editEventYaml(text, {
      ...(parseYaml(text) as { ok: true; value: Record<string, unknown> }).value,
      summary: { ar: 'التقى الوزيران على هامش اجتماع إقليمي.', en: longer },
      actors: ['sergey-lavrov'],
    }).split('\n');
    expect(after.filter((line, i) => line !== before[i])).toEqual([
      `summary: { ar: التقى الوزيران على هامش اجتماع إقليمي., en: "${longer}" }`,
      'actors: [sergey-lavrov]',
    ]);
  });
});
