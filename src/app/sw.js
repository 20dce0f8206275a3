/*
 * Service worker (scripts/build/serviceWorker.ts emits it as sw.js with PRECACHE filled in): repeat visits and offline
 * use. Files under assets/ carry a content hash in their name (the 34 MB DuckDB wasm among them), so a
 * cached copy is always right: served from the cache, no round trip. Everything else (the page, the
 * dataset, raw reports) goes to the network first, so a new dataset is never hidden behind an old copy,
 * and falls back to the last copy only when the network fails.
 * Range requests (a DuckDB file read in blocks) and other hosts are left alone.
 */
const ASSETS = 'assets-v1';
const PAGES = 'pages-v1';
/** Paths under the scope that the first view needs, written in at build time: kept at install, offline from the first visit on. */
const PRECACHE = self.__PRECACHE__;

self.addEventListener('install', (event) => {
  const scope = self.registration.scope;
  // One by one: a file that fails to come leaves the rest kept (it is fetched again when the page asks).
  const keep = (path) => caches.open(path.startsWith('assets/') ? ASSETS : PAGES).then((cache) => cache.add(scope + path)).catch(() => undefined);
  event.waitUntil(Promise.all(PRECACHE.map(keep)).then(() => self.skipWaiting()));
});
// A new build brings a new worker: caches of another version go, and so do assets the new build no
// longer has (old hashes would otherwise pile up, 34 MB a DuckDB upgrade).
async function prune() {
  await Promise.all((await caches.keys()).filter((n) => n !== ASSETS && n !== PAGES).map((n) => caches.delete(n)));
  const current = new Set(PRECACHE.map((p) => self.registration.scope + p));
  const assets = await caches.open(ASSETS);
  await Promise.all((await assets.keys()).filter((r) => !current.has(r.url)).map((r) => assets.delete(r)));
}

self.addEventListener('activate', (event) => {
  event.waitUntil(prune().then(() => self.clients.claim()));
});

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request);
    if (!hit) throw error;
    // Marked, so that the page can say its data is the last visit's copy, not silently show it.
    const headers = new Headers(hit.headers);
    headers.set('X-Served-Offline', '1');
    return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers });
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (request.method !== 'GET' || request.headers.has('range') || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  event.respondWith(path.startsWith('assets/') ? cacheFirst(request) : networkFirst(request));
});
