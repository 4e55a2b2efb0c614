import { apiRequest } from '../../api/client.ts';

/** POST /api/auth/sign-out-everywhere — ends every session of this account, on every device. */
export function signOutEverywhere(): Promise<void> {
  return apiRequest('POST', '/api/auth/sign-out-everywhere', { body: {}, ignoreAuthLoss: true });
}
