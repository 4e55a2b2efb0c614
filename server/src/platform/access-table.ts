import type { Permission } from './permissions.ts';

/**
 * Who may call a route, as principal kind and (for staff) the permission the route needs in the
 * active unit. `resident` includes a resident acting for someone they are proxy for; `resident_self`
 * does not. `ehr` is the EHR integration, with its bearer token. `guest` is someone let in by a
 * video guest link (R-VM-3); `signed_in` includes guests, who may open the WebSocket and sign out.
 */
export type RouteRule =
  | { who: 'public' }
  | { who: 'signed_in' }
  | { who: 'resident' }
  | { who: 'resident_self' }
  | { who: 'ehr' }
  | { who: 'guest' }
  | { who: 'staff'; permission?: Permission };

/**
 * R-UN-4: every API route and who may call it, in one place; the auth hook enforces it before a
 * request is validated, and the authorization matrix test holds each route to its row. A route
 * missing here is refused to everyone.
 */
export const routeAccess: Record<string, RouteRule> = {
  'GET /api/health': { who: 'public' },
  'GET /api/health/live': { who: 'public' },
  'GET /api/openapi.json': { who: 'public' },
  // Opened for anyone, closed at once with 4401 when there is no live session (realtime.routes.ts).
  'GET /api/ws': { who: 'public' },

  'GET /api/auth/session': { who: 'public' },
  'POST /api/auth/bankid/start': { who: 'public' },
  'POST /api/auth/bankid/collect': { who: 'public' },
  'POST /api/auth/bankid/cancel': { who: 'public' },
  'POST /api/auth/terms/accept': { who: 'public' },
  'POST /api/auth/terms/decline': { who: 'public' },
  'POST /api/auth/sign-out': { who: 'signed_in' },
  'POST /api/auth/sign-out-everywhere': { who: 'signed_in' },

  'GET /api/me': { who: 'resident' },
  'GET /api/me/bookings': { who: 'resident' },
  'GET /api/me/access-log': { who: 'resident' },
  'GET /api/me/represented': { who: 'resident' },
  'POST /api/me/acting-for': { who: 'resident' },
  'GET /api/me/care-units': { who: 'resident' },
  'GET /api/me/care-units/:unitId': { who: 'resident' },
  'GET /api/me/bookings/:bookingId/calendar.ics': { who: 'resident' },
  'GET /api/me/bookings/:bookingId/ticket': { who: 'resident' },
  // R-BK-6: the transport operator checks tickets without signing in.
  'POST /api/tickets/verify': { who: 'public' },
  'GET /api/me/self-booking': { who: 'resident' },
  'GET /api/me/self-booking/:typeId/slots': { who: 'resident' },
  'POST /api/me/self-booking/:typeId/triage': { who: 'resident' },
  'POST /api/me/self-booking': { who: 'resident' },
  'POST /api/me/bookings/:bookingId/cancel': { who: 'resident' },
  'POST /api/me/bookings/:bookingId/rebook': { who: 'resident' },
  'GET /api/me/chat/start-options': { who: 'resident' },
  'POST /api/me/chat/triage': { who: 'resident' },
  'POST /api/me/conversations': { who: 'resident' },
  'GET /api/me/conversations': { who: 'resident' },
  'GET /api/me/conversations/:conversationId': { who: 'resident' },
  'POST /api/me/conversations/:conversationId/messages': { who: 'resident' },
  'POST /api/me/conversations/:conversationId/read': { who: 'resident' },
  'POST /api/me/conversations/:conversationId/evaluation': { who: 'resident' },
  'POST /api/me/conversations/:conversationId/attachments': { who: 'resident' },
  'GET /api/me/attachments/:attachmentId': { who: 'resident' },
  'GET /api/push/key': { who: 'resident' },
  'POST /api/push/subscriptions': { who: 'resident' },
  'DELETE /api/push/subscriptions': { who: 'resident' },
  'GET /api/me/documents': { who: 'resident' },
  'GET /api/me/documents/:documentId': { who: 'resident' },
  'POST /api/me/documents/:documentId/read': { who: 'resident' },
  'GET /api/me/documents/:documentId/pdf': { who: 'resident' },
  'GET /api/me/documents/:documentId/attachments/:attachmentId': { who: 'resident' },
  // R-ID-6: only the account holder, acting for themself, unregisters their account.
  'POST /api/me/unregister': { who: 'resident_self' },

  'GET /api/staff/me': { who: 'staff' },
  'POST /api/staff/active-unit': { who: 'staff' },
  'POST /api/staff/residents/search': { who: 'staff', permission: 'resident.read' },
  'GET /api/staff/residents/:residentId': { who: 'staff', permission: 'resident.read' },
  'GET /api/staff/residents/:residentId/proxies': { who: 'staff', permission: 'resident.read' },
  'POST /api/staff/residents/:residentId/proxies': { who: 'staff', permission: 'proxy.manage' },
  'POST /api/staff/proxies/:grantId/end': { who: 'staff', permission: 'proxy.manage' },
  'POST /api/staff/residents/:residentId/guardian-blocks': { who: 'staff', permission: 'guardian.block' },
  'POST /api/staff/guardian-blocks/:blockId/lift': { who: 'staff', permission: 'guardian.block' },
  'POST /api/staff/residents/:residentId/block': { who: 'staff', permission: 'account.block' },
  'POST /api/staff/residents/:residentId/unblock': { who: 'staff', permission: 'account.block' },
  'GET /api/staff/booking-options': { who: 'staff', permission: 'booking.manage' },
  'POST /api/staff/residents/:residentId/bookings': { who: 'staff', permission: 'booking.manage' },
  'POST /api/staff/slots': { who: 'staff', permission: 'booking.manage' },
  'GET /api/staff/inbox': { who: 'staff', permission: 'chat.work' },
  'POST /api/staff/residents/:residentId/conversations': { who: 'staff', permission: 'chat.work' },
  'GET /api/staff/conversations/:conversationId': { who: 'staff', permission: 'chat.work' },
  'POST /api/staff/conversations/:conversationId/messages': { who: 'staff', permission: 'chat.work' },
  'POST /api/staff/conversations/:conversationId/read': { who: 'staff', permission: 'chat.work' },
  'POST /api/staff/conversations/:conversationId/take': { who: 'staff', permission: 'chat.work' },
  'POST /api/staff/conversations/:conversationId/hand-over': { who: 'staff', permission: 'chat.work' },
  'POST /api/staff/conversations/:conversationId/call-back': { who: 'staff', permission: 'chat.work' },
  'POST /api/staff/conversations/:conversationId/close': { who: 'staff', permission: 'chat.work' },
  'GET /api/staff/colleagues': { who: 'staff', permission: 'chat.work' },
  'POST /api/staff/conversations/:conversationId/attachments': { who: 'staff', permission: 'chat.work' },
  'GET /api/staff/attachments/:attachmentId': { who: 'staff', permission: 'chat.work' },
  'GET /api/staff/evaluations': { who: 'staff', permission: 'chat.work' },
  'GET /api/staff/templates': { who: 'staff', permission: 'chat.work' },
  'POST /api/staff/templates': { who: 'staff', permission: 'chat.work' },
  'PUT /api/staff/templates/:templateId': { who: 'staff', permission: 'chat.work' },
  'DELETE /api/staff/templates/:templateId': { who: 'staff', permission: 'chat.work' },
  'GET /api/staff/residents/:residentId/document-options': { who: 'staff', permission: 'documents.send' },
  'GET /api/staff/residents/:residentId/documents': { who: 'staff', permission: 'resident.read' },
  'POST /api/staff/residents/:residentId/documents': { who: 'staff', permission: 'documents.send' },
  'GET /api/staff/documents/:documentId/pdf': { who: 'staff', permission: 'resident.read' },
  'GET /api/staff/documents/:documentId/attachments/:attachmentId': { who: 'staff', permission: 'resident.read' },
  'POST /api/staff/documents/:documentId/agreement': { who: 'staff', permission: 'documents.send' },
  'POST /api/staff/document-attachments': { who: 'staff', permission: 'documents.send' },
  'GET /api/staff/print-list': { who: 'staff', permission: 'print_list.work' },
  'GET /api/staff/print-list/summary': { who: 'staff', permission: 'print_list.work' },
  'POST /api/staff/print-list/print': { who: 'staff', permission: 'print_list.work' },
  'POST /api/staff/print-list/printed': { who: 'staff', permission: 'print_list.work' },

  'PUT /api/fhir/r4/Appointment/:id': { who: 'ehr' },
  'POST /api/fhir/r4': { who: 'ehr' },

  'GET /api/admin/units': { who: 'staff', permission: 'unit.configure' },
  'POST /api/admin/units': { who: 'staff', permission: 'unit.connect' },
  'GET /api/admin/units/:unitId': { who: 'staff', permission: 'unit.configure' },
  'PUT /api/admin/units/:unitId/functions': { who: 'staff', permission: 'unit.configure' },
  'PUT /api/admin/units/:unitId/criteria/:scope': { who: 'staff', permission: 'unit.configure' },
  'POST /api/admin/units/:unitId/criteria/preview': { who: 'staff', permission: 'unit.configure' },
  'GET /api/admin/units/:unitId/appointment-types': { who: 'staff', permission: 'unit.configure' },
  'POST /api/admin/units/:unitId/appointment-types': { who: 'staff', permission: 'unit.configure' },
  'PUT /api/admin/units/:unitId/appointment-types/:typeId': { who: 'staff', permission: 'unit.configure' },
  'POST /api/admin/units/:unitId/document-exceptions': { who: 'staff', permission: 'unit.configure' },
  'DELETE /api/admin/units/:unitId/document-exceptions/:exceptionId': { who: 'staff', permission: 'unit.configure' },
  'GET /api/admin/units/:unitId/chat': { who: 'staff', permission: 'unit.configure' },
  'PUT /api/admin/units/:unitId/chat': { who: 'staff', permission: 'unit.configure' },
  'GET /api/admin/units/:unitId/templates': { who: 'staff', permission: 'unit.configure' },
  'POST /api/admin/units/:unitId/templates': { who: 'staff', permission: 'templates.shared.edit' },
  'PUT /api/admin/units/:unitId/templates/:templateId': { who: 'staff', permission: 'templates.shared.edit' },
  'DELETE /api/admin/units/:unitId/templates/:templateId': { who: 'staff', permission: 'templates.shared.edit' },
  'GET /api/admin/units/:unitId/letter-templates': { who: 'staff', permission: 'unit.configure' },
  'POST /api/admin/units/:unitId/letter-templates': { who: 'staff', permission: 'letter_templates.edit' },
  'PUT /api/admin/units/:unitId/letter-templates/:templateId': { who: 'staff', permission: 'letter_templates.edit' },
  'GET /api/admin/statistics': { who: 'staff', permission: 'statistics.read' },

  // R-VM-1…5: video meetings.
  'GET /api/staff/video-meetings': { who: 'staff', permission: 'video.meet' },
  'POST /api/staff/video-meetings': { who: 'staff', permission: 'video.meet' },
  'POST /api/staff/video-meetings/:meetingId/participants/:participantId/admit': { who: 'staff', permission: 'video.meet' },
  'POST /api/staff/video-meetings/:meetingId/participants/:participantId/remove': { who: 'staff', permission: 'video.meet' },
  'POST /api/staff/video-meetings/:meetingId/participants/:participantId/mute': { who: 'staff', permission: 'video.meet' },
  'PUT /api/staff/video-meetings/:meetingId/names-visible': { who: 'staff', permission: 'video.meet' },
  'POST /api/staff/video-meetings/:meetingId/end': { who: 'staff', permission: 'video.meet' },
  'GET /api/staff/video-meetings/:meetingId/guest-links': { who: 'staff', permission: 'video.meet' },
  'POST /api/staff/video-meetings/:meetingId/guest-links': { who: 'staff', permission: 'video.meet' },
  'POST /api/staff/video-meetings/:meetingId/guest-links/:linkId/revoke': { who: 'staff', permission: 'video.meet' },
  'GET /api/me/bookings/:bookingId/video': { who: 'resident' },
  'POST /api/me/bookings/:bookingId/video/join': { who: 'resident' },
  // R-VM-3: a guest link is checked and redeemed before its holder has any session.
  'POST /api/auth/guest-link/preview': { who: 'public' },
  'POST /api/auth/guest-link/redeem': { who: 'public' },
  'GET /api/guest/me': { who: 'guest' },
  'GET /api/admin/units/:unitId/video': { who: 'staff', permission: 'unit.configure' },
  'PUT /api/admin/units/:unitId/video': { who: 'staff', permission: 'unit.configure' },
};
