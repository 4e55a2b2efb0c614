import type { StaffMeResponse, StaffRole } from '../shared/contracts.ts';

/**
 * What the roles in the active unit open in the portal. The server decides every request; this only
 * keeps the menu and the start page to what the person may use, so a refusal is never the normal path.
 */
export interface PortalAccess {
  /** Resident search and overviews: care staff and unit managers. */
  residents: boolean;
  /** The unit's messages and chats, reply templates and chat evaluations (R-MS-1…12): care staff and unit managers. */
  messages: boolean;
  /** Publishing self-booking times (R-BK-4): care staff at a unit with self-booking switched on. */
  selfBookingTimes: boolean;
  /** Video meetings (R-VM-1…5): care staff and unit managers at a unit with video switched on. */
  video: boolean;
  /** The units admin pages: system and region administrators. */
  units: boolean;
  /** Region statistics (R-UN-5): region administrators only. */
  statistics: boolean;
  /** The shared reply templates of the units administered (R-MS-8): system administrators only. */
  sharedTemplates: boolean;
}

export function activeRoles(me: StaffMeResponse): StaffRole[] {
  return me.units.find((unit) => unit.id === me.activeUnitId)?.roles ?? [];
}

export function portalAccess(me: StaffMeResponse): PortalAccess {
  const roles = activeRoles(me);
  // Resident data and chats need a role that takes part in care (chat.work on the server).
  const residents = roles.includes('staff') || roles.includes('unit_manager');
  const functions = me.units.find((unit) => unit.id === me.activeUnitId)?.functions ?? [];
  return {
    residents,
    messages: residents,
    selfBookingTimes: residents && functions.includes('self_booking'),
    video: residents && functions.includes('video'),
    units: roles.includes('system_admin') || roles.includes('region_admin'),
    statistics: roles.includes('region_admin'),
    sharedTemplates: roles.includes('system_admin'),
  };
}
