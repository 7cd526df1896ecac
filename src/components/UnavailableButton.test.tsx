// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { UnavailableButton } from './UnavailableButton.tsx';

describe('UnavailableButton', () => {
  it('ignores a press while unavailable and keeps the focus of the reader who pressed it', () => {
    const onPress = vi.fn();
    const { rerender } = render(
      <UnavailableButton available onPress={onPress} className="">
        إعادة الضبط
      </UnavailableButton>,
    );
    const button = screen.getByRole('button', { name: 'إعادة الضبط' });
    button.focus();
    fireEvent.click(button);
    expect(onPress).toHaveBeenCalledTimes(1);

    rerender(
      <UnavailableButton available={false} onPress={onPress} className="">
        إعادة الضبط
      </UnavailableButton>,
    );
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect((button as HTMLButtonElement).disabled).toBe(false);
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onPress).toHaveBeenCalledTimes(1);
  });
});
