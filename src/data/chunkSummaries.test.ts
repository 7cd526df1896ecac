import { describe, expect, it } from 'vitest';
import { readSummaries, type SummaryReply } from './chunkSummaries.ts';

const chunk = (hash: string, summaries: { ar: string; en: string }[]) =>
  new Response(JSON.stringify({ hash, events: summaries.map((summary) => ({ summary })) }));

async function all(replies: AsyncGenerator<SummaryReply>): Promise<SummaryReply[]> {
  const out: SummaryReply[] = [];
  for await (const reply of replies) out.push(reply);
  return out;
}

describe('readSummaries', () => {
  const files: Record<string, () => Response> = {
    '/0.json': () =>
      chunk('h1', [
        { ar: 'أول', en: 'first' },
        { ar: 'ثان', en: 'second' },
      ]),
    '/1.json': () => chunk('h1', [{ ar: 'ثالث', en: 'third' }]),
    '/old.json': () => chunk('h0', [{ ar: 'قديم', en: 'old' }]),
    '/missing.json': () => new Response('not found', { status: 404 }),
  };
  const fetchChunk = (url: string) =>
    Promise.resolve(files[url]?.() ?? new Response('', { status: 500 }));

  it('yields one language’s summaries, chunk by chunk, in order', async () => {
    const replies = await all(
      readSummaries({ urls: ['/0.json', '/1.json'], hash: 'h1', lang: 'en' }, fetchChunk),
    );
    expect(replies).toEqual([
      { chunk: 0, summaries: ['first', 'second'] },
      { chunk: 1, summaries: ['third'] },
    ]);
  });

  it('stops at a chunk of another data version: its texts would attach to the wrong events', async () => {
    const replies = await all(
      readSummaries(
        { urls: ['/0.json', '/old.json', '/1.json'], hash: 'h1', lang: 'ar' },
        fetchChunk,
      ),
    );
    expect(replies).toEqual([
      { chunk: 0, summaries: ['أول', 'ثان'] },
      { chunk: 1, failed: true },
    ]);
  });

  it('stops at a chunk the server does not have, or a network failure', async () => {
    expect(
      await all(
        readSummaries({ urls: ['/missing.json', '/0.json'], hash: 'h1', lang: 'ar' }, fetchChunk),
      ),
    ).toEqual([{ chunk: 0, failed: true }]);
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(
      await all(readSummaries({ urls: ['/0.json'], hash: 'h1', lang: 'ar' }, offline)),
    ).toEqual([{ chunk: 0, failed: true }]);
  });
});
