import { reportAuthLost } from '../../api/auth-events.ts';
import { ApiError, apiRequest } from '../../api/client.ts';
import { sessionResponse, type SessionResponse } from '../../contracts.ts';

/**
 * GET /api/auth/session — who is signed in (principal null when nobody); also issues the csrf cookie.
 * A session that has ended (401) simply means signed out; an expired one is also reported, so the
 * sign-in page can say why.
 */
export async function getSession(signal?: AbortSignal): Promise<SessionResponse> {
  try {
    return await apiRequest('GET', '/api/auth/session', { schema: sessionResponse, signal, ignoreAuthLoss: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      if (error.code === 'session_expired') reportAuthLost('session_expired');
      return { principal: null, idleTimeoutSeconds: 0 };
    }
    throw error;
  }
}
