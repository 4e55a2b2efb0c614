import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type SpaFallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | null;

/**
 * Serves the built resident app at / and the staff portal at /portal. Paths that are not files go to
 * the app's index.html so client-side routes survive a reload. Without a build, nothing is served.
 */
export async function registerWebApps(app: FastifyInstance, distDir: string): Promise<SpaFallback> {
  const root = resolve(distDir);
  if (!existsSync(resolve(root, 'index.html'))) return () => null;
  // One route per built file (known at start), so unknown paths reach the not-found handler and the API keeps its JSON 404.
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: false,
    cacheControl: false,
    // The static server's type table predates RFC 9239, which made text/javascript the one type for scripts (/sw.js among them).
    setHeaders: (reply, path) => {
      if (path.endsWith('.js')) reply.header('content-type', 'text/javascript; charset=utf-8');
    },
  });
  app.addHook('onSend', async (request, reply) => {
    // Hashed bundles never change; HTML must always be fetched anew to pick up a new release.
    if (request.url.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
  });
  const hasPortal = existsSync(resolve(root, 'portal', 'index.html'));
  // The app roots are folders on disk, which the static handler refuses to list; serve their pages.
  const page = (file: string) => async (_request: FastifyRequest, reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html').sendFile(file);
  app.get('/', { schema: { hide: true } }, page('index.html'));
  if (hasPortal) {
    app.get('/portal', { schema: { hide: true } }, page('portal/index.html'));
    app.get('/portal/', { schema: { hide: true } }, page('portal/index.html'));
  }
  return (request, reply) => {
    if (request.method !== 'GET' || request.url.startsWith('/api/') || request.url.startsWith('/assets/')) return null;
    const path = request.url.split('?')[0] ?? '/';
    const portal = hasPortal && (path === '/portal' || path.startsWith('/portal/'));
    reply.header('cache-control', 'no-cache');
    return reply.type('text/html').sendFile(portal ? 'portal/index.html' : 'index.html');
  };
}
