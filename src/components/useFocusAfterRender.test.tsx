// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusAfterRender } from './useFocusAfterRender.ts';

/** A "show the rest" button that goes away once pressed, as the list's does. */
function Rest({ moveFocus }: { moveFocus: boolean }) {
  const [open, setOpen] = useState(false);
  const focusAfter = useFocusAfterRender();
  return (
    <div>
      {open && <a href="#rest">The rest</a>}
      {!open && (
        <button
          type="button"
          onClick={() => {
            if (moveFocus) focusAfter(() => screen.queryByRole('link'));
            setOpen(true);
          }}
        >
          Show the rest
        </button>
      )}
    </div>
  );
}

afterEach(cleanup);

describe('useFocusAfterRender', () => {
  it('focuses what the action brought, once it is on the page', () => {
    render(<Rest moveFocus />);
    const button = screen.getByRole('button');
    button.focus();
    fireEvent.click(button);
    expect(document.activeElement).toBe(screen.getByRole('link'));
  });

  it('leaves the focus alone when no action asked for it', () => {
    render(<Rest moveFocus={false} />);
    const button = screen.getByRole('button');
    button.focus();
    fireEvent.click(button);
    expect(document.activeElement).toBe(document.body);
  });
});
