// Service worker for the counter tablet (/kiosk only): keeps the kiosk page and its script in a cache
// so a tablet that reloads or restarts without network still shows the rating screen. Network first,
// so a ward's changes arrive as soon as the link is up; ratings themselves wait in the outbox.
const CACHE = 'motcua-kiosk-v1';
const SHELL = [
  '/kiosk',
  '/assets/site.css',
  '/assets/kiosk.css',
  '/assets/kiosk.js',
  '/assets/emblem.svg',
  '/cdn/motcua.js',
  '/cdn/motcua-satisfaction-kiosk.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('motcua-kiosk-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // Only our own shell; the collector's API is never cached (the outbox owns retries).
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok && SHELL.includes(url.pathname)) {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
        }
        return response;
      })
      .catch(() => caches.match(url.pathname).then((hit) => hit ?? Response.error())),
  );
});
