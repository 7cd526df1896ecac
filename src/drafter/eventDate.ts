/**
 * Finds the dates the article speaks of and picks the one its main event most likely happened on.
 * Relative words are read against the publication date: "اليوم الأربعاء" (checked: a weekday that
 * does not match publication is reported), a bare "يوم الثلاثاء" (the latest Tuesday on or before
 * publication, or the next one after it when the verb is future or "المقبل" follows), "أمس",
 * "الشهر المقبل", "العام الماضي", "النصف الأول من العام". A day and month without a year take
 * the publication year only when that does not put them after publication; a range without a year
 * is never completed: the curator is told the year is missing. Anniversaries are evidence only.
 */
import type { Precision } from '../domain/partialDate.ts';
import type { Normalised, Span } from './arabicText.ts';
import { Claimed, findPattern, sentenceAround } from './arabicText.ts';
import {
  MONTH_PHRASE,
  ORDINAL_ALT,
  WEEKDAY_ALT,
  WEEKDAY_EN,
  monthOf,
  ordinalValue,
  weekdayIndex,
} from './calendarWords.ts';
import {
  addDays,
  addMonths,
  isoMonth,
  pad,
  partsOf,
  validDay,
  weekdayOf,
} from '../domain/calendar.ts';
import type { Confidence, Guess } from './guess.ts';

export type DateOrRange = string | { start: string; end: string };

export interface EventDate {
  /** Partial date or range; "YYYY" stands in for a year the article does not give. */
  date: DateOrRange;
  precision: Precision;
  /**
   * "unknown" when nothing tells: a past-looking date in an article with no publication date
   * may still be ahead of it, so the tool does not call it "happened".
   */
  status: 'happened' | 'planned' | 'unknown';
}

export interface DateMention extends Guess<EventDate | null> {
  /** For a mention that could not be resolved: how precise it would be (to rank it). */
  wouldBe?: Precision;
  rule: string;
  phrase: string;
  at: number;
}

export interface EventDates {
  /** The date of the main event, or null when the article gives none the tool can read. */
  main: DateMention | null;
  /** Every other date the article mentions: each may be another event worth a record. */
  others: DateMention[];
  /** Anniversaries ("الذكرى الـ75"): they point at an old event, never date this one. */
  anniversaries: DateMention[];
  /**
   * Every mention in text order, repeats included, each with the event it dates: -1 for the main
   * one, else its index in `others` (a repeat of a date, "اليوم" after "اليوم الأربعاء", dates
   * the same event). What tells which paragraph is about which event.
   */
  all: { at: number; event: number }[];
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// The article with its clitics: "الشهر", "للشهر", "بالعام", "وفي النصف" (ل + ال → لل).
const ART = '(?:[وفب]?ال|[وف]?لل)';
const FUTURE =
  /(?:سوف|من\s+المقرر|المقرر|المرتقب|المنتظر|[يت]عتزم|قد\s+[يت]\p{L}+|[وف]?س[يتن](?:زور|عقد|لتقي|جري|بحث|شارك|قوم|تم|صل|توجه|حضر|وقع|ناقش|كون))(?!\p{L})/u;
const DAY_OR_ORDINAL = `(?:(\\d{1,2})|(${ORDINAL_ALT}))`;

interface Rule {
  name: string;
  re: RegExp;
  read: (groups: (string | undefined)[], ctx: Context) => Reading | null;
}

interface Reading {
  value: EventDate | null;
  wouldBe?: Precision;
  confidence: Confidence;
  note: string;
  warnings?: string[];
}

interface Context {
  published: string | null;
  /** The words just before the match: is the verb future? */
  before: string;
  after: string;
}

const needsPublished = (what: string, wouldBe: Precision = 'day'): Reading => ({
  value: null,
  wouldBe,
  confidence: 'low',
  note: what,
  warnings: [`"${what}" needs the publication date: pass --published YYYY-MM-DD`],
});

const isFuture = (ctx: Context) => FUTURE.test(ctx.before);

/** Without a publication date only a future verb tells a status: a plan; otherwise nobody knows. */
const statusUndated = (ctx: Context) => (isFuture(ctx) ? 'planned' : 'unknown');

function statusOfPeriod(start: string, end: string, ctx: Context): EventDate['status'] {
  const pub = ctx.published;
  if (pub === null) return statusUndated(ctx);
  if (end.localeCompare(pub.slice(0, end.length)) < 0) return 'happened';
  if (start.localeCompare(pub.slice(0, start.length)) > 0) return 'planned';
  // The period contains publication: announcements of such periods are plans.
  return 'planned';
}

function day(d: string | undefined, ordinal: string | undefined): number {
  return d !== undefined ? Number(d) : ordinalValue(ordinal ?? '');
}

const RULES: Rule[] = [
  {
    name: 'today with weekday',
    re: new RegExp(`${B}[وف]?اليوم\\s+(${WEEKDAY_ALT})${E}`, 'u'),
    read: ([wd], ctx) => {
      if (ctx.published === null) return needsPublished('today');
      const said = weekdayIndex(wd ?? '');
      const actual = weekdayOf(ctx.published);
      const value: EventDate = { date: ctx.published, precision: 'day', status: 'happened' };
      if (said !== actual) {
        return {
          value,
          confidence: 'low',
          note: 'today = publication date',
          warnings: [
            `the article says today is ${WEEKDAY_EN[said]}, but ${ctx.published} was a ${WEEKDAY_EN[actual]}: check the publication date`,
          ],
        };
      }
      return {
        value,
        confidence: 'high',
        note: `today = publication date; ${WEEKDAY_EN[said]} matches`,
      };
    },
  },
  {
    name: 'today',
    re: new RegExp(`${B}(?<!روسيا\\s)(?<!حتي\\s)(?<!الي\\s)[وفب]?اليوم${E}(?!\\s+ال)`, 'u'),
    read: (_g, ctx) =>
      ctx.published === null
        ? needsPublished('today')
        : {
            value: { date: ctx.published, precision: 'day', status: 'happened' },
            confidence: 'medium',
            note: 'today = publication date',
          },
  },
  {
    // No optional white space before the word: over long blanked runs it would be quadratic.
    name: 'yesterday',
    re: new RegExp(`${B}[وف]?(?:(?:مساء|صباح|ليل)\\s+)?امس(\\s+الاول)?${E}`, 'u'),
    read: ([before], ctx) =>
      ctx.published === null
        ? needsPublished('yesterday')
        : {
            value: {
              date: addDays(ctx.published, before ? -2 : -1),
              precision: 'day',
              status: 'happened',
            },
            confidence: 'medium',
            note: before ? 'the day before yesterday' : 'yesterday = the day before publication',
          },
  },
  {
    name: 'weekday',
    re: new RegExp(
      `${B}(?:[وف]?[بل]?يوم\\s+(${WEEKDAY_ALT})(?:\\s+(الماضي|المقبل|القادم))?|(${WEEKDAY_ALT})\\s+(الماضي|المقبل|القادم))${E}`,
      'u',
    ),
    read: ([wd1, rel1, wd2, rel2], ctx) => {
      const wd = weekdayIndex(wd1 ?? wd2 ?? '');
      const rel = rel1 ?? rel2;
      if (ctx.published === null) return needsPublished(`weekday (${WEEKDAY_EN[wd]})`);
      const pubWd = weekdayOf(ctx.published);
      const next = rel === 'المقبل' || rel === 'القادم' || (rel === undefined && isFuture(ctx));
      let date: string;
      let note: string;
      if (next) {
        const ahead = (wd - pubWd + 7) % 7 || 7;
        date = addDays(ctx.published, ahead);
        note = `the next ${WEEKDAY_EN[wd]} after publication (${rel ? `"${rel}"` : 'future verb'})`;
      } else {
        const back = rel === 'الماضي' ? (pubWd - wd + 7) % 7 || 7 : (pubWd - wd + 7) % 7;
        date = addDays(ctx.published, -back);
        note = `the latest ${WEEKDAY_EN[wd]} on or before publication`;
      }
      return {
        value: { date, precision: 'day', status: next ? 'planned' : 'happened' },
        confidence: 'medium',
        note,
      };
    },
  },
  {
    name: 'explicit range',
    re: new RegExp(
      `${B}(?:من|بين)\\s+(\\d{1,2})\\s*(${MONTH_PHRASE})?\\s*(\\d{4})?\\s+(?:الي|حتي|و)\\s*(\\d{1,2})\\s+(${MONTH_PHRASE})(?:\\s+(?:من\\s+)?(?:عام\\s+|العام\\s+)?(\\d{4}))?${E}`,
      'u',
    ),
    read: ([d1, m1, y1, d2, m2, y2], ctx) => {
      const endMonth = monthOf(m2 ?? '');
      const startMonth = m1 ? monthOf(m1) : endMonth;
      if (endMonth === null || startMonth === null) return null;
      const year = y2 ?? y1;
      if (year === undefined) {
        return {
          value: {
            date: {
              start: `YYYY-${pad(startMonth)}-${pad(Number(d1))}`,
              end: `YYYY-${pad(endMonth)}-${pad(Number(d2))}`,
            },
            precision: 'day',
            status: ctx.published === null ? statusUndated(ctx) : 'happened',
          },
          confidence: 'low',
          note: 'range of days',
          warnings: ['the year is missing in the article: find it in the records, do not guess it'],
        };
      }
      const startYear = y1 ?? (startMonth > endMonth ? String(Number(year) - 1) : year);
      const start = validDay(Number(startYear), startMonth, Number(d1));
      const end = validDay(Number(year), endMonth, Number(d2));
      if (start === null || end === null || start > end) return null;
      return {
        value: { date: { start, end }, precision: 'day', status: statusOfPeriod(start, end, ctx) },
        confidence: 'high',
        note: 'range of days',
      };
    },
  },
  {
    name: 'day and month',
    re: new RegExp(
      `${B}${DAY_OR_ORDINAL}\\s+(?:من\\s+)?(?:شهر\\s+)?(${MONTH_PHRASE})(?:\\s*,?\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+)?(\\d{4}))?${E}`,
      'u',
    ),
    read: ([d, ord, m, y], ctx) => {
      const month = monthOf(m ?? '');
      if (month === null) return null;
      const dd = day(d, ord);
      if (y !== undefined) {
        const date = validDay(Number(y), month, dd);
        if (date === null) return null;
        return {
          value: { date, precision: 'day', status: statusOfPeriod(date, date, ctx) },
          confidence: 'high',
          note: 'day, month and year',
        };
      }
      if (ctx.published === null) return needsPublished('day and month without a year');
      const [pubYear] = partsOf(ctx.published);
      const date = validDay(pubYear, month, dd);
      if (date === null) return null;
      if (date > ctx.published) {
        return {
          value: { date: `YYYY-${pad(month)}-${pad(dd)}`, precision: 'day', status: 'happened' },
          confidence: 'low',
          note: 'day and month, no year',
          warnings: [
            `no year, and in ${pubYear} this day is after publication: find the year in the records, do not guess it`,
          ],
        };
      }
      return {
        value: { date, precision: 'day', status: 'happened' },
        confidence: 'medium',
        note: `day and month; year ${pubYear} of publication, since the day is not after it`,
        warnings: [`the article gives no year; ${pubYear} assumed from publication`],
      };
    },
  },
  {
    name: 'half of the year',
    re: new RegExp(
      `${B}${ART}نصف\\s+(الاول|الثاني)\\s+من\\s+(?:العام|عام|السنه)(?:\\s+(\\d{4}|الجاري|الحالي|المقبل|القادم))?${E}`,
      'u',
    ),
    read: ([half, which], ctx) => {
      let year: number;
      if (which !== undefined && /^\d{4}$/.test(which)) year = Number(which);
      else if (ctx.published === null) return needsPublished('half of the year', 'month');
      else year = partsOf(ctx.published)[0] + (which === 'المقبل' || which === 'القادم' ? 1 : 0);
      const [from, to] = half === 'الاول' ? [1, 6] : [7, 12];
      const start = isoMonth(year, from);
      const end = isoMonth(year, to);
      return {
        value: {
          date: { start, end },
          precision: 'month',
          status: statusOfPeriod(start, end, ctx),
        },
        confidence: which === undefined ? 'medium' : 'high',
        note: `${half === 'الاول' ? 'first' : 'second'} half of ${year}`,
      };
    },
  },
  {
    name: 'month',
    re: new RegExp(
      `${B}(?:في\\s+)?(?:شهر\\s+)?(${MONTH_PHRASE})\\s+(?:من\\s+)?(?:(?:عام\\s+|العام\\s+)?(\\d{4})|(?:العام|السنه)\\s+(?:الجاري|الجاريه|الحالي|الحاليه)|(المقبل|القادم|الماضي))${E}`,
      'u',
    ),
    read: ([m, y, rel], ctx) => {
      const month = monthOf(m ?? '');
      if (month === null) return null;
      let year: number;
      if (y !== undefined) year = Number(y);
      else if (ctx.published === null) return needsPublished('month of this year', 'month');
      else {
        const [py, pm] = partsOf(ctx.published);
        year = py;
        if ((rel === 'المقبل' || rel === 'القادم') && month <= pm) year += 1;
        if (rel === 'الماضي' && month >= pm) year -= 1;
      }
      const date = isoMonth(year, month);
      return {
        value: { date, precision: 'month', status: statusOfPeriod(date, date, ctx) },
        confidence: y !== undefined ? 'high' : 'medium',
        note: `month ${date}`,
      };
    },
  },
  {
    name: 'relative month',
    re: new RegExp(`${B}${ART}?شهر\\s+(المقبل|القادم|الماضي|الجاري|الحالي)${E}`, 'u'),
    read: ([rel], ctx) => {
      if (ctx.published === null) return needsPublished('relative month', 'month');
      const [py, pm] = partsOf(ctx.published);
      const delta = rel === 'الماضي' ? -1 : rel === 'المقبل' || rel === 'القادم' ? 1 : 0;
      const [y, m] = addMonths(py, pm, delta);
      const date = isoMonth(y, m);
      return {
        value: { date, precision: 'month', status: delta > 0 ? 'planned' : 'happened' },
        confidence: 'medium',
        note: `the month ${delta > 0 ? 'after' : delta < 0 ? 'before' : 'of'} publication`,
      };
    },
  },
  {
    name: 'relative year',
    re: new RegExp(
      `${B}${ART}?(?:عام|سنه)\\s+(الماضي|الماضيه|المقبل|المقبله|القادم|القادمه)${E}`,
      'u',
    ),
    read: ([rel], ctx) => {
      if (ctx.published === null) return needsPublished('relative year', 'year');
      const delta = rel?.startsWith('الماضي') ? -1 : 1;
      const date = String(partsOf(ctx.published)[0] + delta);
      return {
        value: { date, precision: 'year', status: delta > 0 ? 'planned' : 'happened' },
        confidence: 'medium',
        note: `the year ${delta > 0 ? 'after' : 'before'} publication`,
      };
    },
  },
  {
    name: 'year',
    re: /(?<![\p{L}\p{N}])(?:في\s+)?(?:عام|العام|سنه)\s+(\d{4})(?!\p{N})/u,
    read: ([y], ctx) => {
      const date = y ?? '';
      return {
        value: { date, precision: 'year', status: statusOfPeriod(date, date, ctx) },
        confidence: 'medium',
        note: `the year ${date}`,
      };
    },
  },
];

// With its clitics: "للذكرى الـ75", "بالذكرى", "وذكرى".
const ANNIVERSARY = /(?<![\p{L}])(?:[وفب]?ال|[وف]?لل|[وفب])?ذكري\s+(?:ال\s*)?(\d{1,3})(?!\p{N})/u;

// The year an anniversary falls in, as its sentence says it (normalised text: ة → ه, ى → ي).
const ANNIVERSARY_YEAR = new RegExp(
  `${B}(?:(?:في\\s+)?(?:عام|العام|سنه)\\s+(\\d{4})|${ART}?(?:عام|سنه)\\s+(الماضي|الماضيه|المقبل|المقبله|القادم|القادمه|الجاري|الجاريه|الحالي|الحاليه)|(?:هذا|هذه)\\s+(?:العام|السنه))${E}`,
  'gu',
);
// How far each way the sentence of an anniversary is read (normalised characters).
const ANNIVERSARY_REACH = 300;

/**
 * The year an anniversary falls in, from the words of its own sentence nearest to it: "العام
 * الماضي" in an article of 2026 is 2025, so the 80th anniversary is of 1945. Null when the
 * sentence names no year, or names it relative to a publication date the article lacks.
 */
function anniversaryYear(
  text: string,
  at: number,
  published: string | null,
): { year: number; phrase: string } | null {
  const [from, to] = sentenceAround(text, at, ANNIVERSARY_REACH);
  const pubYear = published === null ? null : partsOf(published)[0];
  let best: { year: number; phrase: string; distance: number } | null = null;
  for (const m of text.slice(from, to).matchAll(ANNIVERSARY_YEAR)) {
    const [phrase, explicit, relative] = m;
    let year: number | null;
    if (explicit !== undefined) year = Number(explicit);
    else if (pubYear === null) year = null;
    else if (relative === undefined) year = pubYear;
    else if (relative.startsWith('الماضي')) year = pubYear - 1;
    else if (/^(?:المقبل|القادم)/.test(relative)) year = pubYear + 1;
    else year = pubYear;
    if (year === null) continue;
    const distance = Math.abs(from + m.index - at);
    if (best === null || distance < best.distance) best = { year, phrase: phrase.trim(), distance };
  }
  return best && { year: best.year, phrase: best.phrase };
}

export function findEventDates(
  n: Normalised,
  published: string | null,
  exclude: readonly Span[] = [],
): EventDates {
  const mentions: DateMention[] = [];
  const taken = new Claimed(Math.max(n.original.length, ...exclude.map((s) => s.end)));
  for (const s of exclude) taken.claim(s.start, s.end);

  for (const rule of RULES) {
    for (const m of findPattern(n, rule.re)) {
      const { start, end, phrase } = m.span;
      if (taken.overlaps(start, end)) continue;
      const ctx: Context = {
        published,
        before: n.text.slice(Math.max(0, m.index - 60), m.index),
        after: n.text.slice(m.index + m.length, m.index + m.length + 30),
      };
      const reading = rule.read(m.groups, ctx);
      if (reading === null) continue;
      taken.claim(start, end);
      mentions.push({
        value: reading.value,
        confidence: reading.confidence,
        evidence: [{ phrase: phrase.trim(), rule: `${rule.name}: ${reading.note}`, at: start }],
        warnings: reading.warnings ?? [],
        ...(reading.wouldBe ? { wouldBe: reading.wouldBe } : {}),
        rule: rule.name,
        phrase: phrase.trim(),
        at: start,
      });
    }
  }

  const anniversaries: DateMention[] = findPattern(n, ANNIVERSARY).map((m) => {
    const years = Number(m.groups[0]);
    const said = anniversaryYear(n.text, m.index, published);
    const hint =
      said === null
        ? `${years}th anniversary; its sentence does not say in which year it falls`
        : `${years}th anniversary in ${said.year} («${said.phrase}»), so the original event was in ${said.year - years}`;
    return {
      value: null,
      confidence: 'low',
      evidence: [
        {
          phrase: m.span.phrase.trim(),
          rule: `anniversary (evidence only): ${hint}`,
          at: m.span.start,
        },
      ],
      rule: 'anniversary',
      phrase: m.span.phrase.trim(),
      at: m.span.start,
    };
  });

  mentions.sort((a, b) => a.at - b.at);
  const main = pickMain(mentions);
  // Another wording of the main date ("اليوم" after "اليوم الأربعاء") is not another event.
  const same = (x: DateMention) =>
    main !== null && x.value !== null && JSON.stringify(x.value) === JSON.stringify(main.value);
  const others = distinctMentions(mentions.filter((x) => x !== main && !same(x)));
  const byValue = new Map<string, number>();
  others.forEach((o, i) => {
    const key = JSON.stringify(o.value);
    if (o.value !== null && !byValue.has(key)) byValue.set(key, i);
  });
  const all = mentions.flatMap((x) => {
    if (x === main || same(x)) return [{ at: x.at, event: -1 }];
    const own = others.indexOf(x);
    const event = own >= 0 ? own : byValue.get(JSON.stringify(x.value));
    return event === undefined ? [] : [{ at: x.at, event }];
  });
  return { main, others, anniversaries, all };
}

const PRECISION_RANK: Record<Precision, number> = { day: 3, month: 2, year: 1 };
const CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 } as const;

/**
 * A story's own event is usually the most precise date it gives, and a past one: the plans and
 * background it mentions come with vaguer dates. Then the surer reading, then the earliest.
 * A mention that needs the publication date still competes, so a missing date is reported
 * rather than replaced by a vaguer one.
 */
function pickMain(mentions: DateMention[]): DateMention | null {
  const score = (m: DateMention) =>
    m.value === null
      ? PRECISION_RANK[m.wouldBe ?? 'year'] * 2 + 1
      : PRECISION_RANK[m.value.precision] * 2 + (m.value.status === 'happened' ? 1 : 0);
  return (
    [...mentions].sort(
      (a, b) =>
        score(b) - score(a) ||
        CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] ||
        a.at - b.at,
    )[0] ?? null
  );
}

/** The same reading of the same words, said again later, is one mention. */
function distinctMentions(list: DateMention[]): DateMention[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const key = `${m.rule}|${JSON.stringify(m.value)}|${m.phrase.replace(/^[وفب]/, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
