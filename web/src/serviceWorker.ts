// The site's service worker (sw.js, registered by every page: registerServiceWorker.ts). It keeps
// the whole site in one cache per version so the site works offline after the first visit; a new
// deployment (a new version) fills its own cache, takes over, and deletes the older ones.

/** Written in by the build (web/build/offline.ts): the version and every file of dist/, relative to sw.js. */
declare const NNPLAY_SITE: { version: string; files: string[] };

const { version, files } = NNPLAY_SITE;
const worker = self as unknown as ServiceWorkerGlobalScope;
const scope = worker.registration.scope;
// Deployments at other paths of the same origin keep their own caches: every name carries the scope.
const cachePrefix = `nnplay ${scope} `;
const cacheName = `${cachePrefix}${version}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // Past the browser's HTTP cache: files with stable names (nnplay-element.js) may be stale there.
      await cache.addAll(files.map((file) => new Request(new URL(file, scope), { cache: 'reload' })));
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((name) => name.startsWith(cachePrefix) && name !== cacheName);
      await Promise.all(older.map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(cachedOrFetched(request));
});

/** The site's own copy of `request`'s file (the folder's address is its index.html), else the network's. */
async function cachedOrFetched(request: Request): Promise<Response> {
  // A navigation's URL keeps its hash (the page's settings); neither it nor a query names another file.
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  const file = url.href === scope ? new URL('index.html', scope) : url;
  const cached = await (await caches.open(cacheName)).match(file);
  return cached ?? fetch(request);
}
