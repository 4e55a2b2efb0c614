/** At the root so its scope covers the whole resident app (see web/public/sw.js). */
export const SERVICE_WORKER_URL = '/sw.js';

/**
 * The app is installable and has an offline page from the first visit, so the worker is registered
 * at start; push subscriptions later use the same registration. Where service workers are missing
 * (old browsers, private modes) the app works as before, only without the offline page.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL).catch(() => undefined);
  });
}
