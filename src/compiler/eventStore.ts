/**
 * Where compiled events wait for assembly: each event's JSON is written at once as UTF-8 into one
 * growing off-heap buffer, and only its sort keys stay as JS values. At 100,000 events this keeps
 * ~240 MB of long-lived strings out of the garbage-collected heap, and a worker thread hands its
 * whole share over as one transferable buffer instead of 50,000 copied strings.
 */
import type { Diagnostic } from './diagnostic.ts';
import type { DraftNote, EventOutcome, SameEvent } from './eventFile.ts';
import type { RelatedLink } from '../domain/relations.ts';

/** What a store holds, as plain data that can cross to another thread. */
export interface StoredEvents {
  ids: string[];
  froms: string[];
  tos: string[];
  paths: string[];
  /** For the check that no two files describe one event. */
  same: SameEvent[];
  /** The relations each file states; most are empty. */
  related: RelatedLink[][];
  /** Which of `bytes` holds each event's JSON, and its byte offset and length there. */
  segments: number[];
  offsets: number[];
  lengths: number[];
  /**
   * Where each event's `,"summary":` starts, in bytes from the event's own offset: the index's
   * slim event is the bytes before it plus `}`, the event's details `{` plus the bytes after the comma.
   */
  splits: number[];
  /** The events' JSON, in buffers filled one after the other. */
  bytes: Uint8Array[];
  /** Files with errors, with their id when they name one (for the duplicate check). */
  failures: { path: string; id?: string; errors: Diagnostic[] }[];
  /** Drafts that passed their checks: never in the JSON, but reported with what they need. */
  drafts: DraftNote[];
}

const SUMMARY_KEY = Buffer.from(',"summary":');
const NO_LINKS: RelatedLink[] = [];

/**
 * The same text, no longer tied to the file it came from. V8 makes a longer substring (an id
 * sliced from the YAML) a view that keeps the whole file's text alive: kept until assembly, the
 * ids held every file's text, which the garbage collector copied and marked again and again
 * (40 MB live after compiling 10,000 events, 22 MB with copies). Flattening a fresh
 * concatenation copies just the characters.
 */
export function detach(text: string): string {
  return (' ' + text).slice(1);
}

/**
 * A full buffer is kept and a new one started, rather than grown: doubling copied everything
 * stored so far at every step (0.4 s of 100,000 events' compile, profiled).
 */
const SEGMENT_BYTES = 8 << 20;

export class EventStore {
  private readonly full: Uint8Array[] = [];
  private buffer: Buffer;
  private used = 0;
  private readonly data: Omit<StoredEvents, 'bytes'> = {
    ids: [],
    froms: [],
    tos: [],
    paths: [],
    same: [],
    related: [],
    segments: [],
    offsets: [],
    lengths: [],
    splits: [],
    failures: [],
    drafts: [],
  };

  /** @param segmentBytes the size of each buffer (tests make it small to cross many) */
  constructor(private readonly segmentBytes = SEGMENT_BYTES) {
    this.buffer = Buffer.allocUnsafeSlow(segmentBytes);
  }

  add(outcome: EventOutcome): void {
    if (!outcome.ok) {
      const { path, errors } = outcome;
      this.data.failures.push(
        outcome.id === undefined ? { path, errors } : { path, id: detach(outcome.id), errors },
      );
      return;
    }
    if (outcome.draft) {
      const { path, id, needs } = outcome;
      this.data.drafts.push({ path, id: detach(id), needs });
      return;
    }
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const room = outcome.json.length * 3;
    if (this.used + room > this.buffer.length) {
      this.full.push(this.buffer.subarray(0, this.used));
      this.buffer = Buffer.allocUnsafeSlow(Math.max(this.segmentBytes, room));
      this.used = 0;
    }
    const length = this.buffer.write(outcome.json, this.used, 'utf8');
    // The first `,"summary":` is the top-level key: inside JSON strings every quote is escaped,
    // and no key before summary holds an object with a summary (toTimelineEvent's order).
    const split = this.buffer.indexOf(SUMMARY_KEY, this.used) - this.used;
    if (split < 0 || split >= length) throw new Error(`event ${outcome.id} has no summary`);
    const d = this.data;
    d.ids.push(detach(outcome.id));
    d.froms.push(detach(outcome.from));
    d.tos.push(detach(outcome.to));
    d.paths.push(outcome.path);
    const { day, type, actors } = outcome.same;
    d.same.push({ day: detach(day), type: detach(type), actors: detach(actors) });
    d.related.push(
      outcome.related.length === 0
        ? NO_LINKS
        : outcome.related.map((r) => ({ id: detach(r.id), relation: r.relation })),
    );
    d.segments.push(this.full.length);
    d.offsets.push(this.used);
    d.lengths.push(length);
    d.splits.push(split);
    this.used += length;
  }

  /** The contents; the store must not be used afterwards (its buffer may be transferred). */
  finish(): StoredEvents {
    return { ...this.data, bytes: [...this.full, this.buffer.subarray(0, this.used)] };
  }
}
