/**
 * The compiled JSON: compact (it is the app's download), keys in the order dataset.ts builds
 * them, events already serialised one by one (possibly on other threads) and joined in order as
 * bytes, and a content hash that changes exactly when the content does. Large corpora also get
 * detail chunks: the events' summaries, sources and bases in separate files the app fetches on
 * demand, so the index stays small enough for a browser to load.
 */
import { createHash } from 'node:crypto';
import { FORMAT_VERSION } from '../domain/schema.ts';
import type { CatalogueContent } from './dataset.ts';

/** Hex characters of SHA-256 kept: 64 bits is plenty to tell two versions of the data apart. */
export const HASH_LENGTH = 16;

/**
 * Every event's stored JSON (UTF-8), in Dataset order, as positions in the buffers that hold it:
 * event k is `buffers[k]` from `starts[k]` to `ends[k]` (its closing brace included), and its
 * `,"summary":` begins at `splits[k]` (see dataset.ts: the details come last). In chunked mode the
 * index's slim event is the bytes before the split plus `}`, its details `{` plus the bytes after
 * the comma; either way `tails[k]`, when set, goes in just before the closing brace.
 */
export interface EventBytes {
  buffers: readonly Uint8Array[];
  starts: Int32Array;
  splits: Int32Array;
  ends: Int32Array;
  /** The event's `,"related":[…]`, made at assembly where all events meet. */
  tails: readonly (Uint8Array | undefined)[];
}

export interface OutputFile {
  /** File name, relative to the index file's folder. */
  name: string;
  /** UTF-8 JSON and a final newline. */
  bytes: Buffer;
}

export interface Serialised {
  hash: string;
  /** The index: UTF-8 JSON and a final newline. */
  bytes: Buffer;
  /** Detail chunks, in order; empty in inline mode. */
  chunks: OutputFile[];
}

/** Chunked mode: the details of every event go to chunk files of this many events. */
export interface DetailsInput {
  chunkSize: number;
}

/** Name of chunk k of the dataset with this hash; the hash in it keeps versions apart. */
export const chunkName = (hash: string, k: number) => `events-${hash}-${k}.json`;
/** Any version's chunk file, for removing those a new index no longer references. */
export const CHUNK_FILE = /^events-[0-9a-f]{16}-\d+\.json$/;

const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const CLOSE = Buffer.from(']}');
const NEWLINE = Buffer.from('\n');

/** Which of an event's bytes a file holds: all of it (inline), the index's part, or the details. */
type Part = 'whole' | 'slim' | 'details';

function partLength(e: EventBytes, k: number, part: Part): number {
  const start = e.starts[k] as number;
  const split = e.splits[k] as number;
  const end = e.ends[k] as number;
  const tail = e.tails[k]?.length ?? 0;
  if (part === 'slim') return split - start + 1;
  // `{` + the bytes after the comma, or all the bytes; the tail before the closing brace.
  return (part === 'whole' ? end - start : end - split) + tail;
}

/** Writes event k's part at `at` in `out`; @returns where it ends. */
function writePart(out: Buffer, at: number, e: EventBytes, k: number, part: Part): number {
  const bytes = e.buffers[k] as Uint8Array;
  const split = e.splits[k] as number;
  const end = e.ends[k] as number;
  if (part === 'slim') {
    out.set(bytes.subarray(e.starts[k] as number, split), at);
    at += split - (e.starts[k] as number);
    out[at++] = CLOSE_BRACE;
    return at;
  }
  if (part === 'details') out[at++] = OPEN_BRACE;
  const from = part === 'details' ? split + 1 : (e.starts[k] as number);
  // Up to the closing brace, then the relations, then the brace.
  out.set(bytes.subarray(from, end - 1), at);
  at += end - 1 - from;
  const tail = e.tails[k];
  if (tail !== undefined) {
    out.set(tail, at);
    at += tail.length;
  }
  out[at++] = CLOSE_BRACE;
  return at;
}

/**
 * `open`, the events [first, last) separated by commas, then `]}`, copied into one buffer sized up
 * front. The buffer keeps `before` bytes free at its start and `after` at its end, for the parts of
 * the file that can only be written once the hash is known, so the file is never copied again.
 */
function joined(
  open: string,
  events: EventBytes,
  [first, last]: [number, number],
  part: Part,
  before: number,
  after: number,
): Buffer {
  const start = Buffer.from(open);
  let length = before + start.length + Math.max(0, last - first - 1) + CLOSE.length + after;
  for (let k = first; k < last; k++) length += partLength(events, k, part);
  const out = Buffer.allocUnsafe(length);
  out.set(start, before);
  let at = before + start.length;
  for (let k = first; k < last; k++) {
    if (k > first) out[at++] = COMMA;
    at = writePart(out, at, events, k, part);
  }
  out.set(CLOSE, at);
  return out;
}

/**
 * hash = SHA-256 of the index without its hash field and without `details.files` (the names are
 * made from the hash), e.g. `{"format":2,"affiliations":…,"details":{"chunkSize":2000},"events":[…]}`,
 * then for each chunk in order a newline and the chunk without its hash field
 * (`{"format":2,"first":0,"events":[…]}`). Inline mode has no chunks, so its hash is that of the
 * index alone. Each file is that text with `"hash":"…"` (and the file list) put back, and a
 * final newline.
 * @param events every event's stored JSON, in Dataset order
 * @param details chunked mode: the index gets each event's slim part, the chunks its details
 */
export function serialiseDataset(
  catalogue: CatalogueContent,
  events: EventBytes,
  details?: DetailsInput,
): Serialised {
  const count = events.starts.length;
  const head = Buffer.from(`{"format":${FORMAT_VERSION}`);
  const middle = Buffer.from(
    `,"affiliations":${JSON.stringify(catalogue.affiliations)}` +
      `,"actors":${JSON.stringify(catalogue.actors)}` +
      `,"forums":${JSON.stringify(catalogue.forums)}` +
      `,"types":${JSON.stringify(catalogue.types)}` +
      (details ? `,"details":{"chunkSize":${details.chunkSize}` : ''),
  );
  const size = details?.chunkSize ?? 1;
  if (details && !(Number.isInteger(size) && size >= 1))
    throw new RangeError(`chunk size must be a whole number of at least 1, got ${size}`);
  const chunkCount = details ? Math.ceil(count / size) : 0;
  // What the hash goes into has the same length whatever the hash: measure it with a stand-in.
  const hashField = (hash: string) => Buffer.from(`,"hash":"${hash}"`);
  const filesField = (hash: string) =>
    details
      ? Buffer.from(
          `,"files":${JSON.stringify(Array.from({ length: chunkCount }, (_, k) => chunkName(hash, k)))}`,
        )
      : Buffer.alloc(0);
  const blank = '0'.repeat(HASH_LENGTH);
  const hashLength = hashField(blank).length;
  // The index: head, hash, middle, files, then the body joined() writes, and a newline.
  const bodyAt = head.length + hashLength + middle.length + filesField(blank).length;
  const index = joined(
    `${details ? '}' : ''},"events":[`,
    events,
    [0, count],
    details ? 'slim' : 'whole',
    bodyAt,
    NEWLINE.length,
  );
  index.set(head, 0);
  index.set(middle, head.length + hashLength);
  index[index.length - 1] = NEWLINE[0] as number;

  const chunkAt = head.length + hashLength;
  const chunks: Buffer[] = [];
  if (details)
    for (let first = 0; first < count; first += size) {
      const chunk = joined(
        `,"first":${first},"events":[`,
        events,
        [first, Math.min(count, first + size)],
        'details',
        chunkAt,
        NEWLINE.length,
      );
      chunk.set(head, 0);
      chunk[chunk.length - 1] = NEWLINE[0] as number;
      chunks.push(chunk);
    }

  const sha = createHash('sha256')
    .update(head)
    .update(middle)
    .update(index.subarray(bodyAt, index.length - NEWLINE.length));
  for (const chunk of chunks)
    sha
      .update(NEWLINE)
      .update(head)
      .update(chunk.subarray(chunkAt, chunk.length - NEWLINE.length));
  const hash = sha.digest('hex').slice(0, HASH_LENGTH);

  const field = hashField(hash);
  index.set(field, head.length);
  index.set(filesField(hash), head.length + hashLength + middle.length);
  for (const chunk of chunks) chunk.set(field, head.length);
  return {
    hash,
    bytes: index,
    chunks: chunks.map((bytes, k) => ({ name: chunkName(hash, k), bytes })),
  };
}
