import { apiRequest } from '../../../../shared/api/client.ts';
import { createdResponse, type AddProxyRequest } from '../../../../shared/contracts.ts';

/** POST /api/staff/residents/:id/proxies — record a special-need guardian, legal or authorised representative (R-PX-2…4). */
export async function addProxy(residentId: string, body: AddProxyRequest): Promise<string> {
  const created = await apiRequest('POST', `/api/staff/residents/${encodeURIComponent(residentId)}/proxies`, { body, schema: createdResponse });
  return created.id;
}
