/*
 * Veza's service worker: the app works with no network for screening. It keeps the app shell
 * (the page and its hashed assets), the signed-in user (/api/me) and the screening instruments
 * (/api/instruments) with the jurisdiction's referral pathways, and serves them when the network is gone. Nothing else of the API is kept:
 * personal data never goes into its cache. Writes (screenings) are not its business: the page
 * keeps them encrypted in IndexedDB and sends them when it can.
 */
const CACHE = 'veza-shell-v1';
const KEPT_API = ['/api/me', '/api/instruments', '/api/referral-pathways'];

/**
 * Keeps the shell and every page's code (precache.json, written by the build). Run at install and
 * again after each page load with the network, so that a new release is kept too.
 */
async function precache() {
  const cache = await caches.open(CACHE);
  const files = await fetch('/precache.json', { cache: 'no-store' }).then((r) => (r.ok ? r.json() : []));
  const missing = [];
  for (const file of ['/manifest.webmanifest', '/favicon.svg', ...files]) {
    if (!(await cache.match(file))) missing.push(file);
  }
  await cache.addAll(missing);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await precache();
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'signed-out') {
    event.waitUntil(
      caches.open(CACHE).then((cache) => Promise.all(KEPT_API.map((path) => cache.delete(path)))),
    );
  }
});

/** The network first; what it gave last time when it cannot answer. */
async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

/** Hashed assets never change: the cache first. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page of the app is the same shell.
    event.respondWith(networkFirst(request, '/'));
    event.waitUntil(precache().catch(() => undefined));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (KEPT_API.includes(url.pathname)) {
    event.respondWith(networkFirst(request, url.pathname));
  }
});
