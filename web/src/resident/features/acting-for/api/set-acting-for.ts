import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/me/acting-for — act for someone you are proxy for, or (your own id) for yourself. */
export function setActingFor(residentId: string): Promise<void> {
  return apiRequest('POST', '/api/me/acting-for', { body: { residentId } });
}
