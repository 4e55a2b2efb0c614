import { z } from 'zod';

export const unitKind = z.enum(['primary_care', 'child_psychiatry', 'hospital_clinic', 'vaccination', 'maternity', 'youth_clinic', 'dental', 'region_office']);
export type UnitKind = z.infer<typeof unitKind>;

/** R-UN-1: the functions a connected unit may switch on. */
export const unitFunction = z.enum(['video', 'chat', 'self_booking', 'e_invitation', 'e_letter', 'referral_confirmation']);
export type UnitFunction = z.infer<typeof unitFunction>;

/** R-UN-1: what a resident starts themselves at a unit; the other functions are started by staff. */
export const residentFunction = z.enum(['chat', 'self_booking']);
export type ResidentFunction = z.infer<typeof residentFunction>;

/** R-DC-1: the kinds of e-document. */
export const documentKind = z.enum(['e_invitation', 'e_letter', 'referral_confirmation']);
export type DocumentKind = z.infer<typeof documentKind>;

/** R-UN-4 */
export const staffRole = z.enum(['staff', 'unit_manager', 'system_admin', 'region_admin']);
export type StaffRole = z.infer<typeof staffRole>;

export const profession = z.enum(['physician', 'nurse', 'psychologist', 'counsellor', 'assistant_nurse', 'physiotherapist', 'midwife', 'medical_secretary', 'administrator']);
export type Profession = z.infer<typeof profession>;

export const identifierKind = z.enum(['personnummer', 'samordningsnummer', 'reserve']);
export type IdentifierKind = z.infer<typeof identifierKind>;

export const bookingMode = z.enum(['visit', 'video', 'phone']);
export type BookingMode = z.infer<typeof bookingMode>;

export const bookingStatus = z.enum(['booked', 'cancelled', 'completed']);
export type BookingStatus = z.infer<typeof bookingStatus>;

export const accountState = z.enum(['none', 'active', 'blocked']);
export type AccountState = z.infer<typeof accountState>;

/** What a staff member read; shown to the resident in "Who has read my data". */
export const auditAction = z.enum(['resident_search', 'resident_overview', 'resident_proxies', 'conversation', 'documents', 'document', 'print_list', 'video_meeting']);
export type AuditAction = z.infer<typeof auditAction>;

/** R-ID-5: why care blocked an account. */
export const blockReason = z.enum(['lvu_child_protection', 'risk_of_coercion', 'terms_misuse', 'resident_request']);
export type BlockReason = z.infer<typeof blockReason>;

/** R-PX-1…4: the kinds of proxy. `guardian` is automatic under 13; the others are recorded by care. */
export const proxyKind = z.enum(['guardian', 'guardian_special_need', 'legal_representative', 'authorised_representative']);
export type ProxyKind = z.infer<typeof proxyKind>;
