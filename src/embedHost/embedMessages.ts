/**
 * The messages between an embedded Masar (/embed/) and the page that embeds it (the host script,
 * /embed.js). They carry only the view: its query (the same parameters as a Masar link) and the
 * embed's height. Each side checks the sender's origin and window before reading one, and reads
 * only what passes these checks; anything else is dropped without a word.
 */

/**
 * Embed → parent, once it listens: "say hello". Sent to any origin because the embed cannot know
 * its host's yet; it carries nothing but its type.
 */
export interface ReadyMessage {
  masar: 1;
  type: 'ready';
}

export function readReady(data: unknown): ReadyMessage | undefined {
  return isRecord(data) && data.masar === 1 && data.type === 'ready'
    ? { masar: 1, type: 'ready' }
    : undefined;
}

/** Host → embed, after the frame loads: "send me your view" (the embed replies to this origin only). */
export interface HelloMessage {
  masar: 1;
  type: 'hello';
}

/** Embed → host: the view as a query ("" or "?event=…&lang=en") and the content height in px. */
export interface ViewMessage {
  masar: 1;
  type: 'view';
  query: string;
  height: number;
}

/** Longer than any link Masar writes (src/url/params.ts caps a query at 2,000 characters). */
export const MAX_QUERY = 2000;
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 20_000;

/**
 * A query as Masar writes it: "?" then URL-encoded name=value pairs. Nothing that could end an
 * attribute or start markup, a fragment or a second URL passes.
 */
const QUERY = /^(\?[A-Za-z0-9\-._~%=&+]*)?$/;

export function isViewQuery(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_QUERY && QUERY.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readHello(data: unknown): HelloMessage | undefined {
  return isRecord(data) && data.masar === 1 && data.type === 'hello'
    ? { masar: 1, type: 'hello' }
    : undefined;
}

export function readView(data: unknown): ViewMessage | undefined {
  if (!isRecord(data) || data.masar !== 1 || data.type !== 'view') return undefined;
  const { query, height } = data;
  if (!isViewQuery(query)) return undefined;
  if (typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  return {
    masar: 1,
    type: 'view',
    query,
    height: Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height))),
  };
}

/** The host page's hash that holds an embed's view: `#masar=<the query, URL-encoded>`. */
export const HASH_KEY = 'masar';

export function hashFor(query: string): string {
  return `#${HASH_KEY}=${encodeURIComponent(query)}`;
}

/** The view a host page's hash holds, or undefined when it holds none (or a bad one). */
export function queryFromHash(hash: string): string | undefined {
  const prefix = `#${HASH_KEY}=`;
  if (!hash.startsWith(prefix)) return undefined;
  let query: string;
  try {
    query = decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return undefined;
  }
  return isViewQuery(query) ? query : undefined;
}
