/**
 * The terms a resident accepts at first sign-in (R-ID-2). The text itself lives in the web app's
 * catalogues; a new version here makes every later first sign-in show the new text.
 */
export const CURRENT_TERMS_VERSION = '2026-11-01';
