/**
 * Finds where the event happened, from the gazetteer in data/places.yaml: "في <city>" in the story
 * first, then the agency dateline ("بكين - 4 - 2", "موسكو-سانا"), which only says where the agency
 * filed from and so is weaker evidence.
 */
import type { Localized } from '../domain/schema.ts';
import type { Normalised } from './arabicText.ts';
import { findPhrase, normalise } from './arabicText.ts';
import { datelinePhrase } from './dateline.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Evidence, Guess } from './guess.ts';

export interface PlaceGuess extends Guess<{ id: string; name: Localized } | null> {
  /** Every other place of the gazetteer the article names (destinations, background). */
  mentioned: { id: string; at: number[] }[];
}

// How far into the story a "في <city>" still describes the main event (normalised characters).
const LEAD = 700;

export function findPlace(n: Normalised, gazetteer: Gazetteer): PlaceGuess {
  const inStory: { id: string; ev: Evidence; at: number }[] = [];
  const datelines: { id: string; ev: Evidence; at: number }[] = [];
  const counts = new Map<string, number[]>();
  // "شنغهاي" inside "منظمة شنغهاي للتعاون" names the forum, not the city.
  const forumSpans = gazetteer.forums.flatMap((f) =>
    [f.name.ar, f.name.en, ...f.aliases].flatMap((a) => findPhrase(n, a)),
  );
  for (const place of gazetteer.places) {
    const spellings = [place.name.ar, place.name.en, ...place.aliases];
    for (const spelling of new Set(spellings)) {
      for (const span of findPhrase(n, spelling)) {
        if (forumSpans.some((f) => f.start <= span.start && span.end <= f.end)) continue;
        counts.set(place.id, [...(counts.get(place.id) ?? []), span.start]);
        const lineStart = n.original.lastIndexOf('\n', span.start - 1) + 1;
        const before = normalise(n.original.slice(lineStart, span.start));
        const after = normalise(n.original.slice(span.end, span.end + 20));
        if (before.trim() === '' && /^\s*[-–]/.test(after)) {
          datelines.push({
            id: place.id,
            at: span.start,
            ev: {
              phrase: datelinePhrase(n.original, span.start),
              rule: 'dateline: where the agency filed from, not always where it happened',
              at: span.start,
            },
          });
        } else if (/(?:^|\s)في\s*$/.test(before) && span.start < (n.map[LEAD] ?? Infinity)) {
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
    return { value: named(dateline.id), confidence: 'low', evidence: [dateline.ev], mentioned };
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
