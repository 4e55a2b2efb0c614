import { z } from 'zod';

/** Identifier systems of the Swedish FHIR profiles and of this service's own code systems. */
export const FHIR_SYSTEMS = {
  personnummer: 'http://electronichealth.se/identifier/personnummer',
  samordningsnummer: 'http://electronichealth.se/identifier/samordningsnummer',
  hsaId: 'urn:oid:1.2.752.29.4.19',
  appointmentType: 'https://vardkontakten.se/fhir/CodeSystem/appointment-type',
  contactMode: 'https://vardkontakten.se/fhir/CodeSystem/contact-mode',
} as const;

const identifier = z.object({ system: z.string().min(1), value: z.string().min(1) });
const reference = z.object({ reference: z.string().optional(), type: z.string().optional(), identifier: identifier.optional(), display: z.string().optional() });
const coding = z.object({ system: z.string().optional(), code: z.string().min(1), display: z.string().optional() });
const codeableConcept = z.object({ coding: z.array(coding).optional(), text: z.string().optional() });
const instant = z.iso.datetime({ offset: true });

/** R-IN-1: the part of the HL7 FHIR R4 Appointment resource the service reads; other elements are allowed and ignored. */
export const fhirAppointment = z.looseObject({
  resourceType: z.literal('Appointment'),
  id: z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'A FHIR id: letters, digits, - and ., at most 64').optional(),
  status: z.enum(['proposed', 'pending', 'booked', 'arrived', 'fulfilled', 'cancelled', 'noshow', 'entered-in-error', 'checked-in', 'waitlist']),
  appointmentType: codeableConcept.optional(),
  serviceType: z.array(codeableConcept).optional(),
  start: instant,
  end: instant,
  patientInstruction: z.string().max(2000).optional(),
  participant: z
    .array(z.looseObject({ actor: reference.optional(), status: z.enum(['accepted', 'declined', 'tentative', 'needs-action']) }))
    .min(1),
});
export type FhirAppointment = z.infer<typeof fhirAppointment>;

export const fhirBundle = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('transaction'),
  entry: z
    .array(
      z.looseObject({
        resource: z.unknown(),
        request: z.object({ method: z.literal('PUT'), url: z.string().regex(/^Appointment\/[A-Za-z0-9\-.]{1,64}$/, 'Appointment/<id>') }),
      }),
    )
    .min(1)
    .max(500),
});
export type FhirBundle = z.infer<typeof fhirBundle>;

export const operationOutcome = z.object({
  resourceType: z.literal('OperationOutcome'),
  issue: z.array(
    z.object({
      severity: z.enum(['fatal', 'error', 'warning', 'information']),
      code: z.string(),
      diagnostics: z.string().optional(),
      expression: z.array(z.string()).optional(),
    }),
  ),
});
export type OperationOutcome = z.infer<typeof operationOutcome>;
