import { apiRequest } from '../../../../shared/api/client.ts';
import { chatSettings, type ChatSettings } from '../../../../shared/contracts.ts';

/** GET /api/admin/units/:unitId/chat — live-chat opening hours and the errands with their queues and questions (R-MS-4/5). */
export function getChatSettings(unitId: string, signal?: AbortSignal): Promise<ChatSettings> {
  return apiRequest('GET', `/api/admin/units/${encodeURIComponent(unitId)}/chat`, { schema: chatSettings, signal });
}
