import type { FastifyInstance } from 'fastify';

/** Only our own bundles run; the comment on each directive says why it is as it is. */
const contentSecurityPolicy = [
  "default-src 'self'",
  // No inline script, no eval, no third-party script hosts.
  "script-src 'self'",
  // Design-system components set style attributes from script (CSSOM), which 'self' permits.
  "style-src 'self'",
  // QR codes are rendered as data: images; nothing else is loaded from elsewhere.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Video meetings play media streams through blob: URLs.
  "media-src 'self' blob:",
  "object-src 'none'",
  // Nobody may frame the app (clickjacking a sign-in or consent).
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join(';');

/**
 * Every response's security headers, built once: setting them is one call per request. A route that
 * needs another value (an attachment's sandboxing CSP, a static asset's caching) sets its own after.
 */
const everyResponse: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy,
  // No cross-origin window may hold a reference to ours.
  'cross-origin-opener-policy': 'same-origin',
  // Other sites may not load our responses (resident data, files) as subresources.
  'cross-origin-resource-policy': 'same-origin',
  // Our pages get a process of their own, apart from other pages of the same site.
  'origin-agent-cluster': '?1',
  // A referrer would leak paths that may name a resident's matter.
  'referrer-policy': 'no-referrer',
  // Once on HTTPS, always on HTTPS (ignored by browsers over plain http on localhost).
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  // Browsers must not guess types: an uploaded file must never be sniffed into HTML or script.
  'x-content-type-options': 'nosniff',
  // Links on a page must not tell a DNS server which addresses a resident's pages point to.
  'x-dns-prefetch-control': 'off',
  // Old Internet Explorer must not open a download in our origin.
  'x-download-options': 'noopen',
  // The same as frame-ancestors, for browsers without CSP level 2.
  'x-frame-options': 'DENY',
  // Flash and PDF plug-ins may not read cross-domain policies from us.
  'x-permitted-cross-domain-policies': 'none',
  // The old XSS auditor caused leaks of its own; it is switched off, as CSP does the job.
  'x-xss-protection': '0',
  // The camera and microphone are for video meetings on our own origin only.
  'permissions-policy': 'camera=(self), microphone=(self), geolocation=(), payment=()',
};

/** The API's answers also say: not to be kept in caches. */
const apiResponse: Record<string, string> = {
  ...everyResponse,
  // Resident data must not linger in shared caches or the back/forward cache of a shared computer.
  'cache-control': 'no-store',
};

/** Each header is set on purpose; the comment at each says what it defends against. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/api/') ? apiResponse : everyResponse);
    done();
  });
}
