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

/** The API's error for one form field (a 4xx naming `field`), translated; undefined when the error is about something else. */
export function fieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (error instanceof ApiError && error.field === field) return t(`errors.${error.code}`);
  return undefined;
}

/** True when the error names one of the form's fields (then it is shown there, not above the form). */
export function isFieldError(error: unknown, fields: readonly string[]): boolean {
  return error instanceof ApiError && error.field !== undefined && fields.includes(error.field);
}
