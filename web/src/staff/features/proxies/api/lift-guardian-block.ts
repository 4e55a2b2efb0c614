import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/staff/guardian-blocks/:blockId/lift — a unit manager lifts a guardian block (R-PX-6). */
export function liftGuardianBlock(blockId: string): Promise<void> {
  return apiRequest('POST', `/api/staff/guardian-blocks/${encodeURIComponent(blockId)}/lift`, { body: {} });
}
