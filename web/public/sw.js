// The resident app's service worker: shows Web Push notifications and opens the app when one is
// clicked. Plain JavaScript copied as is to /sw.js, because a worker's scope is the folder it is
// served from and the app must be covered from the root. The server sends only "you have a new
// message" texts, never medical content or names.

// There is no cache to keep consistent, so a new version may take over at once.
self.addEventListener('install', () => self.skipWaiting());
// Pages already open become controlled, so a notification click can navigate them.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

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
