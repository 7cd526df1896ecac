/**
 * Finds who published the article: an "المصدر:" line, the agency tag of the dateline ("(كونا)",
 * "موسكو-سانا"), the article's own URL, or the outlet's name in the header. An agency the story
 * merely quotes ("نقلت وكالة شينخوا") is reported as cited, not as the source.
 */
import type { Localized } from '../domain/schema.ts';
import type { Normalised } from './arabicText.ts';
import { findPattern, findPhrase, lineAround, lineBefore, normalise } from './arabicText.ts';
import { datelinePhrase } from './dateline.ts';
import type { Confidence, Evidence, Guess } from './guess.ts';
import { OUTLETS } from './outlets.ts';
import { findUrls, isArticleUrl } from './urls.ts';

export interface SourceGuess extends Guess<{ outlet: Localized | null; url?: string }> {
  /** Outlets the story quotes: possibly the original source of its facts. */
  cited: { outlet: Localized; phrase: string; at: number }[];
}

// A byline sits in the first lines: on a short line of its own, or right after the date.
const HEADER = 600;
// The longest line start (normalised characters) still read as a dateline before an agency tag.
const DATELINE_MAX = 80;
const isByline = (line: string, before: string) =>
  trimmedShorterThan(line, 60) || /\d{1,2}[./]\d{1,2}[./]\d{4}\s*[,،-]?\s*$/.test(before);

export function findSource(n: Normalised): SourceGuess {
  const found: { outlet: Localized; confidence: Confidence; ev: Evidence }[] = [];
  const cited: SourceGuess['cited'] = [];
  const evidence: Evidence[] = [];

  let url: string | undefined;
  const urls = findUrls(n.original).filter((u) => n.original.slice(u.start, u.end).trim() !== '');
  const article = urls.find((u) => isArticleUrl(u.text));
  if (article) {
    url = article.text;
    evidence.push({
      phrase: article.text,
      rule: 'URL of the article (image and CDN URLs skipped)',
      at: article.start,
    });
    const host = /^https?:\/\/([^/]+)/.exec(article.text)?.[1]?.toLowerCase() ?? '';
    const byDomain = OUTLETS.find((o) =>
      o.domains.some((d) => host === d || host.endsWith(`.${d}`)),
    );
    if (byDomain)
      found.push({
        outlet: byDomain.name,
        confidence: 'high',
        ev: { phrase: host, rule: 'web domain of the article', at: article.start },
      });
  }

  for (const m of findPattern(n, /(?:^|\n)[ \t]*المصدر\s*:\s*([^\n]{2,80})/u)) {
    const named = (m.groups[0] ?? '').trim();
    const outlet = OUTLETS.find((o) =>
      o.spellings.some((s) => normalise(s) === named || named.includes(normalise(s))),
    );
    const phrase = m.span.phrase.trim();
    found.push(
      outlet
        ? {
            outlet: outlet.name,
            confidence: 'high',
            ev: { phrase, rule: '"المصدر:" line', at: m.span.start },
          }
        : {
            outlet: { ar: phrase.replace(/^المصدر\s*:\s*/u, ''), en: '' },
            confidence: 'medium',
            ev: {
              phrase,
              rule: '"المصدر:" line (outlet not in the tool\'s list: write its English name)',
              at: m.span.start,
            },
          },
    );
  }

  for (const outlet of OUTLETS) {
    for (const spelling of outlet.spellings) {
      for (const span of findPhrase(n, spelling)) {
        const [lineStart, lineEnd] = lineAround(n, span.start);
        const line = n.original.slice(lineStart, lineEnd);
        // A dateline before the tag is a few words; a longer line start cannot be one, and
        // reading it for every match made a long line quadratic.
        const beforeOnLine = lineBefore(n, span.start, DATELINE_MAX + 1);
        const isDateline =
          beforeOnLine.length <= DATELINE_MAX &&
          (/^[\s\p{L}]{2,30}[-–]\s*(?:\d{1,2}\s*[-–/]\s*\d{1,2}\s*)?[(\s]*$/u.test(beforeOnLine) ||
            /^\s*\p{L}[\p{L} ]{1,30}\s*[-–]\s*$/u.test(beforeOnLine));
        const sourceLine = /^\s*المصدر/u.test(line);
        if (isDateline && !sourceLine) {
          found.push({
            outlet: outlet.name,
            confidence: 'high',
            ev: {
              phrase: datelinePhrase(n.original, lineStart),
              rule: 'agency tag in the dateline',
              at: span.start,
            },
          });
        } else if (
          span.start < HEADER &&
          isByline(line, n.original.slice(Math.max(0, span.start - 25), span.start))
        ) {
          found.push({
            outlet: outlet.name,
            confidence: 'medium',
            ev: { phrase: span.phrase, rule: 'outlet named in the header', at: span.start },
          });
        } else if (!sourceLine) {
          cited.push({ outlet: outlet.name, phrase: span.phrase, at: span.start });
        }
      }
    }
  }

  const rank: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
  found.sort((a, b) => rank[b.confidence] - rank[a.confidence] || (a.ev.at ?? 0) - (b.ev.at ?? 0));
  const best = found[0];
  if (!best) {
    return {
      value: { outlet: null, ...(url ? { url } : {}) },
      confidence: 'low',
      evidence,
      warnings: ['no outlet found: write the outlet that published the article'],
      cited: dedupeCited(cited),
    };
  }
  const others = cited.filter((c) => c.outlet.en !== best.outlet.en);
  const agreeing = found.filter(
    (f) => f.outlet.en === best.outlet.en && f.outlet.ar === best.outlet.ar,
  );
  const warnings = found
    .filter((f) => f.outlet.ar !== best.outlet.ar)
    .map(
      (f) =>
        `also names ${f.outlet.en || f.outlet.ar} («${f.ev.phrase}», ${f.ev.rule}): a republished story?`,
    );
  return {
    value: { outlet: best.outlet, ...(url ? { url } : {}) },
    confidence: agreeing.length > 1 ? 'high' : best.confidence,
    evidence: [...agreeing.map((f) => f.ev), ...evidence],
    warnings: [...new Set(warnings)],
    cited: dedupeCited(others),
  };
}

function dedupeCited(list: SourceGuess['cited']): SourceGuess['cited'] {
  const seen = new Set<string>();
  return list.filter((c) => (seen.has(c.outlet.en) ? false : (seen.add(c.outlet.en), true)));
}

// line.trim().length < max without copying the line: the check runs for every match in the header,
// and the header's line may be the whole article.
function trimmedShorterThan(line: string, max: number): boolean {
  let start = 0;
  while (start < line.length && /\s/.test(line[start] as string)) start++;
  let end = line.length;
  while (end > start && /\s/.test(line[end - 1] as string)) end--;
  return end - start < max;
}
