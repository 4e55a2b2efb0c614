import type { BookingMode, BookingStatus } from '../../../../contracts/enums.ts';
import { FHIR_SYSTEMS, type FhirAppointment } from '../../../../contracts/fhir.ts';

/** What a FHIR Appointment says, in the service's terms. */
export interface EhrAppointment {
  ehrId: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  patientIdentifier: string;
  unitHsaId: string;
  practitionerHsaId: string | null;
  appointmentTypeCode: string;
  mode: BookingMode;
  preparation: string | null;
}

export interface Problem {
  expression: string;
  diagnostics: string;
}

/** FHIR's appointment states in the service's three: upcoming, done, or not happening. */
const statusOf: Record<FhirAppointment['status'], BookingStatus> = {
  proposed: 'booked',
  pending: 'booked',
  booked: 'booked',
  arrived: 'booked',
  'checked-in': 'booked',
  waitlist: 'booked',
  fulfilled: 'completed',
  cancelled: 'cancelled',
  noshow: 'cancelled',
  'entered-in-error': 'cancelled',
};

const actorType = (actor: { type?: string; reference?: string } | undefined) => actor?.type ?? actor?.reference?.split('/')[0];

/**
 * R-IN-1: reads an Appointment: the patient by personnummer or samordningsnummer, the unit
 * (Organization or HealthcareService) and practitioner by HSA-ID, the appointment type by the unit's
 * code and the contact mode (visit, video, phone; a visit when not given). Returns every problem found.
 */
export function readAppointment(ehrId: string, a: FhirAppointment): { appointment: EhrAppointment } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const startsAt = new Date(a.start);
  const endsAt = new Date(a.end);
  if (endsAt <= startsAt) problems.push({ expression: 'Appointment.end', diagnostics: 'end must be after start' });
  if (a.id !== undefined && a.id !== ehrId) problems.push({ expression: 'Appointment.id', diagnostics: `id ${a.id} does not match the id in the URL (${ehrId})` });

  const patients = a.participant.map((p, i) => [p, i] as const).filter(([p]) => actorType(p.actor) === 'Patient');
  const patient = patients[0]?.[0].actor?.identifier;
  if (patients.length !== 1 || !patient || (patient.system !== FHIR_SYSTEMS.personnummer && patient.system !== FHIR_SYSTEMS.samordningsnummer)) {
    problems.push({ expression: 'Appointment.participant', diagnostics: 'exactly one Patient participant identified by personnummer or samordningsnummer is required' });
  }
  const unitIndex = a.participant.findIndex((p) => ['Organization', 'HealthcareService', 'Location'].includes(actorType(p.actor) ?? '') && p.actor?.identifier?.system === FHIR_SYSTEMS.hsaId);
  if (unitIndex < 0) problems.push({ expression: 'Appointment.participant', diagnostics: 'a participant Organization (the care unit) identified by HSA-ID is required' });
  const practitioner = a.participant.find((p) => actorType(p.actor) === 'Practitioner' && p.actor?.identifier?.system === FHIR_SYSTEMS.hsaId);

  const typeCode = a.appointmentType?.coding?.find((c) => c.system === FHIR_SYSTEMS.appointmentType)?.code;
  if (!typeCode) problems.push({ expression: 'Appointment.appointmentType', diagnostics: `a coding from ${FHIR_SYSTEMS.appointmentType} is required` });
  const modeCode = a.serviceType?.flatMap((s) => s.coding ?? []).find((c) => c.system === FHIR_SYSTEMS.contactMode)?.code ?? 'visit';
  if (!['visit', 'video', 'phone'].includes(modeCode)) problems.push({ expression: 'Appointment.serviceType', diagnostics: 'the contact mode is visit, video or phone' });

  if (problems.length > 0) return { problems };
  return {
    appointment: {
      ehrId,
      status: statusOf[a.status],
      startsAt,
      endsAt,
      patientIdentifier: patient!.value,
      unitHsaId: a.participant[unitIndex]!.actor!.identifier!.value,
      practitionerHsaId: practitioner?.actor?.identifier?.value ?? null,
      appointmentTypeCode: typeCode!,
      mode: modeCode as BookingMode,
      preparation: a.patientInstruction ?? null,
    },
  };
}
