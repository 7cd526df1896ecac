import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../src/domain/schema.ts';
import { escapeHtml, toTimelineJs } from './peer.ts';

function event(id: string, date: TimelineEvent['date'], extra: Partial<TimelineEvent> = {}) {
  return {
    id,
    date,
    from: '',
    to: '',
    status: 'happened',
    type: 'meeting',
    title: { ar: `عنوان ${id}`, en: `Title ${id}` },
    actors: [],
    forums: [],
    summary: { ar: `ملخص ${id}`, en: `Summary ${id}` },
    ...extra,
  } as TimelineEvent;
}

function dataset(events: TimelineEvent[]): Dataset {
  return {
    types: [{ id: 'meeting', name: { ar: 'اجتماع', en: 'Meeting' } }],
    events,
  } as unknown as Dataset;
}

describe('toTimelineJs', () => {
  it('keeps only the date parts the precision knows, and ranges get an end date', () => {
    const { events } = toTimelineJs(
      dataset([
        event('a', { precision: 'year', start: '2001' }),
        event('b', { precision: 'month', start: '2009-06' }),
        event('c', { precision: 'day', start: '2014-05-20', end: '2014-05-21' }),
      ]),
    );
    expect(events.map((e) => [e.start_date, e.end_date])).toEqual([
      [{ year: '2001' }, undefined],
      [{ year: '2009', month: '6' }, undefined],
      [
        { year: '2014', month: '5', day: '20' },
        { year: '2014', month: '5', day: '21' },
      ],
    ]);
  });

  it('carries the Arabic title and summary, the id, and the type as the group', () => {
    const [converted] = toTimelineJs(
      dataset([event('a', { precision: 'year', start: '2001' })]),
    ).events;
    expect(converted).toMatchObject({
      unique_id: 'a',
      text: { headline: 'عنوان a', text: 'ملخص a' },
      group: 'اجتماع',
    });
  });

  it('escapes markup in event text, which TimelineJS would otherwise render as HTML', () => {
    const hostile = event(
      'x',
      { precision: 'year', start: '2001' },
      {
        title: { ar: '<img src=x onerror=alert(1)>', en: 'x' },
        summary: { ar: `a & b "c" 'd'`, en: 'x' },
      },
    );
    const [converted] = toTimelineJs(dataset([hostile])).events;
    expect(converted?.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(converted?.text.text).toBe('a &amp; b &quot;c&quot; &#39;d&#39;');
    expect(escapeHtml('<b>')).not.toContain('<');
  });

  it('refuses a date the compiler would never write', () => {
    expect(() =>
      toTimelineJs(dataset([event('z', { precision: 'day', start: '2001-13' })])),
    ).toThrow(/2001-13/);
  });
});
