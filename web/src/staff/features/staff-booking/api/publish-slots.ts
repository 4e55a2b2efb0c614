import { apiRequest } from '../../../../shared/api/client.ts';
import { publishSlotsResponse, type PublishSlotsRequest } from '../../../../shared/contracts.ts';

/** POST /api/staff/slots — publish self-booking times (R-BK-4); answers how many were published. */
export async function publishSlots(body: PublishSlotsRequest): Promise<number> {
  const result = await apiRequest('POST', '/api/staff/slots', { body, schema: publishSlotsResponse });
  return result.published;
}
