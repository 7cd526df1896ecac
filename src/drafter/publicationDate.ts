/**
 * Finds when the article was published, from the forms Arabic outlets print: ISO lines, "التاريخ"
 * and "تاريخ النشر" lines, dates in the article's own URL, day-first numerals in the header, and
 * agency datelines ("بكين - 4 - 2 (كونا)") whose year comes from elsewhere. Image URLs never count:
 * stock photos carry the date they were shot, not the date of the story.
 */
import type { Normalised, Span } from './arabicText.ts';
import { findPattern, toSpan } from './arabicText.ts';
import { ENGLISH_MONTH_ALT, MONTH_PHRASE, monthOf } from './calendarWords.ts';
import { validDay } from '../domain/calendar.ts';
import type { Confidence, Evidence, Guess } from './guess.ts';
import { raise } from './guess.ts';
import { isArticleUrl, findUrls } from './urls.ts';

interface Candidate {
  value: string;
  confidence: Confidence;
  evidence: Evidence;
}

export interface PublicationDate extends Guess<string | null> {
  /** Spans read as publication dates, so the event-date finder does not read them again. */
  spans: Span[];
}

// How far into the article a bare date is still the header rather than the story (characters).
const HEADER = 400;
const SHORT_LINE = 80;

const lineAround = (text: string, at: number) =>
  text
    .slice(
      text.lastIndexOf('\n', at - 1) + 1,
      text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at),
    )
    .trim();

// The keyword must open its line: "التاريخ" inside a sentence is history, not a date line.
const DATE_LINE =
  /(?:^|\n)[ \t]*(?:تاريخ\s+النشر|التاريخ|نشر\s+في|published|date)(?![\p{L}])[^\n]{0,80}/giu;

function numericDate(d: string, m: string, y: string): string | null {
  return validDay(Number(y), Number(m), Number(d));
}

function fromLine(line: string): string | null {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(line);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const num = /(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})/.exec(line);
  if (num) return numericDate(num[1] ?? '', num[2] ?? '', num[3] ?? '');
  const named = new RegExp(
    `(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(${MONTH_PHRASE}|${ENGLISH_MONTH_ALT})[a-z]*\\s*,?\\s*(\\d{4})`,
    'iu',
  ).exec(line);
  if (named) {
    const month = monthOf(named[2] ?? '');
    return month === null ? null : validDay(Number(named[3]), month, Number(named[1]));
  }
  const english = new RegExp(
    `(${ENGLISH_MONTH_ALT})[a-z]*\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})`,
    'iu',
  ).exec(line);
  if (english) {
    const month = monthOf(english[1] ?? '');
    return month === null ? null : validDay(Number(english[3]), month, Number(english[2]));
  }
  return null;
}

export function findPublicationDate(n: Normalised, given?: string): PublicationDate {
  const found: Candidate[] = [];
  const spans: Span[] = [];
  const add = (
    value: string | null,
    confidence: Confidence,
    start: number,
    end: number,
    rule: string,
  ) => {
    if (value === null) return;
    const span = toSpan(n, start, end);
    spans.push(span);
    found.push({
      value,
      confidence,
      evidence: { phrase: span.phrase.trim(), rule, at: span.start },
    });
  };

  // Lines that say they carry the date ("date 2026-02-04", "التاريخ : 04/02/2026", "تاريخ النشر: …").
  for (const m of n.text.matchAll(DATE_LINE)) {
    const lineStart = m.index + (m[0].startsWith('\n') ? 1 : 0);
    const line = m[0].replace(/^\n/, '');
    // The line itself may hold a URL; only the text before it is the date label.
    const label = line.split(/https?:\/\//)[0] ?? '';
    add(fromLine(label), 'high', lineStart, lineStart + label.trimEnd().length, 'date line');
  }

  // The article's own URL: /20260204/ or /2026/02/04/. Image and CDN URLs are skipped on purpose.
  for (const url of findUrls(n.original)) {
    if (!isArticleUrl(url.text)) continue;
    const m = /\/(\d{4})\/?(\d{2})\/?(\d{2})(?:\/|[-_])/.exec(url.text);
    if (m) {
      const value = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
      if (value !== null) {
        spans.push({ start: url.start, end: url.end, phrase: url.text });
        found.push({
          value,
          confidence: 'high',
          evidence: { phrase: m[0], rule: 'date in the article URL', at: url.start + m.index },
        });
      }
    }
  }

  // Day-first numerals near the top (04/02/2026, 04.02.2026): Arabic outlets never write month first.
  const head = n.text.slice(0, HEADER);
  for (const m of findPattern(
    { ...n, text: head },
    /(?<![\d/.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d/.])/,
  )) {
    if (spans.some((s) => s.start <= m.span.start && m.span.start < s.end)) continue;
    add(
      numericDate(m.groups[0] ?? '', m.groups[1] ?? '', m.groups[2] ?? ''),
      'medium',
      m.index,
      m.index + m.length,
      'day-first date in the header',
    );
  }
  // "4 شباط/فبراير 2026" near the top.
  const namedRe = new RegExp(
    `(?<!\\d)(\\d{1,2})\\s+(${MONTH_PHRASE})\\s*,?\\s*(\\d{4})(?!\\d)`,
    'u',
  );
  for (const m of findPattern({ ...n, text: head }, namedRe)) {
    if (spans.some((s) => s.start <= m.span.start && m.span.start < s.end)) continue;
    const month = monthOf(m.groups[1] ?? '');
    // In a sentence, "في 1 مايو 2020" is the story's own date; a byline date stands on a short line.
    if (month === null || lineAround(n.original, m.span.start).length > SHORT_LINE) continue;
    add(
      validDay(Number(m.groups[2]), month, Number(m.groups[0])),
      'medium',
      m.index,
      m.index + m.length,
      'Arabic date in the header',
    );
  }

  // Agency dateline "بكين - 4 - 2 (كونا)": day and month only; the year must come from elsewhere.
  const dateline =
    /(?:^|\n)[ \t]*\p{L}[\p{L} ]{1,30}?\s*[-–]\s*(\d{1,2})\s*[-–/]\s*(\d{1,2})(?![\d./])\s*(?:-|\p{L})/u.exec(
      head,
    );
  const warnings: string[] = [];
  if (dateline) {
    const day = Number(dateline[1]);
    const month = Number(dateline[2]);
    const start = dateline.index + (dateline[0].startsWith('\n') ? 1 : 0);
    const span = toSpan(n, start, dateline.index + dateline[0].length);
    const sameDay = found.find(
      (c) =>
        c.value.slice(5) === `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );
    const givenYear = given?.slice(0, 4);
    if (sameDay) {
      sameDay.confidence = raise(sameDay.confidence);
      sameDay.evidence = {
        ...sameDay.evidence,
        rule: `${sameDay.evidence.rule}; the dateline agrees`,
      };
    } else {
      const year = givenYear ?? yearFromContext(n.text);
      const value = year === undefined ? null : validDay(Number(year), month, day);
      if (value !== null) {
        spans.push(span);
        found.push({
          value,
          confidence: 'low',
          evidence: {
            phrase: span.phrase.trim(),
            rule: `dateline day and month; year ${year} from ${givenYear ? '--published' : 'the years the text mentions'}`,
            at: span.start,
          },
        });
      }
    }
  }

  const best = pick(found);
  if (given !== undefined) {
    if (best && best.value !== given) {
      warnings.push(
        `the article says ${best.value} («${best.evidence.phrase}»), --published says ${given}`,
      );
    }
    return {
      value: given,
      confidence: 'high',
      evidence: [{ phrase: given, rule: 'given with --published' }],
      warnings,
      spans,
    };
  }
  if (!best) {
    return {
      value: null,
      confidence: 'low',
      evidence: [],
      warnings: ['no publication date found: pass --published YYYY-MM-DD'],
      spans,
    };
  }
  const agreeing = found.filter((c) => c.value === best.value);
  for (const other of found) {
    if (other.value !== best.value) {
      warnings.push(
        `another date in the header disagrees: ${other.value} («${other.evidence.phrase}», ${other.evidence.rule})`,
      );
    }
  }
  const confidence = agreeing.length > 1 ? raise(best.confidence) : best.confidence;
  return {
    value: best.value,
    confidence,
    evidence: agreeing.map((c) => c.evidence),
    warnings,
    spans,
  };
}

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

function pick(found: Candidate[]): Candidate | undefined {
  // The most sure candidate wins; among equals the one the most other candidates agree with.
  return [...found].sort(
    (a, b) =>
      RANK[b.confidence] - RANK[a.confidence] ||
      found.filter((c) => c.value === b.value).length -
        found.filter((c) => c.value === a.value).length,
  )[0];
}

/** The year the text names most often (2026 in "النصف الأول من عام 2026"), if any. */
function yearFromContext(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) {
    const y = m[1] as string;
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
