import type { Listing, ListingRegisterPort } from './listing-register.port.ts';

/** The embedded listing register: a fixed set of listings given at construction (the demo region). */
export class LocalListingRegister implements ListingRegisterPort {
  private readonly listings: Map<string, string>;

  constructor(listings: Iterable<readonly [identifier: string, unitHsaId: string]>) {
    this.listings = new Map(listings);
  }

  async listingOf(identifier: string): Promise<Listing | null> {
    const unitHsaId = this.listings.get(identifier);
    return unitHsaId ? { unitHsaId } : null;
  }

  /** A person changes health centre (or leaves the region); tests and demos use this. */
  relist(identifier: string, unitHsaId: string | null): void {
    if (unitHsaId) this.listings.set(identifier, unitHsaId);
    else this.listings.delete(identifier);
  }
}
