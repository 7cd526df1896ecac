/**
 * Finds where the event happened, from the gazetteer in data/places.yaml: "في <city>" (or "في
 * مدينة", "بمدينة", "في العاصمة …") in the story. The agency dateline ("بكين - 4 - 2", "موسكو-سانا")
 * only says where the report was filed, so it never gives the place on its own: it is reported for
 * the curator, who finds the place in the story or the records (a meeting in St Petersburg was
 * filed from Moscow).
 */
import type { Localized } from '../domain/schema.ts';
import type { Normalised, Span } from './arabicText.ts';
import { findPhrase, lineAround, normalise, normIndex } from './arabicText.ts';
import { datelinePhrase } from './dateline.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Evidence, Guess } from './guess.ts';

export interface PlaceGuess extends Guess<{ id: string; name: Localized } | null> {
  /** Every other place of the gazetteer the article names (destinations, background). */
  mentioned: { id: string; at: number[] }[];
}

// How far into the story a "في <city>" still describes the main event (normalised characters).
const LEAD = 700;

/**
 * What says "the event was in <place>" just before its name, in normalised text (ة → ه): "في",
 * "في مدينة", "بمدينة", "في العاصمة الروسية", "بالعاصمة".
 */
const IN_PLACE =
  /(?:^|\s)(?:[وف]?في(?:\s+(?:مدينه|العاصمه(?:\s+\p{L}+)?))?|[وف]?ب(?:مدينه|العاصمه(?:\s+\p{L}+)?))\s*$/u;
const IN_PLACE_REACH = 40;

export function findPlace(n: Normalised, gazetteer: Gazetteer): PlaceGuess {
  const inStory: { id: string; ev: Evidence; at: number }[] = [];
  const datelines: { id: string; ev: Evidence; at: number }[] = [];
  const counts = new Map<string, number[]>();
  // "شنغهاي" inside "منظمة شنغهاي للتعاون" names the forum, not the city.
  const inForum = containment(
    gazetteer.forums.flatMap((f) =>
      [f.name.ar, f.name.en, ...f.aliases].flatMap((a) => findPhrase(n, a)),
    ),
  );
  for (const place of gazetteer.places) {
    const spellings = [place.name.ar, place.name.en, ...place.aliases];
    for (const spelling of new Set(spellings)) {
      for (const span of findPhrase(n, spelling)) {
        if (inForum(span)) continue;
        const at = counts.get(place.id);
        if (at === undefined) counts.set(place.id, [span.start]);
        else at.push(span.start);
        // What precedes the place on its line, read backwards from the place in the text
        // normalised once: the white space, then maybe "في". Reading the line from its start
        // for every match made a long line quadratic.
        const lineStart = normIndex(n, lineAround(n, span.start)[0]);
        let j = normIndex(n, span.start);
        while (j > lineStart && /\s/.test(n.text[j - 1] as string)) j--;
        // A bounded look back (a few words), so a long line costs no more per match.
        const from = Math.max(lineStart, j - IN_PLACE_REACH);
        const afterFi = IN_PLACE.test(
          (from > lineStart ? ' ' : '') + n.text.slice(from, normIndex(n, span.start)),
        );
        const after = normalise(n.original.slice(span.end, span.end + 20));
        if (j === lineStart && /^\s*[-–]/.test(after)) {
          datelines.push({
            id: place.id,
            at: span.start,
            ev: {
              phrase: datelinePhrase(n.original, span.start),
              rule: 'dateline: where the agency filed from, not always where it happened',
              at: span.start,
            },
          });
        } else if (afterFi && span.start < (n.map[LEAD] ?? Infinity)) {
          inStory.push({
            id: place.id,
            at: span.start,
            ev: { phrase: `في ${span.phrase}`, rule: '"في <place>" in the lead', at: span.start },
          });
        }
      }
    }
  }
  const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
  inStory.sort((a, b) => a.at - b.at);
  const first = inStory[0];
  const dateline = datelines[0];
  const mentioned = [...counts.entries()].map(([id, at]) => ({ id, at }));
  const named = (id: string) => {
    const p = byId.get(id);
    return p ? { id, name: p.name } : null;
  };
  if (first) {
    const agree = dateline?.id === first.id;
    return {
      value: named(first.id),
      confidence: agree ? 'high' : 'medium',
      evidence: agree && dateline ? [first.ev, dateline.ev] : [first.ev],
      warnings:
        dateline && !agree
          ? [
              `the dateline says ${byId.get(dateline.id)?.name.en}: that is where the agency filed from`,
            ]
          : [],
      mentioned,
    };
  }
  if (dateline) {
    return {
      value: null,
      confidence: 'low',
      evidence: [dateline.ev],
      warnings: [
        `the dateline says ${byId.get(dateline.id)?.name.en}, where the report was filed; the story does not say where the event happened: find it in the records`,
      ],
      mentioned,
    };
  }
  return {
    value: null,
    confidence: 'low',
    evidence: [],
    warnings: [
      'no place from data/places.yaml in a dateline or after "في": add it by hand if known',
    ],
    mentioned,
  };
}

/**
 * Whether a span lies inside one of the given spans: sorted once, then a binary search and the
 * furthest end so far, instead of comparing every place with every forum mention.
 */
function containment(spans: Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const s of sorted) furthest.push(Math.max(s.end, furthest.at(-1) ?? -Infinity));
  return (span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Span).start <= span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] as number) >= span.end;
  };
}
