import { z } from 'zod';
import { auditAction, bookingMode, bookingStatus, profession, staffRole } from './enums.ts';

export const localizedText = z.object({ sv: z.string(), en: z.string() });

export const residentBooking = z.object({
  id: z.uuid(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  mode: bookingMode,
  status: bookingStatus,
  appointmentType: localizedText,
  unit: z.object({
    id: z.uuid(),
    name: z.string(),
    streetAddress: z.string(),
    postalCode: z.string(),
    city: z.string(),
    phone: z.string(),
    mapUrl: z.string(),
  }),
  practitioner: z.object({ name: z.string(), profession }).nullable(),
  preparation: localizedText.nullable(),
  /** Booked by the resident in the app (R-BK-4); other bookings come from the EHR or staff. */
  selfBooked: z.boolean(),
  /** Until when the resident may cancel or move it in the app; null when only the unit can (R-BK-7). */
  changeableUntil: z.iso.datetime({ offset: true }).nullable(),
});
export type ResidentBooking = z.infer<typeof residentBooking>;

export const myBookingsResponse = z.object({
  upcoming: z.array(residentBooking),
  past: z.array(residentBooking),
});
export type MyBookingsResponse = z.infer<typeof myBookingsResponse>;

export const accessLogEntry = z.object({
  at: z.iso.datetime({ offset: true }),
  staffName: z.string(),
  profession,
  role: staffRole,
  unitName: z.string(),
  action: auditAction,
});
export const accessLogResponse = z.object({ entries: z.array(accessLogEntry) });
export type AccessLogResponse = z.infer<typeof accessLogResponse>;

export const meResponse = z.object({
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.iso.date(),
  termsVersion: z.string(),
  termsAcceptedAt: z.iso.datetime({ offset: true }),
});
export type MeResponse = z.infer<typeof meResponse>;
