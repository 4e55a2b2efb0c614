import { z } from 'zod';
import type { EhrPort } from './ehr.port.ts';

const searchset = z.object({
  resourceType: z.literal('Bundle'),
  entry: z.array(z.object({ resource: z.looseObject({ resourceType: z.literal('Appointment'), id: z.string() }) })).optional(),
});

export interface FhirEhrOptions {
  baseUrl: string;
  token?: string;
  timeoutMs?: number;
}

/** Reads `Appointment?patient:Patient.identifier=<system>|<value>` from the EHR's FHIR R4 server. */
export class FhirEhr implements EhrPort {
  constructor(private readonly options: FhirEhrOptions) {}

  async appointmentsOf(patient: { system: string; value: string }): Promise<{ id: string; resource: unknown }[]> {
    const url = new URL('Appointment', this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`);
    url.searchParams.set('patient:Patient.identifier', `${patient.system}|${patient.value}`);
    const response = await fetch(url, {
      headers: { accept: 'application/fhir+json', ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}) },
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`EHR answered ${response.status}`);
    const bundle = searchset.parse(await response.json());
    return (bundle.entry ?? []).map((e) => ({ id: e.resource.id, resource: e.resource }));
  }
}
