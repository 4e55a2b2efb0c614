import type { z } from 'zod';
import { apiRequest } from '../../../../shared/api/client.ts';
import { selfBookResponse, type SelfBookRequest } from '../../../../shared/contracts.ts';

/** POST /api/me/self-booking — books the time; the same requestId again answers with the same booking. */
export function bookTime(request: SelfBookRequest): Promise<z.infer<typeof selfBookResponse>> {
  return apiRequest('POST', '/api/me/self-booking', { body: request, schema: selfBookResponse });
}
