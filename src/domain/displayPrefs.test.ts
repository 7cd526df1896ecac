import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY, displayFor, numberLocale, withDigits } from './displayPrefs.ts';

describe('display preferences', () => {
  it('gives English Latin digits whatever was chosen in Arabic', () => {
    const chosen = { digits: 'arab', calendar: 'hijri' } as const;
    expect(displayFor(chosen, 'ar')).toEqual(chosen);
    expect(displayFor(chosen, 'en')).toEqual({ digits: 'latn', calendar: 'hijri' });
  });

  it('writes counts in the chosen digits, Arabic only', () => {
    const n = (locale: string) => new Intl.NumberFormat(locale).format(10000);
    expect(n(numberLocale('ar', 'arab'))).toBe('١٠٬٠٠٠');
    expect(n(numberLocale('ar', 'latn'))).toBe('10,000');
    expect(n(numberLocale('en', 'arab'))).toBe('10,000');
  });

  it('turns the UI’s own numbers into Arabic-Indic digits, and leaves Latin text alone', () => {
    expect(withDigits('4/2/2026', 'arab')).toBe('٤/٢/٢٠٢٦');
    expect(withDigits('4/2/2026', DEFAULT_DISPLAY.digits)).toBe('4/2/2026');
  });
});
