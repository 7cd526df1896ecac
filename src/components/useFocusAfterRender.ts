import { useCallback, useLayoutEffect, useRef } from 'react';

/** Where the focus should go, asked once the render is on the page; nothing: leave it. */
export type FocusTarget = () => HTMLElement | null | undefined;

/**
 * Moves the focus once the render an action brings about is committed. A control that goes away
 * as it is pressed (a button that hides its notice, shows the last rows, clears the empty state)
 * takes the reader's focus with it to the page's start; the action names where it goes instead,
 * and the element is looked up only when it exists.
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | undefined>(undefined);
  useLayoutEffect(() => {
    const target = pending.current;
    pending.current = undefined;
    target?.()?.focus();
  });
  return useCallback((target: FocusTarget) => {
    pending.current = target;
  }, []);
}
