import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/staff/active-unit — the unit this session works in. */
export function chooseActiveUnit(unitId: string): Promise<void> {
  return apiRequest('POST', '/api/staff/active-unit', { body: { unitId } });
}
