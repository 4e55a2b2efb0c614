import type { ErrorCode } from '../../../contracts/errors.ts';

/** Thrown by services; mapped to a response in one place (error-handler.ts). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', 404, `${what} was not found`);
export const forbidden = (message = 'You do not have access to this') => new AppError('forbidden', 403, message);
export const unauthenticated = () => new AppError('unauthenticated', 401, 'Sign in to continue');
export const invalidField = (field: string, message: string) => new AppError('validation_failed', 400, message, field);
