import type { FastifyInstance } from 'fastify';
import { routeAccess } from './access-table.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route as "METHOD /path", in registration order. */
    apiRoutes: string[];
  }
}

/** The generated API documentation is the only API path outside the access table. */
export const isDocumentation = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

/**
 * Records every API route and refuses to start when one is missing from the access table (R-UN-4):
 * such a route would be refused to everyone, which is safe, but it is a mistake to catch at once.
 * Register before any route.
 */
export function trackApiRoutes(app: FastifyInstance): void {
  const routes: string[] = [];
  app.decorate('apiRoutes', routes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || isDocumentation(route.url)) return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });
  app.addHook('onReady', async () => {
    const missing = routes.filter((r) => !(r in routeAccess));
    if (missing.length > 0) throw new Error(`API routes missing from the access table (platform/access-table.ts): ${missing.join(', ')}`);
  });
}
