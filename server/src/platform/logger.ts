import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROUTE_WORD = /^\.?[a-z][a-z-]*\d?$/i; // 'care-units', 'r4', '.well-known'
const STATIC_FILE = /^[\w-]+\.(?:js|css|html|json|webmanifest|png|svg|ico|woff2|txt|map)$/;

/**
 * The path as logged: route words, ids and static file names stay; any other segment is masked,
 * because a caller may type anything into a path, a personnummer or a token included.
 */
export function loggablePath(url: string): string {
  return url
    .split('?')[0]!
    .split('/')
    .map((segment) => (segment === '' || UUID.test(segment) || ROUTE_WORD.test(segment) || STATIC_FILE.test(segment) ? segment : ':masked'))
    .join('/');
}

/**
 * Logs carry the request id, method, path and status: never query strings (tokens travel there),
 * cookies, CSRF tokens or bodies, so no personnummer, token or message text reaches a log.
 */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', '*.personalNumber', '*.identifier', '*.token'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string; routeOptions?: { url?: string } }) => ({
        id: req.id,
        method: req.method,
        path: loggablePath(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
