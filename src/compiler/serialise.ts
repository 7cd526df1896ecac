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
 */
function joined(open: string, pieces: readonly Piece[]): Buffer {
  const start = Buffer.from(open);
  let length = start.length + Math.max(0, pieces.length - 1) + CLOSE.length;
  for (const piece of pieces) for (const part of piece) length += part.length;
  const out = Buffer.allocUnsafe(length);
  out.set(start, 0);
  let at = start.length;
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
  const body = joined(`${details ? '}' : ''},"events":[`, events);

  const chunkBodies: Buffer[] = [];
  if (details) {
    const size = details.chunkSize;
    if (!(Number.isInteger(size) && size >= 1))
      throw new RangeError(`chunk size must be a whole number of at least 1, got ${size}`);
    for (let first = 0; first < details.pieces.length; first += size)
      chunkBodies.push(
        joined(`,"first":${first},"events":[`, details.pieces.slice(first, first + size)),
      );
  }

  const sha = createHash('sha256').update(head).update(middle).update(body);
  for (const chunk of chunkBodies) sha.update(NEWLINE).update(head).update(chunk);
  const hash = sha.digest('hex').slice(0, HASH_LENGTH);

  const hashField = Buffer.from(`,"hash":"${hash}"`);
  const names = chunkBodies.map((_, k) => chunkName(hash, k));
  const files = details ? [Buffer.from(`,"files":${JSON.stringify(names)}`)] : [];
  return {
    hash,
    bytes: Buffer.concat([head, hashField, middle, ...files, body, NEWLINE]),
    chunks: chunkBodies.map((chunk, k) => ({
      name: names[k] as string,
      bytes: Buffer.concat([head, hashField, chunk, NEWLINE]),
    })),
  };
}
