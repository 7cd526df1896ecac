// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next, { applyDigits } from '../i18n/i18n.ts';
import { DisplayMenu } from './DisplayMenu.tsx';

afterEach(() => {
  cleanup();
  applyDigits('latn');
});

describe('DisplayMenu', () => {
  it('offers digits and calendar in Arabic, reports a choice, and Esc returns to the button', () => {
    void i18next.changeLanguage('ar');
    const onChange = vi.fn();
    render(
      <DisplayMenu lang="ar" prefs={{ digits: 'latn', calendar: 'gregory' }} onChange={onChange} />,
    );
    const button = screen.getByRole('button', { name: 'خيارات العرض: الأرقام والتقويم' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: /هندية/ }));
    expect(onChange).toHaveBeenCalledWith({ digits: 'arab' });
    fireEvent.click(screen.getByRole('radio', { name: 'هجري' }));
    expect(onChange).toHaveBeenCalledWith({ calendar: 'hijri' });

    screen.getByRole('radio', { name: 'هجري' }).focus();
    fireEvent.keyDown(document.activeElement ?? document, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('offers only the calendar in English, which has no digit choice', () => {
    void i18next.changeLanguage('en');
    render(
      <DisplayMenu lang="en" prefs={{ digits: 'arab', calendar: 'gregory' }} onChange={vi.fn()} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Display options: digits and calendar' }));
    expect(screen.queryByRole('radio', { name: /Arabic-Indic/ })).toBeNull();
    expect(screen.getByRole('radio', { name: 'Gregorian' })).toHaveProperty('checked', true);
    void i18next.changeLanguage('ar');
  });
});

describe('counts in the reader’s digits', () => {
  it('writes translated counts and years in Arabic-Indic digits once chosen', () => {
    void i18next.changeLanguage('ar');
    act(() => applyDigits('arab'));
    expect(i18next.t('filters.results', { count: 17, total: 1234 })).toBe('١٧ حدثًا من أصل ١٬٢٣٤');
    expect(i18next.t('list.year', { year: 2026 })).toBe('عام ٢٠٢٦');
    applyDigits('latn');
    expect(i18next.t('list.year', { year: 2026 })).toBe('عام 2026');
  });
});
