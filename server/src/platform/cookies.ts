import type { CookieSerializeOptions } from '@fastify/cookie';

export const SESSION_COOKIE = 'sid';
export const CSRF_COOKIE = 'csrf';
export const SIGN_IN_COOKIE = 'signin';

export interface CookieSettings {
  secure: boolean;
}

/** The session token: never readable by script, sent on same-site navigations so links into the app work. */
export const sessionCookie = (s: CookieSettings): CookieSerializeOptions => ({ httpOnly: true, secure: s.secure, sameSite: 'lax', path: '/' });

/** The double-submit CSRF token: script reads it and echoes it in a header; other sites can do neither. */
export const csrfCookie = (s: CookieSettings): CookieSerializeOptions => ({ httpOnly: false, secure: s.secure, sameSite: 'strict', path: '/' });

/** Binds a BankID sign-in in progress to the browser that started it. */
export const signInCookie = (s: CookieSettings): CookieSerializeOptions => ({
  httpOnly: true,
  secure: s.secure,
  sameSite: 'strict',
  path: '/api/auth',
  maxAge: 600,
});
