import { apiRequest } from '../../../../shared/api/client.ts';
import { meetingIdResponse, staffMeetingsResponse, type CreateMeetingRequest, type StaffMeetingsResponse } from '../../../../shared/contracts.ts';

const base = '/api/staff/video-meetings';
const of = (meetingId: string) => `${base}/${encodeURIComponent(meetingId)}`;

/** GET /api/staff/video-meetings — the day's meetings with who waits (R-VM-4). */
export function getVideoMeetings(date: string | undefined, signal?: AbortSignal): Promise<StaffMeetingsResponse> {
  return apiRequest('GET', date ? `${base}?date=${date}` : base, { schema: staffMeetingsResponse, signal });
}

/** POST /api/staff/video-meetings — start a booking's meeting or create one of the kinds (R-VM-1, R-BK-5). */
export async function createVideoMeeting(body: CreateMeetingRequest): Promise<string> {
  return (await apiRequest('POST', base, { body, schema: meetingIdResponse })).meetingId;
}

/** Admit, remove or mute one participant. */
export function participantAction(meetingId: string, participantId: string, action: 'admit' | 'remove' | 'mute'): Promise<void> {
  return apiRequest('POST', `${of(meetingId)}/participants/${encodeURIComponent(participantId)}/${action}`);
}

export function endVideoMeeting(meetingId: string): Promise<void> {
  return apiRequest('POST', `${of(meetingId)}/end`);
}

export function setNamesVisible(meetingId: string, namesVisible: boolean): Promise<void> {
  return apiRequest('PUT', `${of(meetingId)}/names-visible`, { body: { namesVisible } });
}
