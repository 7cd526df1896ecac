/**
 * The compiled JSON: compact (it is the app's download), keys in the order dataset.ts builds
 * them, events already serialised one by one (possibly on other threads) and joined in order,
 * and a content hash that changes exactly when the content does.
 */
import { createHash } from 'node:crypto';
import { FORMAT_VERSION } from '../domain/schema.ts';
import type { CatalogueContent } from './dataset.ts';

/** Hex characters of SHA-256 kept: 64 bits is plenty to tell two versions of the data apart. */
export const HASH_LENGTH = 16;

export interface Serialised {
  hash: string;
  json: string;
}

/**
 * hash = SHA-256 of the JSON without the hash field, i.e. of `{"format":1,"affiliations":…}`;
 * the output is that text with `"hash":"…"` inserted after the format, and a final newline.
 * @param events each event's JSON, in Dataset order
 */
export function serialiseDataset(
  catalogue: CatalogueContent,
  events: readonly string[],
): Serialised {
  const head = `{"format":${FORMAT_VERSION}`;
  const body =
    `,"affiliations":${JSON.stringify(catalogue.affiliations)}` +
    `,"actors":${JSON.stringify(catalogue.actors)}` +
    `,"forums":${JSON.stringify(catalogue.forums)}` +
    `,"types":${JSON.stringify(catalogue.types)}` +
    `,"events":[${events.join(',')}]}`;
  const hash = createHash('sha256').update(head).update(body).digest('hex').slice(0, HASH_LENGTH);
  return { hash, json: `${head},"hash":"${hash}"${body}\n` };
}
