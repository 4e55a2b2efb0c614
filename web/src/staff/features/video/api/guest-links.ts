import { apiRequest } from '../../../../shared/api/client.ts';
import { createdGuestLink, guestLinksResponse, type CreatedGuestLink, type CreateGuestLinkRequest, type GuestLink } from '../../../../shared/contracts.ts';

const of = (meetingId: string) => `/api/staff/video-meetings/${encodeURIComponent(meetingId)}/guest-links`;

export async function getGuestLinks(meetingId: string, signal?: AbortSignal): Promise<GuestLink[]> {
  return (await apiRequest('GET', of(meetingId), { schema: guestLinksResponse, signal })).links;
}

/** POST …/guest-links — a link for one extra person, sent by SMS or copied (R-VM-3). */
export function createGuestLink(meetingId: string, body: CreateGuestLinkRequest): Promise<CreatedGuestLink> {
  return apiRequest('POST', of(meetingId), { body, schema: createdGuestLink });
}

export function revokeGuestLink(meetingId: string, linkId: string): Promise<void> {
  return apiRequest('POST', `${of(meetingId)}/${encodeURIComponent(linkId)}/revoke`);
}
