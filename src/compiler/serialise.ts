/**
 * The compiled JSON: compact (it is the app's download), keys in the order dataset.ts builds
 * them, events already serialised one by one (possibly on other threads) and joined in order as
 * bytes, and a content hash that changes exactly when the content does.
 */
import { createHash } from 'node:crypto';
import { FORMAT_VERSION } from '../domain/schema.ts';
import type { CatalogueContent } from './dataset.ts';

/** Hex characters of SHA-256 kept: 64 bits is plenty to tell two versions of the data apart. */
export const HASH_LENGTH = 16;

export interface Serialised {
  hash: string;
  /** UTF-8 JSON and a final newline. */
  bytes: Buffer;
}

const COMMA = Buffer.from(',');

/**
 * hash = SHA-256 of the JSON without the hash field, i.e. of `{"format":1,"affiliations":…}`;
 * the output is that text with `"hash":"…"` inserted after the format, and a final newline.
 * @param events each event's JSON as UTF-8, in Dataset order
 */
export function serialiseDataset(
  catalogue: CatalogueContent,
  events: readonly Uint8Array[],
): Serialised {
  const head = Buffer.from(`{"format":${FORMAT_VERSION}`);
  const middle = Buffer.from(
    `,"affiliations":${JSON.stringify(catalogue.affiliations)}` +
      `,"actors":${JSON.stringify(catalogue.actors)}` +
      `,"forums":${JSON.stringify(catalogue.forums)}` +
      `,"types":${JSON.stringify(catalogue.types)}` +
      `,"events":[`,
  );
  const tail = Buffer.from(']}');
  const body: Uint8Array[] = [middle];
  events.forEach((event, i) => {
    if (i > 0) body.push(COMMA);
    body.push(event);
  });
  body.push(tail);

  const sha = createHash('sha256').update(head);
  for (const part of body) sha.update(part);
  const hash = sha.digest('hex').slice(0, HASH_LENGTH);
  const bytes = Buffer.concat([head, Buffer.from(`,"hash":"${hash}"`), ...body, Buffer.from('\n')]);
  return { hash, bytes };
}
