import { apiRequest } from '../../../../shared/api/client.ts';
import { guestLinkPreview, guestMeResponse, residentJoinResponse, type GuestLinkPreview, type GuestMeResponse } from '../../../../shared/contracts.ts';

/** POST /api/auth/guest-link/preview — whether the link holds, with the unit and time (R-VM-3). */
export function previewGuestLink(token: string): Promise<GuestLinkPreview> {
  return apiRequest('POST', '/api/auth/guest-link/preview', { body: { token }, schema: guestLinkPreview, ignoreAuthLoss: true });
}

/** POST /api/auth/guest-link/redeem — uses the link once; the browser gets a session for that meeting. */
export async function redeemGuestLink(token: string, name: string): Promise<string> {
  return (await apiRequest('POST', '/api/auth/guest-link/redeem', { body: { token, name }, schema: residentJoinResponse, ignoreAuthLoss: true })).meetingId;
}

/** GET /api/guest/me — the guest's meeting. */
export function getGuestMe(signal?: AbortSignal): Promise<GuestMeResponse> {
  return apiRequest('GET', '/api/guest/me', { schema: guestMeResponse, signal });
}
