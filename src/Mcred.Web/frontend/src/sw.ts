/// <reference lib="webworker" />
// Offline once loaded: every same-origin file the page and its checker fetch is kept, and served from the cache
// when the network is gone. The network is asked first, so a new version of the site is picked up at once.

const sw = self as unknown as ServiceWorkerGlobalScope;
const CacheName = 'mcred-site';
const Shell = ['./', 'index.html', 'app.js', 'worker.js', 'style.css'];

sw.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(caches.open(CacheName).then((cache) => cache.addAll(Shell)).then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(sw.clients.claim());
});

sw.addEventListener('fetch', (event: FetchEvent) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) {
    return;
  }
  event.respondWith(
    fetch(request)
      .then(async (response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          const cache = await caches.open(CacheName);
          await cache.put(request, copy);
        }
        return response;
      })
      .catch(async () => (await caches.match(request, { ignoreSearch: true })) ?? (await caches.match('index.html')) ?? Response.error()),
  );
});

export {};
