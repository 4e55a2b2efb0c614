import { apiRequest } from '../../../../shared/api/client.ts';
import { inboxResponse, type InboxQuery, type InboxResponse } from '../../../../shared/contracts.ts';

/** GET /api/staff/inbox — the active unit's conversations in one view, oldest waiting first, with the unit's counts (R-MS-12). */
export function getInbox(query: InboxQuery, signal?: AbortSignal): Promise<InboxResponse> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return apiRequest('GET', `/api/staff/inbox?${params.toString()}`, { schema: inboxResponse, signal });
}
