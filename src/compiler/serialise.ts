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

/** One event's JSON as UTF-8, in parts to be written one after the other (cuts of the store's bytes). */
export type Piece = readonly Uint8Array[];

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

/** Chunked mode: every event's details, aligned with the index's events. */
export interface DetailsInput {
  chunkSize: number;
  pieces: readonly Piece[];
}

/** Name of chunk k of the dataset with this hash; the hash in it keeps versions apart. */
export const chunkName = (hash: string, k: number) => `events-${hash}-${k}.json`;
/** Any version's chunk file, for removing those a new index no longer references. */
export const CHUNK_FILE = /^events-[0-9a-f]{16}-\d+\.json$/;

const COMMA = 0x2c;
const CLOSE = Buffer.from(']}');
const NEWLINE = Buffer.from('\n');

/**
 * `open`, the pieces separated by commas, then `]}`, copied into one buffer sized up front: at
 * 100,000 events, Buffer.concat over 200,000 small parts cost several times the copying itself.
 * The buffer keeps `before` bytes free at its start and `after` at its end, for the parts of the
 * file that can only be written once the hash is known, so the file is never copied again.
 */
function joined(open: string, pieces: readonly Piece[], before: number, after: number): Buffer {
  const start = Buffer.from(open);
  let length = before + start.length + Math.max(0, pieces.length - 1) + CLOSE.length + after;
  for (const piece of pieces) for (const part of piece) length += part.length;
  const out = Buffer.allocUnsafe(length);
  out.set(start, before);
  let at = before + start.length;
  pieces.forEach((piece, i) => {
    if (i > 0) out[at++] = COMMA;
    for (const part of piece) {
      out.set(part, at);
      at += part.length;
    }
  });
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
 * @param events each event's JSON for the index (slim in chunked mode), in Dataset order
 * @param details in chunked mode, the details of the same events in the same order
 */
export function serialiseDataset(
  catalogue: CatalogueContent,
  events: readonly Piece[],
  details?: DetailsInput,
): Serialised {
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
  const chunkCount = details ? Math.ceil(details.pieces.length / size) : 0;
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
  const index = joined(`${details ? '}' : ''},"events":[`, events, bodyAt, NEWLINE.length);
  index.set(head, 0);
  index.set(middle, head.length + hashLength);
  index[index.length - 1] = NEWLINE[0] as number;

  const chunkAt = head.length + hashLength;
  const chunks: Buffer[] = [];
  if (details)
    for (let first = 0; first < details.pieces.length; first += size) {
      const chunk = joined(
        `,"first":${first},"events":[`,
        details.pieces.slice(first, first + size),
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
