// Masar's service worker: once a reader has opened Masar, it keeps working offline for the data
// it has. The build (scripts/serviceWorkerPlugin.ts) replaces PRECACHE with every file it emitted
// and VERSION with their hash, so each deployment gets its own cache and never mixes with another.
const PRECACHE = self.__MASAR_PRECACHE__;
const VERSION = self.__MASAR_VERSION__;
const SHELL = `masar-shell-${VERSION}`;
// The events are fetched fresh when online; the last good copy is kept here for offline visits.
const DATA = 'masar-data';
// Large corpora keep summaries and sources in chunk files named by the data's hash
// (events-<hash>-<k>.json): a name never changes content, so a stored chunk is always good.
const DETAILS = 'masar-details';
const CHUNK = /\/data\/events-[0-9a-f]{16}-\d+\.json$/;
// A chunk holds 2,000 events' details, about 1.6 MB of JSON. Up to this many chunks (20,000
// events, ~16 MB) are all stored ahead, so any event opens offline; beyond it (100,000 events
// make 80 MB) only the chunks the reader's own visits fetched are kept.
const STORE_AHEAD_CHUNKS = 10;
// How long a request may wait for the server's first byte before the cache answers instead: a
// connection that hangs ("lie-fi") must not leave the page blank. Only the wait for the headers
// is bounded; a large body on a slow but working line may take as long as it needs.
const TIMEOUT_MS = 8_000;
// Module scripts are requested with an Origin header and servers answer "Vary: Origin"; the
// copies cached at install had none, so matching must not depend on it.
const MATCH = { ignoreVary: true };

function fetchWithTimeout(request, ms = TIMEOUT_MS) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return fetch(request, { signal: controller.signal }).finally(() => clearTimeout(timer));
}

const dataUrl = () => new URL('data/events.json', self.registration.scope).href;

/**
 * Keeps the detail chunks of the events JSON in `response`: drops the chunks of other versions
 * and, for a corpus small enough, stores every chunk of this one. Never fails: a chunk it cannot
 * get now is fetched (and stored) when the reader opens one of its events.
 */
async function keepDetails(response) {
  try {
    const index = await response.json();
    const files = (index && index.details && index.details.files) || [];
    const urls = files.map((file) => new URL(file, dataUrl()).href);
    const cache = await caches.open(DETAILS);
    const wanted = new Set(urls);
    for (const request of await cache.keys()) {
      if (!wanted.has(request.url)) await cache.delete(request);
    }
    if (urls.length > STORE_AHEAD_CHUNKS) return;
    for (const url of urls) {
      if (await cache.match(url)) continue;
      const chunk = await fetchWithTimeout(url, 30_000);
      if (chunk.ok) await cache.put(url, chunk);
    }
  } catch {
    // Offline or a broken file: the page reports a missing chunk when it needs one.
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)),
      // The page fetched the events before this worker existed; keep a copy for offline visits,
      // and their details with them, so the first offline visit can open any event.
      caches
        .open(DATA)
        .then((cache) => cache.add(dataUrl()).then(() => cache.match(dataUrl())))
        .then((stored) => stored && keepDetails(stored)),
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

async function networkFirst(request, cacheName, cacheKey, onStored) {
  try {
    const response = await fetchWithTimeout(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(cacheKey ?? request, response.clone());
      if (onStored) onStored(response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(cacheKey ?? request, MATCH);
    if (cached) return cached;
    throw error;
  }
}

/** Chunks: the stored copy first (names never change content), else the network, then stored. */
async function chunkFirst(request) {
  const cache = await caches.open(DETAILS);
  const cached = await cache.match(request.url);
  if (cached) return cached;
  const response = await fetchWithTimeout(request);
  if (response.ok) await cache.put(request.url, response.clone());
  return response;
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
    // One entry whatever the query, so offline reads the last version fetched online. A new
    // version brings new chunk names: the worker keeps those (after the page has its answer).
    const kept = [];
    const done = networkFirst(request, DATA, dataUrl(), (copy) => kept.push(keepDetails(copy)));
    event.respondWith(done);
    event.waitUntil(done.then(() => Promise.all(kept)).catch(() => undefined));
    return;
  }
  if (CHUNK.test(url.pathname)) {
    event.respondWith(chunkFirst(request));
    return;
  }
  // Hashed assets never change under a name: the cache answers first.
  event.respondWith(
    caches.match(request, MATCH).then((cached) => cached ?? fetchWithTimeout(request)),
  );
});
