/** "Inte nu" is an answer: the chat page does not ask again in this browser. */
const KEY = 'vardkontakten.pushOfferDismissed';

export function pushOfferDismissed(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function dismissPushOffer(): void {
  try {
    window.localStorage.setItem(KEY, '1');
  } catch {
    // Private mode without storage: not asked again on this page only.
  }
}
