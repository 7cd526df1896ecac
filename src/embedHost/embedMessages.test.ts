import { describe, expect, it } from 'vitest';
import {
  hashFor,
  isViewQuery,
  queryFromHash,
  readHello,
  readReady,
  readView,
} from './embedMessages.ts';

describe('embed messages', () => {
  it('reads a view message and clamps its height', () => {
    expect(
      readView({ masar: 1, type: 'view', query: '?event=a-b&lang=en', height: 812.4 }),
    ).toEqual({ masar: 1, type: 'view', query: '?event=a-b&lang=en', height: 812 });
    expect(readView({ masar: 1, type: 'view', query: '', height: 1e9 })?.height).toBe(20_000);
    expect(readView({ masar: 1, type: 'view', query: '', height: 3 })?.height).toBe(200);
  });

  it('drops anything else: other shapes, markup, other URLs, extra fragments', () => {
    for (const data of [
      null,
      'view',
      [1],
      { masar: 2, type: 'view', query: '', height: 500 },
      { masar: 1, type: 'other', query: '', height: 500 },
      { masar: 1, type: 'view', query: '?q=<script>', height: 500 },
      { masar: 1, type: 'view', query: 'https://evil.example/?a=1', height: 500 },
      { masar: 1, type: 'view', query: '?a=1#x', height: 500 },
      { masar: 1, type: 'view', query: '?a="x"', height: 500 },
      { masar: 1, type: 'view', query: `?q=${'a'.repeat(2000)}`, height: 500 },
      { masar: 1, type: 'view', query: '', height: Number.NaN },
      { masar: 1, type: 'view', query: '', height: '500' },
    ])
      expect(readView(data), JSON.stringify(data)).toBeUndefined();
    expect(readHello({ masar: 1, type: 'hello', extra: '<b>' })).toEqual({
      masar: 1,
      type: 'hello',
    });
    expect(readHello({ type: 'hello' })).toBeUndefined();
    expect(readReady({ masar: 1, type: 'ready', query: '?x' })).toEqual({
      masar: 1,
      type: 'ready',
    });
    expect(readReady({ masar: 1, type: 'hello' })).toBeUndefined();
  });

  it('keeps a view in the host hash and reads it back, refusing a tampered one', () => {
    const query = '?q=%D9%82%D8%A7%D8%B2%D8%A7%D9%86&event=2024-10-22-brics-kazan-summit';
    expect(isViewQuery(query)).toBe(true);
    expect(queryFromHash(hashFor(query))).toBe(query);
    expect(queryFromHash('#other')).toBeUndefined();
    expect(queryFromHash('#masar=%E0%A4%A')).toBeUndefined();
    expect(queryFromHash(`#masar=${encodeURIComponent('?a=<img>')}`)).toBeUndefined();
  });
});
