/**
 * One language's summaries of every event of a chunked corpus, read chunk after chunk: what free
 * search needs of the detail files. At 100,000 events those files hold 80 MB of JSON, and parsing
 * them on the page cost ~50 main-thread tasks of 100–250 ms each, in the way of every drag and
 * click for a minute after load. So a worker (summaryWorker.ts) does the reading and parsing and
 * sends back only the strings; where workers are missing (tests, old engines) the same reading
 * runs on the page.
 */
import { readJson } from './readJson.ts';
import type { Dataset } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';
import { DATA_URL } from './loadDataset.ts';

/** What the worker is asked, and answers for each chunk in order. */
export interface SummaryRequest {
  urls: string[];
  hash: string;
  lang: Lang;
}
export type SummaryReply = { chunk: number; summaries: string[] } | { chunk: number; failed: true };

/** The absolute address of every detail chunk, as the page would fetch it. */
export function chunkUrls(dataset: Dataset, baseUrl = DATA_URL): string[] {
  const base = new URL(baseUrl, document.baseURI);
  return (dataset.details?.files ?? []).map((file) => new URL(file, base).href);
}

/**
 * Reads the chunks in order and yields each one's summaries; stops after a chunk that cannot be
 * read or belongs to another data version (its texts would attach to the wrong events).
 */
export async function* readSummaries(
  { urls, hash, lang }: SummaryRequest,
  fetchChunk: (url: string) => Promise<Response> = (url) => fetch(url),
): AsyncGenerator<SummaryReply> {
  for (let chunk = 0; chunk < urls.length; chunk++) {
    let summaries: string[];
    try {
      const response = await fetchChunk(urls[chunk] ?? '');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await readJson(response)) as { hash?: unknown; events?: unknown };
      if (body.hash !== hash || !Array.isArray(body.events)) throw new Error('another version');
      summaries = (body.events as { summary?: Partial<Record<Lang, string>> }[]).map(
        (event) => event.summary?.[lang] ?? '',
      );
    } catch {
      yield { chunk, failed: true };
      return;
    }
    yield { chunk, summaries };
  }
}

/**
 * Every event's summary in `lang`, in dataset order; undefined when a chunk cannot be read
 * (offline: search keeps working on titles and names) or once `cancelled()` says so.
 */
export async function loadSummaries(
  dataset: Dataset,
  lang: Lang,
  cancelled: () => boolean,
  baseUrl = DATA_URL,
): Promise<string[] | undefined> {
  const chunkSize = dataset.details?.chunkSize ?? 0;
  const request: SummaryRequest = { urls: chunkUrls(dataset, baseUrl), hash: dataset.hash, lang };
  const all = new Array<string>(dataset.events.length).fill('');
  const take = (reply: SummaryReply): boolean => {
    if ('failed' in reply) return false;
    reply.summaries.forEach((s, i) => (all[reply.chunk * chunkSize + i] = s));
    return true;
  };

  if (typeof Worker === 'undefined') {
    for await (const reply of readSummaries(request)) {
      if (cancelled() || !take(reply)) return undefined;
    }
    return all;
  }

  const worker = new Worker(new URL('./summaryWorker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<string[] | undefined>((resolve) => {
      let left = request.urls.length;
      if (left === 0) resolve(all);
      worker.onmessage = (message: MessageEvent<SummaryReply>) => {
        if (cancelled() || !take(message.data)) return resolve(undefined);
        if (--left === 0) resolve(all);
      };
      // A worker that cannot start (blocked by policy, a failed download) is a chunk not read.
      worker.onerror = () => resolve(undefined);
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
