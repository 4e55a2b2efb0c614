/**
 * The EHR's appointments for one person, as FHIR R4 Appointment resources (R-IN-1). The EHR also
 * pushes changes to the service's FHIR endpoint; this read lets the service catch up at sign-in.
 */
export interface EhrPort {
  appointmentsOf(patient: { system: string; value: string }): Promise<{ id: string; resource: unknown }[]>;
}
