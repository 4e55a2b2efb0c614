import { z } from 'zod';
import { staffRole } from './enums.ts';

/** `guest`: a video meeting's guest identifies with e-ID when the unit requires it (R-VM-3); no account is made. */
export const signInAudience = z.enum(['resident', 'staff', 'guest']);
export type SignInAudience = z.infer<typeof signInAudience>;

export const bankIdStartRequest = z.object({ audience: signInAudience });
export const bankIdStartResponse = z.object({
  autoStartToken: z.string(),
  /** Where the same-device flow opens the BankID app; a `bankid:///` link against real BankID. */
  launchUrl: z.string(),
  qrData: z.string(),
});

/** BankID's own pending and failure hint codes, passed through so the UI can show BankID's recommended texts. */
export const bankIdHintCode = z.enum([
  'outstandingTransaction',
  'noClient',
  'started',
  'userMrtd',
  'userCallConfirm',
  'userSign',
  'expiredTransaction',
  'certificateErr',
  'userCancel',
  'cancelled',
  'startFailed',
  'userDeclinedCall',
  'notSupportedByUserApp',
  'unknown',
]);
export type BankIdHintCode = z.infer<typeof bankIdHintCode>;

export const bankIdCollectResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending'), hintCode: bankIdHintCode, qrData: z.string() }),
  z.object({ status: z.literal('failed'), hintCode: bankIdHintCode }),
  z.object({ status: z.literal('needs_terms'), givenName: z.string(), termsVersion: z.string() }),
  z.object({ status: z.literal('signed_in') }),
  /** A guest identified: the name is used when they enter the meeting with their link. */
  z.object({ status: z.literal('identified'), givenName: z.string() }),
]);
export type BankIdCollectResponse = z.infer<typeof bankIdCollectResponse>;

export const acceptTermsRequest = z.object({
  termsVersion: z.string().min(1),
  consentNotifications: z.literal(true, { error: 'You must consent to notifications to create an account' }),
  consentEDocuments: z.literal(true, { error: 'You must consent to e-documents to create an account' }),
});

export const residentPrincipal = z.object({
  kind: z.literal('resident'),
  accountId: z.uuid(),
  residentId: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
});
export const staffPrincipal = z.object({
  kind: z.literal('staff'),
  staffId: z.uuid(),
  hsaId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  activeUnitId: z.uuid().nullable(),
  roles: z.array(staffRole),
});
/** R-VM-3: someone let in by a video guest link; their meeting is at /api/guest/me. */
export const guestPrincipal = z.object({ kind: z.literal('guest') });
export const sessionResponse = z.object({
  principal: z.discriminatedUnion('kind', [residentPrincipal, staffPrincipal, guestPrincipal]).nullable(),
  idleTimeoutSeconds: z.number().int(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;
