import type { NeedsTerms } from '../../../../shared/auth/hooks/useBankIdSignIn.ts';

/**
 * A first sign-in that waits for the terms: what the terms page needs to show. Kept in
 * sessionStorage (this tab only) so a reload of the terms page does not lose it.
 */
const KEY = 'vardkontakten.pendingTerms';

export function savePendingTerms(terms: NeedsTerms): void {
  sessionStorage.setItem(KEY, JSON.stringify(terms));
}

export function readPendingTerms(): NeedsTerms | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<NeedsTerms> | null;
    return value && typeof value.givenName === 'string' && typeof value.termsVersion === 'string'
      ? { givenName: value.givenName, termsVersion: value.termsVersion }
      : null;
  } catch {
    return null;
  }
}

export function clearPendingTerms(): void {
  sessionStorage.removeItem(KEY);
}
