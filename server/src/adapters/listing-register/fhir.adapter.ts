import { z } from 'zod';
import type { Listing, ListingRegisterPort } from './listing-register.port.ts';

/** Identifier systems used in Swedish FHIR profiles. */
export const PERSONNUMMER_SYSTEM = 'http://electronichealth.se/identifier/personnummer';
export const SAMORDNINGSNUMMER_SYSTEM = 'http://electronichealth.se/identifier/samordningsnummer';
export const HSA_ID_SYSTEM = 'urn:oid:1.2.752.29.4.19';

const reference = z.object({ identifier: z.object({ system: z.string().optional(), value: z.string() }).optional() });
const patientBundle = z.object({
  resourceType: z.literal('Bundle'),
  entry: z
    .array(z.object({ resource: z.object({ resourceType: z.literal('Patient'), generalPractitioner: z.array(reference).optional() }) }))
    .optional(),
});

export interface FhirListingRegisterOptions {
  baseUrl: string;
  /** Bearer token for the listing service, when it asks for one. */
  token?: string;
  timeoutMs?: number;
}

/**
 * Reads the listing from a FHIR R4 server: `Patient?identifier=<system>|<number>`, and the listed
 * primary-care centre is the patient's `generalPractitioner` Organization given by HSA-ID.
 */
export class FhirListingRegister implements ListingRegisterPort {
  constructor(private readonly options: FhirListingRegisterOptions) {}

  async listingOf(identifier: string): Promise<Listing | null> {
    // A samordningsnummer has 60 added to the day of birth (YYYYMMDD at the start of the number).
    const system = Number(identifier.slice(6, 8)) > 60 ? SAMORDNINGSNUMMER_SYSTEM : PERSONNUMMER_SYSTEM;
    const url = new URL('Patient', this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`);
    url.searchParams.set('identifier', `${system}|${identifier}`);
    const response = await fetch(url, {
      headers: { accept: 'application/fhir+json', ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}) },
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`Listing register answered ${response.status}`);
    const bundle = patientBundle.parse(await response.json());
    const practitioners = bundle.entry?.[0]?.resource.generalPractitioner ?? [];
    const unit = practitioners.find((p) => p.identifier?.system === HSA_ID_SYSTEM)?.identifier?.value;
    return unit ? { unitHsaId: unit } : null;
  }
}
