import { apiRequest } from '../../../../shared/api/client.ts';
import { videoSettings, type VideoSettings } from '../../../../shared/contracts.ts';

/** GET /api/admin/units/:unitId/video — the unit's video settings (R-VM-3). */
export function getVideoSettings(unitId: string, signal?: AbortSignal): Promise<VideoSettings> {
  return apiRequest('GET', `/api/admin/units/${encodeURIComponent(unitId)}/video`, { schema: videoSettings, signal });
}

export function putVideoSettings(unitId: string, settings: VideoSettings): Promise<void> {
  return apiRequest('PUT', `/api/admin/units/${encodeURIComponent(unitId)}/video`, { body: settings });
}
