import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/auth/terms/decline — nothing is created; the pending sign-in ends. */
export function declineTerms(): Promise<void> {
  return apiRequest('POST', '/api/auth/terms/decline', { body: {}, ignoreAuthLoss: true });
}
