/**
 * Registers the offline service worker in production builds. Failure is harmless: the app works
 * online without it, so it is reported to the console only.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .catch((error: unknown) => console.warn('Masar: offline mode unavailable', error));
  });
}
