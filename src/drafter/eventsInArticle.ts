/**
 * One article, several events: which paragraph speaks of which event, and so whose parties are
 * whose. A story about a video call also tells of the consultations before it and a spokesman's
 * comment on them; the people of those paragraphs belong to those events, not to the call.
 *
 * A sentence belongs to the event of its first date. A sentence without a date that says it tells
 * of something earlier («في وقت سابق», «سابقًا», «قبل ذلك») belongs to an earlier event the article
 * does not date (EARLIER); any other to the nearest dated sentence of its paragraph (the earlier on
 * a tie). A paragraph without any date goes to the event of the next paragraph, when that one
 * opens with a date («وصرّح المتحدث … في وقت سابق» then «ونقلت … يوم الاثنين …»), else to none
 * (or EARLIER, as above).
 */

/** Event index of a mention: -1 the main event, k the k-th other date, undefined none. */
export type EventOf = (offset: number) => number | undefined;

/** An earlier event the article tells of without a date: not the main event, not a record. */
export const EARLIER = -2;

const STOP = /[.!?؟\n]/u;
// «سابقًا» with or without its tanween (the mark U+064B, which may come before or after the alif).
const SAYS_EARLIER = /في\s+وقت\s+سابق|سابق(?:\u064B?ا\u064B?)(?!\p{L})|قبل\s+ذلك/u;

export interface Ties {
  eventOf: EventOf;
  /** The sentence of the main event's first date (its lead), which names its parties: [start, end). */
  lead: [number, number] | undefined;
}

export function tieToEvents(text: string, dates: readonly { at: number; event: number }[]): Ties {
  // Sentences in one pass: start offsets, paragraph numbers.
  const starts: number[] = [];
  const paragraphs: number[] = [];
  let paragraph = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || STOP.test(c as string)) {
      if (text.slice(start, i).trim() !== '') {
        starts.push(start);
        paragraphs.push(paragraph);
      }
      if (c === '\n') paragraph++;
      start = i + 1;
    }
  }
  const sentenceOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const events: (number | undefined)[] = starts.map(() => undefined);
  const earlier = starts.map((from, s) =>
    SAYS_EARLIER.test(text.slice(from, starts[s + 1] ?? text.length)),
  );
  // The first date of each sentence: `dates` are in text order.
  for (const d of dates) {
    const s = sentenceOf(d.at);
    if (s >= 0 && events[s] === undefined) events[s] = d.event;
  }
  const tied = [...events];
  for (let s = 0; s < starts.length; s++) {
    if (events[s] !== undefined) continue;
    let before = s - 1;
    while (before >= 0 && paragraphs[before] === paragraphs[s] && events[before] === undefined)
      before--;
    let after = s + 1;
    while (
      after < starts.length &&
      paragraphs[after] === paragraphs[s] &&
      events[after] === undefined
    )
      after++;
    const hasBefore = before >= 0 && paragraphs[before] === paragraphs[s];
    const hasAfter = after < starts.length && paragraphs[after] === paragraphs[s];
    if (hasBefore || hasAfter) {
      if (earlier[s]) tied[s] = EARLIER;
      else if (hasBefore && (!hasAfter || s - before <= after - s)) tied[s] = events[before];
      else tied[s] = events[after];
    } else {
      // No date in the paragraph: the next paragraph's, when its first sentence is dated.
      let next = s + 1;
      while (next < starts.length && paragraphs[next] === paragraphs[s]) next++;
      const following = next < starts.length ? events[next] : undefined;
      tied[s] = following ?? (earlier[s] ? EARLIER : undefined);
    }
  }
  // The sentence of the main event's first date, not the first sentence tied to it (a header).
  const mainAt = dates.find((d) => d.event === -1)?.at;
  const first = mainAt === undefined ? -1 : sentenceOf(mainAt);
  return {
    eventOf: (offset) => {
      const s = sentenceOf(offset);
      return s < 0 ? undefined : tied[s];
    },
    lead: first < 0 ? undefined : [starts[first] as number, starts[first + 1] ?? text.length],
  };
}

/** How many of one party's mentions each event holds: -1 the main event, k the k-th other. */
export function mentionsByEvent(at: readonly number[], eventOf: EventOf): Map<number, number> {
  const counts = new Map<number, number>();
  for (const offset of at) {
    const event = eventOf(offset);
    if (event !== undefined) counts.set(event, (counts.get(event) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether a party named in the article is a party to the main event: named more often in its
 * paragraphs than in any other event's, as often when the main event's lead names them, or in no
 * event's paragraphs at all (nothing to say otherwise). Shoigu, named once in the call's paragraph
 * as the man whose consultations fed it and once in the consultations' own, is theirs; Putin,
 * named in the call's lead and once about a later visit, is the call's.
 */
export function partyToMain(counts: ReadonlyMap<number, number>, inLead: boolean): boolean {
  const main = counts.get(-1) ?? 0;
  let other = 0;
  let any = main > 0;
  for (const [event, n] of counts)
    if (event !== -1) {
      other = Math.max(other, n);
      any = true;
    }
  return !any || main > other || (inLead && main === other);
}
