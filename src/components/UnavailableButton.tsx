import type { ReactNode } from 'react';

/**
 * A button that can be unavailable for a while (nothing to reset, a file being prepared). It says
 * so with `aria-disabled` and ignores presses instead of being `disabled`: a disabled button drops
 * the focus of the reader who just pressed it to the page's start, and a screen reader starts over
 * from the top. Style the unavailable look with Tailwind's `aria-disabled:` variant.
 */
export function UnavailableButton({
  available,
  onPress,
  className,
  children,
}: {
  available: boolean;
  onPress: () => void;
  className: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-disabled={!available}
      onClick={available ? onPress : undefined}
      className={className}
    >
      {children}
    </button>
  );
}
