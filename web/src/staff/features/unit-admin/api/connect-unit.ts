import { apiRequest } from '../../../../shared/api/client.ts';
import { connectUnitResponse, type ConnectUnitRequest } from '../../../../shared/contracts.ts';

/** POST /api/admin/units — connect a unit to the service; answers with its id. */
export async function connectUnit(body: ConnectUnitRequest): Promise<string> {
  const created = await apiRequest('POST', '/api/admin/units', { body, schema: connectUnitResponse });
  return created.id;
}
