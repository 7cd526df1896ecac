import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY } from '../domain/displayPrefs.ts';
import { prerenderedDisplay, prerenderedViewOf } from './prerenderedView.ts';

describe('prerenderedViewOf', () => {
  it('knows the opening view in each language', () => {
    expect(prerenderedViewOf('')).toBe('ar');
    expect(prerenderedViewOf('?lang=ar')).toBe('ar');
    expect(prerenderedViewOf('?lang=en')).toBe('en');
  });

  it('refuses any other view: filters, an event, a date, a search, the list tab', () => {
    for (const search of [
      '?actors=putin',
      '?lang=en&forums=sco',
      '?event=2026-02-04-putin-xi-call',
      '?date=2024-10-22',
      '?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86',
      '?view=list',
      '?range=2024..2026',
    ])
      expect(prerenderedViewOf(search), search).toBeUndefined();
  });

  it('refuses a link with a notice to show or digits of its own', () => {
    expect(prerenderedViewOf('?lang=fr')).toBeUndefined();
    expect(prerenderedViewOf('?date=yesterday')).toBeUndefined();
    expect(prerenderedViewOf('?digits=arab')).toBeUndefined();
  });
});

describe('prerenderedDisplay', () => {
  it('is the default display only', () => {
    expect(prerenderedDisplay(DEFAULT_DISPLAY)).toBe(true);
    expect(prerenderedDisplay({ ...DEFAULT_DISPLAY, digits: 'arab' })).toBe(false);
  });
});
