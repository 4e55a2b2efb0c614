import { z } from 'zod';
import { accountState, blockReason, bookingMode, bookingStatus, identifierKind, profession, staffRole, unitFunction, unitKind } from './enums.ts';
import { localizedText } from './resident.ts';

export const staffUnit = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: unitKind,
  functions: z.array(unitFunction),
  roles: z.array(staffRole),
});
export const staffMeResponse = z.object({
  staffId: z.uuid(),
  hsaId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  profession,
  activeUnitId: z.uuid().nullable(),
  units: z.array(staffUnit),
});
export type StaffMeResponse = z.infer<typeof staffMeResponse>;

export const chooseUnitRequest = z.object({ unitId: z.uuid() });

export const residentSearchRequest = z.object({
  identifier: z.string().trim().min(1).max(20),
});
export const residentSummary = z.object({
  id: z.uuid(),
  identifier: z.string(),
  identifierKind,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.iso.date(),
  protectedIdentity: z.boolean(),
});
export const residentSearchResponse = z.object({ results: z.array(residentSummary) });
export type ResidentSearchResponse = z.infer<typeof residentSearchResponse>;

export const residentOverviewResponse = z.object({
  resident: residentSummary.extend({
    ageYears: z.number().int(),
    registeredCounty: z.string().nullable(),
    listingUnitName: z.string().nullable(),
    mobileNumber: z.string().nullable(),
  }),
  account: z.object({
    state: accountState,
    blockedReason: blockReason.nullable(),
    termsAcceptedAt: z.iso.datetime({ offset: true }).nullable(),
  }),
  bookings: z.array(
    z.object({
      id: z.uuid(),
      startsAt: z.iso.datetime({ offset: true }),
      mode: bookingMode,
      status: bookingStatus,
      appointmentType: localizedText,
      hiddenType: z.boolean(),
      practitionerName: z.string().nullable(),
    }),
  ),
});
export type ResidentOverviewResponse = z.infer<typeof residentOverviewResponse>;
