import { apiRequest } from '../../../../shared/api/client.ts';
import type { ChatSettings } from '../../../../shared/contracts.ts';

/** PUT /api/admin/units/:unitId/chat — replaces the settings as a whole; errands left out are no longer offered. */
export function putChatSettings(unitId: string, body: ChatSettings): Promise<void> {
  return apiRequest('PUT', `/api/admin/units/${encodeURIComponent(unitId)}/chat`, { body });
}
