import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toICalendar, utcStamp } from './exportIcal.ts';
import { nameBook } from './exportEvent.ts';
import { makeEvent, SAMPLE } from './testFixtures.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab disappears. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('folds Arabic at 75 octets without cutting a character in two', () => {
    const line = `SUMMARY:${'قمة بريكس في قازان '.repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // A cut inside a two-byte letter would leave a replacement character when decoded.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(
        part,
      );
    }
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('keeps a four-byte character and its surrogate pair whole', () => {
    const line = `X:${'a'.repeat(72)}😀b`;
    const [first, second] = foldLine(line).split('\r\n');
    expect(first).toBe(`X:${'a'.repeat(72)}`);
    expect(second).toBe(' 😀b');
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
    expect(escapeText('بوتين، شي؛ لافروف')).toBe('بوتين، شي؛ لافروف');
  });
});

describe('toICalendar', () => {
  const details = {
    summary: { ar: 'ملخص، بفاصلة', en: 'A summary; with, marks' },
    sources: [
      {
        outlet: { ar: 'شينخوا', en: 'Xinhua' },
        url: 'https://example.org/x',
        published: '2024-10-22',
        language: 'zh',
      },
    ],
  };
  const events = [
    makeEvent({
      id: 'kazan',
      date: ['2024-10-22', '2024-10-24'],
      type: 'summit',
      forums: ['brics'],
      actors: ['putin'],
      title: ['قمة بريكس في قازان', 'BRICS summit in Kazan'],
      place: ['قازان', 'Kazan'],
    }),
    makeEvent({ id: 'may', date: '2026-05', type: 'visit', status: 'planned' }),
    makeEvent({ id: 'leap', date: '2024', type: 'call' }),
  ].map((event) => ({ event, details, link: `https://masar.example/?event=${event.id}` }));
  const text = toICalendar(events, nameBook(SAMPLE), {
    lang: 'ar',
    name: 'مسار — كل الأحداث',
    stamp: new Date('2026-12-05T22:15:30.123Z'),
    host: 'masar.example',
    precisionNote: (p, lang) => `${lang}:${p}`,
  });
  const lines = unfold(text).split('\r\n');
  const vevents = unfold(text)
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((block) => block.split('\r\n'));

  it('is a calendar of CRLF lines no longer than 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines).toContain('X-WR-CALNAME:مسار — كل الأحداث');
  });

  it('writes all-day events whose DTEND is the day after the last day', () => {
    const [kazan, may, leap] = vevents;
    expect(kazan).toContain('DTSTART;VALUE=DATE:20241022');
    expect(kazan).toContain('DTEND;VALUE=DATE:20241025');
    // Month precision: the whole month, up to the first of the next.
    expect(may).toContain('DTSTART;VALUE=DATE:20260501');
    expect(may).toContain('DTEND;VALUE=DATE:20260601');
    // Year precision: the whole year, leap day included.
    expect(leap).toContain('DTSTART;VALUE=DATE:20240101');
    expect(leap).toContain('DTEND;VALUE=DATE:20250101');
  });

  it('marks planned events tentative and gives each a UID and DTSTAMP', () => {
    const [kazan, may] = vevents;
    expect(kazan).toContain('STATUS:CONFIRMED');
    expect(may).toContain('STATUS:TENTATIVE');
    expect(kazan).toContain('UID:kazan@masar.example');
    expect(kazan).toContain('DTSTAMP:20261205T221530Z');
    expect(utcStamp(new Date('2026-01-02T03:04:05Z'))).toBe('20260102T030405Z');
  });

  it('escapes the texts and carries both languages, the sources and the link', () => {
    const [kazan, may] = vevents;
    expect(kazan).toContain('SUMMARY;LANGUAGE=ar:قمة بريكس في قازان');
    expect(kazan).toContain('LOCATION;LANGUAGE=ar:قازان');
    expect(kazan).toContain('URL:https://masar.example/?event=kazan');
    const description = kazan?.find((l) => l.startsWith('DESCRIPTION:')) ?? '';
    expect(description).toContain('ملخص، بفاصلة');
    expect(description).toContain('A summary\\; with\\, marks');
    expect(description).toContain('BRICS summit in Kazan');
    expect(description).toContain('Xinhua: https://example.org/x');
    expect(description).toContain('\\n');
    expect(description).not.toMatch(/[^\\][,;]/);
    // An approximate date says so, in both languages.
    const mayDescription = may?.find((l) => l.startsWith('DESCRIPTION:')) ?? '';
    expect(mayDescription).toContain('ar:month');
    expect(mayDescription).toContain('en:month');
  });
});
