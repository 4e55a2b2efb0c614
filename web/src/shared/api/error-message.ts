import type { TFunction } from 'i18next';
import { ApiError } from './client.ts';

/** Plain-language text for any error, translated from the API error code (never the API's English message). */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return t(`errors.${error.code}`);
  return t('errors.internal_error');
}

/** The request id to quote to support, shown only for errors on our side. */
export function errorReference(error: unknown): string | null {
  return error instanceof ApiError && error.status >= 500 && error.requestId ? error.requestId : null;
}
