import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** Each header is set on purpose; the comment says what it defends against. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        // Only our own bundles run: no inline script, no eval, no third-party script hosts.
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Design-system components set style attributes from script (CSSOM), which 'self' permits.
        'style-src': ["'self'"],
        // QR codes are rendered as data: images; nothing else is loaded from elsewhere.
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'media-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        // Nobody may frame the app (clickjacking a sign-in or consent).
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
      },
    },
    // A referrer would leak paths that may name a resident's matter.
    referrerPolicy: { policy: 'no-referrer' },
    // Browsers must not guess types: an uploaded file must never be sniffed into HTML or script.
    xContentTypeOptions: true,
    // Once on HTTPS, always on HTTPS (ignored by browsers over plain http on localhost).
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    // No cross-origin window may hold a reference to ours.
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onSend', async (request, reply) => {
    // Resident data must not linger in shared caches or the back/forward cache of a shared computer.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    // The camera and microphone are for video meetings on our own origin only.
    reply.header('permissions-policy', 'camera=(self), microphone=(self), geolocation=(), payment=()');
  });
}
