import { apiRequest } from '../../../../shared/api/client.ts';
import { blockGuardiansResponse } from '../../../../shared/contracts.ts';

/** POST /api/staff/residents/:id/guardian-blocks — a unit manager blocks one or both guardians of a child (R-PX-6). */
export async function blockGuardians(residentId: string, guardianIds: string[], reason: string): Promise<string[]> {
  const result = await apiRequest('POST', `/api/staff/residents/${encodeURIComponent(residentId)}/guardian-blocks`, {
    body: { guardianIds, reason },
    schema: blockGuardiansResponse,
  });
  return result.ids;
}
