import { apiRequest } from '../../api/client.ts';

/** POST /api/auth/sign-out — ends this session. */
export function signOut(): Promise<void> {
  return apiRequest('POST', '/api/auth/sign-out', { body: {}, ignoreAuthLoss: true });
}
