import { describe, expect, it } from 'vitest';
import { citation } from './citation.ts';
import { exportFileName, viewLabel, type ExportFilters } from './exportView.ts';
import { nameBook } from './exportEvent.ts';
import { SAMPLE } from './testFixtures.ts';

const book = nameBook(SAMPLE);
const none: ExportFilters = { actors: [], actorsMode: 'any', forums: [], types: [], q: '' };
const filtered: ExportFilters = {
  actors: ['putin', 'xi'],
  actorsMode: 'all',
  forums: ['brics'],
  types: [],
  period: { start: '2024', end: '2026-02' },
  q: 'غاز',
};

describe('viewLabel', () => {
  it('names every filter in either language, and says "all events" without one', () => {
    expect(viewLabel(none, book, 'en')).toBe('all events');
    expect(viewLabel(none, book, 'ar')).toBe('كل الأحداث');
    expect(viewLabel(filtered, book, 'en')).toBe(
      'participants together: Vladimir Putin, Xi Jinping; forums: BRICS; period: 2024 – February 2026; search: “غاز”',
    );
    expect(viewLabel(filtered, book, 'ar')).toBe(
      'المشاركون معًا: فلاديمير بوتين، شي جين بينغ؛ الأطر: مجموعة بريكس؛ الفترة: 2024 – فبراير 2026؛ البحث: «غاز»',
    );
  });
});

describe('exportFileName', () => {
  it('names the view and the data version in ASCII', () => {
    expect(exportFileName(none, 'ab12', 'csv')).toBe('masar-all-ab12.csv');
    expect(exportFileName(filtered, 'ab12', 'ics')).toBe(
      'masar-with-all-putin-xi-forums-brics-2024..2026-02-search-ab12.ics',
    );
  });

  it('stays short however many filters there are', () => {
    const many = { ...none, actors: Array.from({ length: 40 }, (_, i) => `actor-${i}`) };
    const name = exportFileName(many, 'ab12', 'json');
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.endsWith('-ab12.json')).toBe(true);
  });
});

describe('citation', () => {
  const view = {
    what: 'all events',
    version: '0123456789abcdef',
    versionDate: '2026-12-01',
    accessed: '2026-12-05',
    link: 'https://masar.example/?forums=brics',
  };

  it('cites a view in English with version, its date, link and access date', () => {
    expect(citation(view, 'en')).toBe(
      'Masar. “all events”. Data version 0123456789abcdef (1 December 2026). https://masar.example/?forums=brics. Accessed 5 December 2026.',
    );
  });

  it('cites an event in Arabic, isolating the Latin runs and honouring Arabic-Indic digits', () => {
    const text = citation(
      { ...view, what: 'قمة بريكس في قازان', date: '22–24 أكتوبر 2024', versionDate: undefined },
      'ar',
      { digits: 'arab' },
    );
    expect(text).toBe(
      'مسار. «قمة بريكس في قازان» (22–24 أكتوبر 2024). نسخة البيانات \u20680123456789abcdef\u2069. ' +
        '\u2068https://masar.example/?forums=brics\u2069. تاريخ الاطلاع: ٥ ديسمبر ٢٠٢٦.',
    );
  });

  it('cites a partial date at its precision', () => {
    expect(citation({ ...view, what: 'A visit', date: 'May 2026' }, 'en')).toContain(
      '“A visit” (May 2026).',
    );
  });
});
