import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next, { applyDigits } from './i18n.ts';
import { callKey, rememberTexts } from './useTranslation.ts';

afterEach(async () => {
  applyDigits('latn');
  await i18next.changeLanguage('ar');
});

describe('remembered texts', () => {
  it('asks i18next once for the same key and count, and again for another count', () => {
    const t = vi.fn((key: string, options?: { count?: number }) =>
      i18next.t(key as never, options as never),
    );
    const remembered = rememberTexts(t);
    const first = remembered('filters.countLabel', { count: 12 });
    expect(remembered('filters.countLabel', { count: 12 })).toBe(first);
    expect(t).toHaveBeenCalledTimes(1);
    expect(remembered('filters.countLabel', { count: 3 })).toBe('3 أحداث');
    expect(t).toHaveBeenCalledTimes(2);
  });

  it('gives the text of the language and digits on screen, never one remembered from another', async () => {
    const remembered = rememberTexts((key: string, options?: object) =>
      i18next.t(key as never, options as never),
    );
    expect(remembered('filters.countLabel', { count: 12 })).toBe('12 حدثًا');
    applyDigits('arab');
    expect(remembered('filters.countLabel', { count: 12 })).toBe('١٢ حدثًا');
    await i18next.changeLanguage('en');
    expect(remembered('filters.countLabel', { count: 12 })).toBe('12 events');
  });

  it('does not remember calls whose options are not plain values', () => {
    expect(callKey('a.b', { count: 2, name: 'x' })).toBeDefined();
    expect(callKey('a.b', { when: new Date(0) })).toBeUndefined();
    expect(callKey(['a.b', 'c'], undefined)).toBeUndefined();
    // A value's type is part of the key: 2 and "2" may pick different plural forms.
    expect(callKey('a.b', { count: 2 })).not.toBe(callKey('a.b', { count: '2' }));
  });
});
