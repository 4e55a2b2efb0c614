import { z } from 'zod';
import { errorBody } from '../../../contracts/errors.ts';

/**
 * Error responses every API route may give; declared so the OpenAPI document shows them. 413, 414
 * and 415 are the server's own refusals of a body too large, an address too long and a body of a
 * type the route does not read.
 */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  413: errorBody,
  414: errorBody,
  415: errorBody,
  429: errorBody,
} as const;

export const noContent = z.null().describe('No content');

/** A response that is a file of one of these types, sent as its bytes (never serialised); refusals stay JSON. */
export const fileResponse = (types: readonly string[]) => ({ content: Object.fromEntries(types.map((type) => [type, { schema: z.any().describe('The file') }])) });
