/**
 * The listing register (R-UN-3): the primary-care centre each person is listed at, by the unit's
 * HSA-ID. In production the region's listing service answers it over HL7 FHIR.
 */
export interface Listing {
  unitHsaId: string;
}

export interface ListingRegisterPort {
  /** Where a person (personnummer or samordningsnummer) is listed, or null when they are listed nowhere. */
  listingOf(identifier: string): Promise<Listing | null>;
}
