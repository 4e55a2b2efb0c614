import { z } from 'zod';
import { blockReason, proxyKind } from './enums.ts';

const isoDate = z.iso.date();

export const proxyInactiveReason = z.enum(['age_limit', 'expired', 'ended', 'not_yet_valid', 'guardian_blocked', 'account_blocked', 'protected_identity']);

/** Someone the signed-in resident may act for (R-PX-5). */
export const representedPerson = z.object({
  residentId: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  kind: proxyKind,
  endsOn: isoDate.nullable(),
});
export const representedResponse = z.object({
  self: z.object({ residentId: z.uuid(), givenName: z.string(), familyName: z.string() }),
  actingFor: z.uuid(),
  people: z.array(representedPerson),
});
export type RepresentedResponse = z.infer<typeof representedResponse>;

export const actingForRequest = z.object({ residentId: z.uuid() });

/** R-ID-6: unregistering takes a deliberate confirmation; blocking is a separate choice. */
export const unregisterRequest = z.object({
  block: z.boolean(),
  confirmed: z.literal(true, { error: 'Confirm that you want to unregister' }),
});

export const staffRef = z.object({ name: z.string(), unitName: z.string() });

export const proxyBasis = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('population_register') }),
  z.object({ kind: z.literal('guardian_special_need'), reason: z.string() }),
  z.object({ kind: z.literal('legal_representative'), court: z.string(), caseNumber: z.string(), decisionDate: isoDate, coversPersonalCare: z.literal(true) }),
  z.object({ kind: z.literal('authorised_representative'), reference: z.string(), scope: z.string() }),
]);

export const proxyEntry = z.object({
  grantId: z.uuid().nullable(),
  kind: proxyKind,
  proxy: z.object({ residentId: z.uuid(), givenName: z.string(), familyName: z.string(), identifier: z.string() }),
  basis: proxyBasis,
  validFrom: isoDate.nullable(),
  validUntil: isoDate.nullable(),
  state: z.discriminatedUnion('active', [
    z.object({ active: z.literal(true), endsOn: isoDate.nullable() }),
    z.object({ active: z.literal(false), reason: proxyInactiveReason }),
  ]),
  decidedBy: staffRef.nullable(),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  guardianBlockId: z.uuid().nullable(),
});
export type ProxyEntry = z.infer<typeof proxyEntry>;

export const guardianBlockEntry = z.object({
  id: z.uuid(),
  guardian: z.object({ residentId: z.uuid(), givenName: z.string(), familyName: z.string() }),
  reason: z.string(),
  decidedBy: staffRef,
  decidedAt: z.iso.datetime({ offset: true }),
  liftedAt: z.iso.datetime({ offset: true }).nullable(),
});

export const proxyActivityEntry = z.object({
  at: z.iso.datetime({ offset: true }),
  actorName: z.string(),
  action: z.string(),
});

export const residentProxiesResponse = z.object({
  proxies: z.array(proxyEntry),
  guardianBlocks: z.array(guardianBlockEntry),
  activity: z.array(proxyActivityEntry),
});
export type ResidentProxiesResponse = z.infer<typeof residentProxiesResponse>;

const reasonText = z.string().trim().min(3, 'Write the reason (at least 3 characters)').max(1000);

export const addProxyRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('guardian_special_need'), guardianId: z.uuid(), reason: reasonText, validUntil: isoDate }),
  z.object({
    kind: z.literal('legal_representative'),
    representativeIdentifier: z.string().trim().min(1).max(20),
    court: z.string().trim().min(2).max(200),
    caseNumber: z.string().trim().min(1).max(50),
    decisionDate: isoDate,
    coversPersonalCare: z.literal(true, { error: 'The court decision must say the representative is to look after the person' }),
  }),
  z.object({
    kind: z.literal('authorised_representative'),
    representativeIdentifier: z.string().trim().min(1).max(20),
    reference: z.string().trim().min(1).max(100),
    scope: z.string().trim().min(3).max(500),
    validUntil: isoDate.nullable(),
  }),
]);
export type AddProxyRequest = z.infer<typeof addProxyRequest>;
export const createdResponse = z.object({ id: z.uuid() });

export const endProxyRequest = z.object({ reason: reasonText });
export const blockGuardiansRequest = z.object({ guardianIds: z.array(z.uuid()).min(1).max(2), reason: reasonText });
export const blockGuardiansResponse = z.object({ ids: z.array(z.uuid()) });

/** R-ID-5: staff block with one of the listed reasons. */
export const blockAccountRequest = z.object({ reason: blockReason });
