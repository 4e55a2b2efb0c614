import { demoResidents, demoUnits } from '../../seed/demo-people.ts';

/** The demo region's listings as the listing register holds them: personnummer → HSA-ID of the centre. */
export function demoListings(): [string, string][] {
  const hsaByKey = new Map(demoUnits.map((u) => [u.key, u.hsaId]));
  return demoResidents.filter((r) => r.listingUnit && r.identifierKind !== 'reserve').map((r) => [r.identifier, hsaByKey.get(r.listingUnit!)!]);
}
