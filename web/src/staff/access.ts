import type { StaffMeResponse, StaffRole } from '../shared/contracts.ts';

/**
 * What the roles in the active unit open in the portal. The server decides every request; this only
 * keeps the menu and the start page to what the person may use, so a refusal is never the normal path.
 */
export interface PortalAccess {
  /** Resident search and overviews: care staff and unit managers. */
  residents: boolean;
  /** The units admin pages: system and region administrators. */
  units: boolean;
  /** Region statistics (R-UN-5): region administrators only. */
  statistics: boolean;
}

export function activeRoles(me: StaffMeResponse): StaffRole[] {
  return me.units.find((unit) => unit.id === me.activeUnitId)?.roles ?? [];
}

export function portalAccess(me: StaffMeResponse): PortalAccess {
  const roles = activeRoles(me);
  return {
    residents: roles.includes('staff') || roles.includes('unit_manager'),
    units: roles.includes('system_admin') || roles.includes('region_admin'),
    statistics: roles.includes('region_admin'),
  };
}
