import { useSyncExternalStore } from 'react';

/**
 * Whether a media query matches now, following changes (window resized, settings changed).
 * `prerendered` is the answer the build's prerender gave (src/prerender): hydration must first
 * render what the HTML holds, and React switches to the real answer right after.
 */
export function useMediaQuery(query: string, prerendered = false): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => prerendered,
  );
}
