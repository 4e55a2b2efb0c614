import { z } from 'zod';
import { answers, questionnaire } from './questionnaire.ts';
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
