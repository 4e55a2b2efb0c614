import { z } from 'zod';
import { errorBody } from '../../../contracts/errors.ts';

/** Error responses every API route may give; declared so the OpenAPI document shows them. */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  429: errorBody,
} as const;

export const noContent = z.null().describe('No content');
