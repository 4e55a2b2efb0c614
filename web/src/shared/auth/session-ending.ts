/**
 * Set while this page itself ends the session (signing out, unregistering): the server then closes
 * the live connection too, and that close must not race the page's own navigation and notice.
 */
let expected = false;

export function expectSessionEnd(): () => void {
  expected = true;
  return () => {
    expected = false;
  };
}

export function sessionEndExpected(): boolean {
  return expected;
}

/** A new signed-in session: nothing is expected to end. */
export function resetExpectedSessionEnd(): void {
  expected = false;
}
