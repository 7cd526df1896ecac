import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY } from '../domain/displayPrefs.ts';
import { DISPLAY_KEY, loadDisplay, saveDisplay } from './displayStore.ts';

const memory = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
};
const broken = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('display preferences on the device', () => {
  it('remembers a choice', () => {
    const store = memory();
    expect(saveDisplay({ digits: 'arab', calendar: 'hijri' }, store)).toBe(true);
    expect(loadDisplay(store)).toEqual({ digits: 'arab', calendar: 'hijri' });
  });

  it('falls back to the defaults when nothing, garbage or unknown values are stored', () => {
    expect(loadDisplay(memory())).toEqual(DEFAULT_DISPLAY);
    expect(loadDisplay(memory({ [DISPLAY_KEY]: '{not json' }))).toEqual(DEFAULT_DISPLAY);
    expect(loadDisplay(memory({ [DISPLAY_KEY]: '"arab"' }))).toEqual(DEFAULT_DISPLAY);
    expect(loadDisplay(memory({ [DISPLAY_KEY]: '{"digits":"<b>","calendar":"hijri"}' }))).toEqual({
      digits: 'latn',
      calendar: 'hijri',
    });
  });

  it('keeps working when storage throws or is missing', () => {
    expect(loadDisplay(broken)).toEqual(DEFAULT_DISPLAY);
    expect(saveDisplay({ digits: 'arab', calendar: 'hijri' }, broken)).toBe(false);
    expect(loadDisplay(undefined)).toEqual(DEFAULT_DISPLAY);
  });
});
