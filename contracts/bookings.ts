import { z } from 'zod';
import { answers, questionnaire } from './questionnaire.ts';
import { bookingMode, profession } from './enums.ts';
import { localizedText } from './resident.ts';

/** R-BK-4: an appointment type the person acted for may book themself, with its triage form. */
export const selfBookingOffer = z.object({
  unit: z.object({ id: z.uuid(), name: z.string(), city: z.string() }),
  appointmentType: z.object({ id: z.uuid(), name: localizedText, durationMinutes: z.number().int() }),
  triage: questionnaire,
  cancelCutoffHours: z.number().int(),
  /** The time the person has booked already, if any: one at a time per appointment type. */
  bookedId: z.uuid().nullable(),
});
export type SelfBookingOffer = z.infer<typeof selfBookingOffer>;
export const selfBookingOffersResponse = z.object({ offers: z.array(selfBookingOffer) });
export type SelfBookingOffersResponse = z.infer<typeof selfBookingOffersResponse>;

export const slotsQuery = z.object({
  from: z.iso.date().optional(),
  days: z.coerce.number().int().min(1).max(31).default(14),
});
export const freeSlot = z.object({ id: z.uuid(), startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }), remaining: z.number().int().min(1) });
export const slotsResponse = z.object({ slots: z.array(freeSlot) });
export type SlotsResponse = z.infer<typeof slotsResponse>;

export const selfBookRequest = z.object({
  slotId: z.uuid(),
  answers,
  /** Chosen by the client once per booking attempt: a retry with the same id never books twice. */
  requestId: z.uuid(),
});
export type SelfBookRequest = z.infer<typeof selfBookRequest>;
export const selfBookResponse = z.object({ bookingId: z.uuid() });

/** The triage step on its own: whether the answers let the person go on, or stop them with advice. */
export const triageCheckRequest = z.object({ answers });
export const triageCheckResponse = z.discriminatedUnion('result', [
  z.object({ result: z.literal('pass') }),
  z.object({ result: z.literal('stop'), questionId: z.string(), advice: localizedText.nullable() }),
]);
export type TriageCheckResponse = z.infer<typeof triageCheckResponse>;

export const rebookRequest = z.object({ slotId: z.uuid() });

/** R-BK-6: the bus ticket for a booked visit: a signed code, shown as a QR code, valid around the visit. */
export const busTicket = z.object({
  bookingId: z.uuid(),
  /** The signed code the QR code carries; also typed in by hand at the verification page. */
  code: z.string(),
  /** The QR code as an SVG image (data URL), so the app needs no QR library. */
  qrDataUrl: z.string().startsWith('data:image/svg+xml'),
  validFrom: z.iso.datetime({ offset: true }),
  validUntil: z.iso.datetime({ offset: true }),
});
export type BusTicket = z.infer<typeof busTicket>;

export const verifyTicketRequest = z.object({ code: z.string().trim().min(1, 'Enter the code').max(400) });
/** What the transport operator learns: whether the ticket holds now and its window, never whose it is. */
export const verifyTicketResponse = z.object({
  status: z.enum(['valid', 'not_yet_valid', 'expired', 'invalid']),
  validFrom: z.iso.datetime({ offset: true }).nullable(),
  validUntil: z.iso.datetime({ offset: true }).nullable(),
});
export type VerifyTicketResponse = z.infer<typeof verifyTicketResponse>;

/** R-BK-5: staff book a visit, a phone call or a video meeting for a resident at their unit. */
export const staffBookRequest = z.object({
  appointmentTypeId: z.uuid(),
  startsAt: z.iso.datetime({ offset: true }),
  mode: bookingMode,
  practitionerId: z.uuid().nullable(),
  preparation: z.string().trim().max(1000).nullable(),
});
export type StaffBookRequest = z.infer<typeof staffBookRequest>;
export const createdBookingResponse = z.object({ bookingId: z.uuid() });

/** What the booking form offers: the active unit's appointment types and its practitioners. */
export const bookingOptionsResponse = z.object({
  appointmentTypes: z.array(z.object({ id: z.uuid(), name: localizedText, durationMinutes: z.number().int(), hidden: z.boolean(), videoAllowed: z.boolean(), selfBookable: z.boolean() })),
  practitioners: z.array(z.object({ id: z.uuid(), name: z.string(), profession })),
});
export type BookingOptionsResponse = z.infer<typeof bookingOptionsResponse>;

/** An appointment type as administrators keep it (R-BK-2, R-BK-4, R-VM-5). */
export const appointmentTypeInput = z.object({
  code: z.string().trim().regex(/^[A-Z0-9]{2,10}$/, 'A short code in capitals, e.g. LAK'),
  name: z.object({ sv: z.string().trim().min(2).max(80), en: z.string().trim().min(2).max(80) }),
  durationMinutes: z.number().int().min(5).max(480),
  hidden: z.boolean(),
  videoAllowed: z.boolean(),
  selfBookable: z.boolean(),
  cancelCutoffHours: z.number().int().min(0).max(336),
  triage: questionnaire,
});
export type AppointmentTypeInput = z.infer<typeof appointmentTypeInput>;
export const adminAppointmentType = appointmentTypeInput.extend({ id: z.uuid() });
export const adminAppointmentTypesResponse = z.object({ appointmentTypes: z.array(adminAppointmentType) });
export type AdminAppointmentTypesResponse = z.infer<typeof adminAppointmentTypesResponse>;

/** R-BK-4: staff publish self-booking times: every `intervalMinutes` from `firstStart` to `lastStart` on each day in the range. */
export const publishSlotsRequest = z
  .object({
    appointmentTypeId: z.uuid(),
    fromDate: z.iso.date(),
    toDate: z.iso.date(),
    firstStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time like 08:00'),
    lastStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time like 16:00'),
    intervalMinutes: z.number().int().min(5).max(240),
    capacity: z.number().int().min(1).max(500),
    weekdaysOnly: z.boolean(),
  })
  .refine((p) => p.fromDate <= p.toDate, { path: ['toDate'], message: 'The last day must not be before the first' })
  .refine((p) => p.firstStart <= p.lastStart, { path: ['lastStart'], message: 'The last start must not be before the first' });
export type PublishSlotsRequest = z.infer<typeof publishSlotsRequest>;
export const publishSlotsResponse = z.object({ published: z.number().int() });
