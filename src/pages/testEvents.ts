/** Events with their details for the page tests: hostile text where a page could be broken. */
import { makeDataset } from '../domain/testFixtures.ts';
import type { PageEvent } from './pageEvent.ts';

export const HOSTILE = `</title><script>alert(1)</script><img src=x onerror=alert(2)> "quoted" 'single' &amp;`;

export function pageDataset() {
  const dataset = makeDataset([
    {
      id: 'hostile-call',
      date: '2026-02-04',
      type: 'call',
      actors: ['putin', 'xi'],
      forums: ['brics'],
      title: [`${HOSTILE} عربي`, `${HOSTILE} English`],
      summary: [HOSTILE, HOSTILE],
      place: [HOSTILE, HOSTILE],
    },
    { id: 'month-visit', date: '2025-10', type: 'visit', status: 'planned' },
    { id: 'range-summit', date: ['2024-10-22', '2024-10-24'], type: 'summit', forums: ['brics'] },
  ]);
  const events: PageEvent[] = dataset.events.map((event) => ({
    ...event,
    summary: event.summary ?? { ar: 'ملخص', en: 'summary' },
    sources: [
      {
        outlet: { ar: HOSTILE, en: HOSTILE },
        url: `https://example.org/a?q="><script>alert(3)</script>`,
        published: '2026-02',
        language: 'en',
      },
      {
        outlet: { ar: 'بلا رابط', en: 'No link' },
        url: 'javascript:alert(4)',
        published: '2026',
        language: 'ar',
      },
    ],
  }));
  return { dataset, events };
}
