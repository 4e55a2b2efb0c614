import { useMyCareUnits } from '../../care-units/hooks/useMyCareUnits.ts';

/**
 * The address and phone of a unit the person may book at. The offers name only the unit, so they
 * come from "Mina mottagningar" (one cached request for both pages); null until known.
 */
export function useUnitContact(unitId: string) {
  const careUnits = useMyCareUnits();
  return careUnits.data?.units.find((unit) => unit.id === unitId) ?? null;
}
