import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, csvCell, toCsv } from './exportCsv.ts';
import { nameBook, type ExportEvent } from './exportEvent.ts';
import { makeEvent, SAMPLE } from './testFixtures.ts';
import { csvRecords, parseCsv } from './testCsv.ts';

const book = nameBook(SAMPLE);

function item(spec: Parameters<typeof makeEvent>[0], summary = { ar: 'ملخص', en: 'summary' }) {
  const event = makeEvent(spec);
  return {
    event,
    details: {
      summary,
      sources: [
        {
          outlet: { ar: 'وكالة شينخوا', en: 'Xinhua' },
          url: 'https://example.org/a?x=1,2',
          published: '2026-02-04',
          language: 'zh',
        },
        { outlet: { ar: 'الكرملين', en: 'Kremlin' }, published: '2026-02', language: 'ru' },
      ],
    },
    link: `https://masar.example/?event=${event.id}`,
  } satisfies ExportEvent;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('he said "no"')).toBe('"he said ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('بوتين، شي')).toBe('بوتين، شي');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@sum')).toBe("'@sum");
  });
});

describe('toCsv', () => {
  const events = [
    item(
      {
        id: 'kazan',
        date: ['2024-10-22', '2024-10-24'],
        type: 'summit',
        actors: ['putin', 'xi'],
        forums: ['brics'],
        title: ['قمة «بريكس»، قازان', 'BRICS summit, "Kazan"'],
        place: ['قازان', 'Kazan'],
      },
      { ar: 'سطر أول\nسطر ثانٍ', en: 'First line,\r\nsecond "line"' },
    ),
    item({ id: 'month', date: '2026-05', type: 'visit', status: 'planned', actors: ['putin'] }),
    item({ id: 'year', date: '2025', type: 'agreement' }),
  ];
  const text = toCsv(events, book);

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('reads back one row per event with every cell intact, Arabic and line breaks included', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const [kazan] = csvRecords(text.slice(1));
    expect(kazan).toMatchObject({
      id: 'kazan',
      title_ar: 'قمة «بريكس»، قازان',
      title_en: 'BRICS summit, "Kazan"',
      summary_ar: 'سطر أول\nسطر ثانٍ',
      summary_en: 'First line,\r\nsecond "line"',
      actor_ids: 'putin | xi',
      actors_ar: 'فلاديمير بوتين | شي جين بينغ',
      actors_en: 'Vladimir Putin | Xi Jinping',
      forum_ids: 'brics',
      forums_ar: 'مجموعة بريكس',
      forums_en: 'BRICS',
      source_urls: 'https://example.org/a?x=1,2',
      sources_en: 'Xinhua | Kremlin',
      place_ar: 'قازان',
      link: 'https://masar.example/?event=kazan',
    });
  });

  it('writes dates in EDTF with their precision: a day range, a month, a year', () => {
    const [kazan, month, year] = csvRecords(text.slice(1));
    expect(kazan).toMatchObject({
      date: '2024-10-22/2024-10-24',
      precision: 'day',
      start: '2024-10-22',
      end: '2024-10-24',
    });
    expect(month).toMatchObject({
      date: '2026-05',
      precision: 'month',
      end: '',
      first_day: '2026-05-01',
      last_day: '2026-05-31',
      status: 'planned',
    });
    expect(year).toMatchObject({ date: '2025', precision: 'year', last_day: '2025-12-31' });
  });
});
