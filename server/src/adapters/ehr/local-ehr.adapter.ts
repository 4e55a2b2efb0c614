import type { EhrPort } from './ehr.port.ts';

/** The embedded EHR: Appointment resources given at construction (the demo region's), by patient identifier. */
export class LocalEhr implements EhrPort {
  private readonly byPatient = new Map<string, { id: string; resource: unknown }[]>();

  constructor(appointments: { id: string; patient: string; resource: unknown }[]) {
    for (const a of appointments) this.byPatient.set(a.patient, [...(this.byPatient.get(a.patient) ?? []), { id: a.id, resource: a.resource }]);
  }

  async appointmentsOf(patient: { system: string; value: string }): Promise<{ id: string; resource: unknown }[]> {
    return [...(this.byPatient.get(patient.value) ?? [])];
  }
}
