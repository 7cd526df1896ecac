import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while React renders on the server or hydrates the prerendered page (src/prerender), true
 * from the render after: what only a browser can render (portals into the page shell, the
 * reader's own link) waits for it, so hydration meets exactly the HTML the build wrote.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
