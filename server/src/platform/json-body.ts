import type { FastifyInstance } from 'fastify';
import { invalidField } from './errors.ts';

/** The path of the first string in a parsed JSON value that holds U+0000, or null when none does. */
export function nulCharacterPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulCharacterPath(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/**
 * JSON bodies as Fastify parses them (prototype and constructor poisoning refused), and a text with
 * the NUL character refused naming its field: PostgreSQL cannot store it in text, and no one types it.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parse(request, body as string, (error: Error | null, value?: unknown) => {
      if (error) return done(error, undefined);
      // JSON cannot hold a raw NUL in a string, only the escape: without one, no need to walk the value.
      const field = (body as string).includes('\\u0000') ? nulCharacterPath(value) : null;
      if (field !== null) return done(invalidField(field || 'body', `${field || 'The text'}: must not contain the NUL character`), undefined);
      done(null, value);
    });
  });
}
