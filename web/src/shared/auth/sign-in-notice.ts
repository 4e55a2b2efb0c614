import { useEffect, useState } from 'react';

/** Why the person is (back) on the sign-in page; shown there once. */
export type SignInNotice = 'signedOut' | 'signedOutEverywhere' | 'termsDeclined' | 'sessionExpired' | 'unauthenticated' | 'accountBlocked';

/**
 * Kept outside the router on purpose: signing out clears the session and navigates in the same
 * moment, and a guarded page may redirect to sign-in first (dropping any navigation state). The
 * sign-in page picks the notice up whenever it mounts.
 */
let pending: SignInNotice | null = null;

export function setSignInNotice(notice: SignInNotice): void {
  pending = notice;
}

/** The notice for this visit of the sign-in page, and a way to dismiss it (e.g. on a new attempt). */
export function useSignInNotice(): [SignInNotice | null, () => void] {
  const [notice, setNotice] = useState<SignInNotice | null>(() => pending);
  useEffect(() => {
    pending = null;
  }, []);
  return [notice, () => setNotice(null)];
}
