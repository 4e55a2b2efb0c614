/**
 * The same-device flow returns to the service through a `redirect` parameter anyone can write into
 * a link; following it only within the service's own origin keeps the test app from being an open redirect.
 */
export function sameOriginRedirect(redirect: string | undefined, publicUrl: string): string | undefined {
  if (!redirect) return undefined;
  let target: URL;
  try {
    // No base URL: relative values (and BankID's conventional "null") are not a place to go back to.
    target = new URL(redirect);
  } catch {
    return undefined;
  }
  return target.origin === new URL(publicUrl).origin ? target.href : undefined;
}
