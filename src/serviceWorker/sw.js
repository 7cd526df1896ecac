// Masar's service worker: once a reader has opened Masar, it keeps working offline for the data
// it has. The build (scripts/serviceWorkerPlugin.ts) replaces PRECACHE with every file it emitted
// and VERSION with their hash, so each deployment gets its own cache and never mixes with another.
const PRECACHE = self.__MASAR_PRECACHE__;
const VERSION = self.__MASAR_VERSION__;
const SHELL = `masar-shell-${VERSION}`;
// The events are fetched fresh when online; the last good copy is kept here for offline visits.
const DATA = 'masar-data';
// Module scripts are requested with an Origin header and servers answer "Vary: Origin"; the
// copies cached at install had none, so matching must not depend on it.
const MATCH = { ignoreVary: true };

self.addEventListener('install', (event) => {
  const data = new URL('data/events.json', self.registration.scope).href;
  event.waitUntil(
    Promise.all([
      caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)),
      // The page fetched the events before this worker existed; keep a copy for offline visits.
      caches.open(DATA).then((cache) => cache.add(data)),
    ]).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('masar-shell-') && key !== SHELL)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName, cacheKey) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(cacheKey ?? request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(cacheKey ?? request, MATCH);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    // The page shell: fresh when online (a new deployment shows at once), cached when not.
    // Every path of the app is the same page, so one cache entry serves them all.
    const shellUrl = new URL('./', self.registration.scope).href;
    event.respondWith(networkFirst(request, SHELL, shellUrl));
    return;
  }
  if (url.pathname.endsWith('/data/events.json')) {
    // One entry whatever the query, so offline reads the last version fetched online.
    event.respondWith(
      networkFirst(request, DATA, new URL('data/events.json', self.registration.scope).href),
    );
    return;
  }
  // Hashed assets never change under a name: the cache answers first.
  event.respondWith(caches.match(request, MATCH).then((cached) => cached ?? fetch(request)));
});
