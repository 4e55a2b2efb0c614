import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../../../contracts/errors.ts';
import { BankIdUnavailableError } from '../adapters/bankid/bankid.port.ts';
import { AppError } from './errors.ts';
import type { SpaFallback } from './web-apps.ts';

function send(reply: FastifyReply, request: FastifyRequest, status: number, code: ErrorCode, message: string, field?: string) {
  const body: ErrorBody = { error: { code, message, requestId: String(request.id), ...(field ? { field } : {}) } };
  return reply.status(status).send(body);
}

/**
 * Errors the router meets before any route is found (an address that is not valid URL encoding, a
 * path segment past the length limit): answered like every other refusal, without echoing the path.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return send(reply, request, 414, 'validation_failed', 'A part of the address is too long', 'path');
  return send(reply, request, 400, 'validation_failed', 'The address is not valid', 'path');
}

/** The one place errors become responses: 4xx name the problem and field, 5xx carry only the request id. */
export function registerErrorHandlers(app: FastifyInstance, spaFallback: SpaFallback): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return send(reply, request, error.status, error.code, error.message, error.field);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const path = first?.instancePath?.replace(/^\//, '').replaceAll('/', '.') ?? '';
      const field = path || error.validationContext || 'body';
      return send(reply, request, 400, 'validation_failed', `${field}: ${first?.message ?? 'is invalid'}`, field);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: { message: error.message } }, 'response did not match its schema');
      return send(reply, request, 500, 'internal_error', 'Something went wrong on our side. Quote the request id if you contact support.');
    }
    if (error instanceof BankIdUnavailableError) {
      request.log.warn({ err: { message: error.message } }, 'BankID unavailable');
      return send(reply, request, 503, 'bankid_unavailable', 'BankID cannot be reached right now. Try again in a few minutes.');
    }
    if (error.statusCode === 429) return send(reply, request, 429, 'rate_limited', 'Too many attempts. Wait a minute and try again.');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const code: ErrorCode = error.statusCode === 404 ? 'not_found' : 'validation_failed';
      return send(reply, request, error.statusCode, code, error.message, 'body');
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, 'internal_error', 'Something went wrong on our side. Quote the request id if you contact support.');
  });

  app.setNotFoundHandler((request, reply) => spaFallback(request, reply) ?? send(reply, request, 404, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}`));
}
