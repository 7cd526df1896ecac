// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import '../i18n/i18n.ts';
import type { ReadDate } from '../domain/dateEntry.ts';
import type { Lang } from '../domain/languages.ts';
import { DateEntry, type DateUnit } from './DateEntry.tsx';

afterEach(cleanup);

function setup(props: { value?: string; unit?: DateUnit; button?: boolean; lang?: Lang } = {}) {
  const lang = props.lang ?? 'ar';
  void i18next.changeLanguage(lang);
  const onCommit = vi.fn<(read: ReadDate | undefined) => void>();
  const view = (value: string | undefined, l: Lang = lang) => (
    <DateEntry
      label="التاريخ"
      lang={l}
      unit={props.unit ?? 'day'}
      value={value}
      {...(props.button ? { submitLabel: 'اذهب' } : {})}
      onCommit={onCommit}
    />
  );
  const result = render(view(props.value));
  const field = screen.getByLabelText<HTMLInputElement>('التاريخ');
  return { field, onCommit, rerender: (v?: string, l?: Lang) => result.rerender(view(v, l)) };
}

const status = (field: HTMLElement) =>
  document.getElementById(field.getAttribute('aria-describedby')?.split(' ')[1] ?? '');

describe('DateEntry', () => {
  it('reads back what is typed, with the Hijri date, and commits it with the button', () => {
    const { field, onCommit } = setup({ button: true });
    fireEvent.change(field, { target: { value: '٤/٢/٢٠٢٦' } });
    expect(status(field)?.textContent).toBe('الأربعاء، 4 فبراير 2026 — 16 شعبان 1447 هـ');
    fireEvent.click(screen.getByRole('button', { name: 'اذهب' }));
    expect(onCommit).toHaveBeenCalledWith(expect.objectContaining({ value: '2026-02-04' }));
  });

  it('keeps a date it cannot read: says why, marks the field, keeps focus', () => {
    const { field, onCommit } = setup({ button: true });
    fireEvent.change(field, { target: { value: '30/2/2026' } });
    // Not while typing: the reader may not have finished.
    expect(field.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'اذهب' }));
    expect(onCommit).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(status(field)?.textContent).toBe('لا يوجد يوم 30 في فبراير 2026، فآخر أيامه 28.');
    expect(document.activeElement).toBe(field);
    // Re-checked as the reader corrects it.
    fireEvent.change(field, { target: { value: '28/2/2026' } });
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('quotes a Latin word inside the Arabic message in its own direction', () => {
    const { field } = setup({ button: true });
    fireEvent.change(field, { target: { value: 'Febuary 2026' } });
    fireEvent.submit(field);
    const quoted = status(field)?.querySelector('bdi');
    expect(quoted?.textContent).toBe('Febuary');
  });

  it('takes a day as its month where only months count, and says so', () => {
    const { field, onCommit } = setup({ unit: 'month' });
    fireEvent.change(field, { target: { value: '4/2/2026' } });
    expect(status(field)?.textContent).toBe(
      'فبراير 2026 — 13 شعبان – 11 رمضان 1447 هـ (الشهر كله)',
    );
    fireEvent.blur(field);
    expect(onCommit).toHaveBeenCalledWith(expect.objectContaining({ value: '2026-02' }));
  });

  it('commits an emptied field without a button as no value', () => {
    const { field, onCommit } = setup({ unit: 'month', value: '2024' });
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.submit(field);
    expect(onCommit).toHaveBeenCalledWith(undefined);
  });

  it('leaves a value from a link alone when the reader only passes through', () => {
    // A period of days from a link would otherwise become whole months on blur.
    const { field, onCommit } = setup({ unit: 'month', value: '2026-02-04' });
    expect(field.value).toBe('4 فبراير 2026');
    fireEvent.blur(field);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('shows a value set from elsewhere, keeps the reader’s own spelling of the same value', () => {
    const { field, rerender } = setup({ unit: 'month' });
    fireEvent.change(field, { target: { value: 'شباط 2026' } });
    rerender('2026-02');
    expect(field.value).toBe('شباط 2026');
    rerender('2024');
    expect(field.value).toBe('2024');
    rerender(undefined);
    expect(field.value).toBe('');
  });

  it('rewrites the text it wrote when the language changes', () => {
    const { field, rerender } = setup({ value: '2026-02-04' });
    expect(field.value).toBe('4 فبراير 2026');
    rerender('2026-02-04', 'en');
    expect(field.value).toBe('4 February 2026');
  });
});
