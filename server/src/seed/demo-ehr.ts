import { FHIR_SYSTEMS } from '../../../contracts/fhir.ts';
import { demoResidents, demoStaff, demoUnits } from './demo-people.ts';

const DAY = 86_400_000;

/**
 * The demo EHR's appointments that the service has not been sent yet: they arrive when the person
 * signs in, as they would after an interrupted feed. Times are relative to the start of the server.
 */
export function demoEhrAppointments(now: Date): { id: string; patient: string; resource: unknown }[] {
  const person = (key: string) => demoResidents.find((r) => r.key === key)!;
  const at = (days: number, hourUtc: number) => {
    const d = new Date(now.getTime() + days * DAY);
    d.setUTCHours(hourUtc, 0, 0, 0);
    return d;
  };
  const appointment = (id: string, key: string, unit: string, type: string, start: Date, minutes: number, practitioner: string, instruction: string) => {
    const p = person(key);
    return {
      id,
      patient: p.identifier,
      resource: {
        resourceType: 'Appointment',
        id,
        status: 'booked',
        appointmentType: { coding: [{ system: FHIR_SYSTEMS.appointmentType, code: type }] },
        start: start.toISOString(),
        end: new Date(start.getTime() + minutes * 60_000).toISOString(),
        patientInstruction: instruction,
        participant: [
          { actor: { type: 'Patient', identifier: { system: p.identifierKind === 'samordningsnummer' ? FHIR_SYSTEMS.samordningsnummer : FHIR_SYSTEMS.personnummer, value: p.identifier } }, status: 'accepted' },
          { actor: { type: 'Organization', identifier: { system: FHIR_SYSTEMS.hsaId, value: demoUnits.find((u) => u.key === unit)!.hsaId } }, status: 'accepted' },
          { actor: { type: 'Practitioner', identifier: { system: FHIR_SYSTEMS.hsaId, value: demoStaff.find((s) => s.key === practitioner)!.hsaId } }, status: 'accepted' },
        ],
      },
    };
  };
  return [
    appointment('demo-ehr-1', 'jonas', 'visby-vc', 'SSK', at(9, 9), 20, 'johan-holm', 'Provtagning: kom fastande, drick gärna vatten.'),
    appointment('demo-ehr-2', 'lina', 'hemse-vc', 'LAK', at(12, 13), 30, 'ahmed-hassan', 'Ta med en lista över dina läkemedel.'),
  ];
}
