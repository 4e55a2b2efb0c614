import { z } from 'zod';

/** Every error the API returns has this shape; the UI translates `code`, `field` names the bad input. */
export const errorCode = z.enum([
  'validation_failed',
  'unauthenticated',
  'session_expired',
  'forbidden',
  'not_found',
  'csrf_failed',
  'rate_limited',
  'account_blocked',
  'reserve_number_cannot_sign_in',
  'invalid_identifier',
  'not_staff',
  'sign_in_not_found',
  'sign_in_failed',
  'terms_version_mismatch',
  'consent_required',
  'unit_not_allowed',
  'bankid_unavailable',
  'proxy_access_ended',
  'protected_identity',
  'not_a_guardian',
  'special_need_not_allowed',
  'already_blocked',
  'not_blocked',
  'representative_not_adult',
  'role_not_permitted',
  'unit_not_offered',
  'not_listed_here',
  'unit_already_connected',
  'slot_full',
  'already_booked',
  'triage_stopped',
  'past_cut_off',
  'booking_not_changeable',
  'ticket_not_available',
  'video_not_offered',
  'too_many_slots',
  'internal_error',
]);
export type ErrorCode = z.infer<typeof errorCode>;

export const errorBody = z.object({
  error: z.object({
    code: errorCode,
    message: z.string(),
    field: z.string().optional(),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
