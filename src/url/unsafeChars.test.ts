import { describe, expect, it } from 'vitest';
import { displayValue, stripUnsafeChars } from './unsafeChars.ts';

describe('search text from a link', () => {
  it('loses bidi overrides, isolates, marks and control characters', () => {
    expect(stripUnsafeChars('a\u202Eb\u2066c\u200Fd\u061Ce\u0000f\u009Fg\u2028h')).toBe('abcdefgh');
  });

  it('keeps Arabic, emoji and zero-width joiners intact', () => {
    expect(stripUnsafeChars('لا\u200Cإله 😀 \u200D')).toBe('لا\u200Cإله 😀 \u200D');
  });

  it('loses lone surrogates, which no link can carry', () => {
    expect(stripUnsafeChars('a\uD800b\uDC00c')).toBe('abc');
  });
});

describe('a rejected value in the notice', () => {
  it('shows hidden characters as � so a bidi trick cannot reorder what is shown', () => {
    expect(displayValue('exe.\u202Etxt')).toBe('exe.\uFFFDtxt');
  });

  it('is cut to 40 characters with an ellipsis, never halving an emoji', () => {
    expect(displayValue('😀'.repeat(50))).toBe(`${'😀'.repeat(40)}…`);
    expect(displayValue('x'.repeat(40))).toBe('x'.repeat(40));
  });
});
