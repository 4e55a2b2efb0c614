import type { ZodType } from 'zod';
import { errorBody, type ErrorCode } from '../contracts.ts';
import { reportAuthLost } from './auth-events.ts';
import { CSRF_HEADER, readCsrfToken } from './csrf.ts';
import { reportProxyAccessEnded } from './proxy-events.ts';

/** Codes the client itself can produce, next to the API's own error codes. */
export type ClientErrorCode = 'network_error' | 'unexpected_response';

/** Every failed request becomes an ApiError; the UI translates `code` (never shows `message`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly field?: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  body?: unknown;
  /** Parses the response; a response that does not match the contract is an error, not silently used. */
  schema?: ZodType<T>;
  signal?: AbortSignal;
  /** Do not send the app back to sign-in on 401 (used by the sign-in flow itself). */
  ignoreAuthLoss?: boolean;
}

/** Fetches the session, which sets a fresh CSRF token cookie. */
export async function refreshCsrfToken(): Promise<void> {
  await fetch('/api/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => undefined);
}

export async function ensureCsrfToken(): Promise<string | null> {
  const existing = readCsrfToken();
  if (existing) return existing;
  // The token cookie is issued with the session; fetch it once if this page has none yet.
  await refreshCsrfToken();
  return readCsrfToken();
}

/** Whether a refusal is the server's "stale CSRF token" (e.g. rotated in another tab): worth one more try with a fresh one. */
export function isCsrfFailure(status: number, body: unknown): boolean {
  const parsed = errorBody.safeParse(body);
  return status === 403 && parsed.success && parsed.data.error.code === 'csrf_failed';
}

/**
 * The ApiError for a failed response. A lost session sends the app back to sign-in, an ended proxy
 * link reloads whom the person acts for: every request path reports them here.
 */
export function failedResponseError(status: number, body: unknown, ignoreAuthLoss = false): ApiError {
  const parsed = errorBody.safeParse(body);
  if (!parsed.success) return new ApiError(status, status >= 500 ? 'internal_error' : 'unexpected_response', `HTTP ${status}`);
  const { code, message, field, requestId } = parsed.data.error;
  if (status === 401 && (code === 'unauthenticated' || code === 'session_expired') && !ignoreAuthLoss) reportAuthLost(code);
  if (status === 403 && code === 'proxy_access_ended') reportProxyAccessEnded();
  return new ApiError(status, code, message, field, requestId);
}

async function send(method: Method, path: string, body: unknown, signal: AbortSignal | undefined): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: string | undefined;
  if (method !== 'GET') {
    // Re-read before every request: the server rotates the token at sign-in.
    const token = await ensureCsrfToken();
    if (token) headers[CSRF_HEADER] = token;
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body ?? {});
  }
  return fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export async function apiRequest<T = void>(method: Method, path: string, options: RequestOptions<T> = {}): Promise<T> {
  let response: Response;
  try {
    response = await send(method, path, options.body, options.signal);
    if (response.status === 403 && method !== 'GET' && isCsrfFailure(response.status, await readJson(response.clone()))) {
      await refreshCsrfToken();
      response = await send(method, path, options.body, options.signal);
    }
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'The service could not be reached');
  }

  if (!response.ok) throw failedResponseError(response.status, await readJson(response), options.ignoreAuthLoss);

  if (response.status === 204 || !options.schema) return undefined as T;
  return parseResponse(options.schema, await readJson(response), `${method} ${path}`, response.status);
}

/** A successful response's body, checked against its contract. */
export function parseResponse<T>(schema: ZodType<T>, json: unknown, request: string, status: number): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // A response that breaks the contract is a bug on one side; make it visible to developers and tests.
    console.error(`Response from ${request} does not match the contract`, parsed.error.issues);
    throw new ApiError(status, 'unexpected_response', 'Response does not match the contract');
  }
  return parsed.data;
}
