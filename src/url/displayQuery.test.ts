import { describe, expect, it } from 'vitest';
import { parseDisplayQuery, serialiseDisplay } from './displayQuery.ts';

describe('display preferences in a link', () => {
  it('reads digits and calendar order, and only what the link set', () => {
    expect(parseDisplayQuery('?digits=arab&cal=hijri&lang=en')).toEqual({
      prefs: { digits: 'arab', calendar: 'hijri' },
      ignored: [],
    });
    expect(parseDisplayQuery('?cal=hijri').prefs).toEqual({ calendar: 'hijri' });
    expect(parseDisplayQuery('?digits=').prefs).toEqual({});
  });

  it('drops a bad value with a reason, and reports a repeat', () => {
    expect(parseDisplayQuery('?digits=xyz&cal=hijri&cal=gregory')).toEqual({
      prefs: { calendar: 'hijri' },
      ignored: [
        { param: 'digits', value: 'xyz', reason: 'invalid-value' },
        { param: 'cal', value: 'gregory', reason: 'duplicate' },
      ],
    });
  });

  it('drops a value with a malformed percent escape, showing it as written', () => {
    expect(parseDisplayQuery('?digits=ar%E0%A4&cal=hijri')).toEqual({
      prefs: { calendar: 'hijri' },
      ignored: [{ param: 'digits', value: 'ar%E0%A4', reason: 'bad-encoding' }],
    });
  });

  it('writes only what differs from the default', () => {
    expect(serialiseDisplay({ digits: 'latn', calendar: 'gregory' })).toBe('');
    expect(serialiseDisplay({ digits: 'arab', calendar: 'gregory' })).toBe('digits=arab');
    expect(serialiseDisplay({ digits: 'arab', calendar: 'hijri' })).toBe('digits=arab&cal=hijri');
  });
});
