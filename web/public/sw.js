// The resident app's service worker: shows an offline page when the app cannot be reached, shows Web
// Push notifications and opens the app when one is clicked. Plain JavaScript copied as is to /sw.js,
// because a worker's scope is the folder it is served from and the app must be covered from the root.
// The server sends only "you have a new message" texts, never medical content or names.

// Only the offline page and what it shows are kept: never the app's data, which must not linger on a
// shared device (the API answers `no-store` as well). Bump the version when these files change.
const OFFLINE_CACHE = 'offline-v1';
const OFFLINE_FILES = ['/offline.html', '/offline.css', '/icons/icon-192.png', '/favicon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(OFFLINE_CACHE)
      .then((cache) => cache.addAll(OFFLINE_FILES))
      // The cache holds no app state to keep consistent, so a new version may take over at once.
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== OFFLINE_CACHE).map((name) => caches.delete(name))))
      // Pages already open become controlled, so a notification click can navigate them.
      .then(() => self.clients.claim()),
  );
});

// A page of the resident app that cannot be fetched gets the offline page; everything else (the API,
// the portal, the bundles) goes to the network untouched.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.mode !== 'navigate') return;
  const path = new URL(request.url).pathname;
  if (path.startsWith('/portal') || path.startsWith('/api/') || path.startsWith('/bankid-sim')) return;
  event.respondWith(fetch(request).catch(() => caches.match('/offline.html')));
});

self.addEventListener('push', (event) => {
  const { title, body, url } = event.data.json();
  event.waitUntil(
    self.registration.showNotification(title, { body, icon: '/favicon.svg', tag: 'new-message', data: { url } }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data.url, self.location.origin);
  // Only paths of our own app are opened, whatever the payload says.
  const url = target.origin === self.location.origin ? target.href : self.location.origin + '/';
  event.waitUntil(openApp(url));
});

async function openApp(url) {
  const windows = await self.clients.matchAll({ type: 'window' });
  // The staff portal shares the origin; a resident's notification belongs in the resident app.
  const app = windows.find((client) => !new URL(client.url).pathname.startsWith('/portal'));
  if (!app) return self.clients.openWindow(url);
  await app.focus();
  return app.navigate(url);
}
