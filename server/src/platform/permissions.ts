import type { StaffRole } from '../../../contracts/enums.ts';
import { AppError } from './errors.ts';
import type { StaffInUnit, StaffPrincipal } from './principal.ts';

/**
 * R-UN-4: what each staff role may do, in one place. Administrative roles do not by themselves
 * give access to residents' data; only roles that take part in care do.
 */
export const permissions = {
  'resident.read': ['staff', 'unit_manager'],
  // R-PX-2…4: staff record proxy decisions; R-ID-5: staff block and unblock accounts.
  'proxy.manage': ['staff', 'unit_manager'],
  'account.block': ['staff', 'unit_manager'],
  // R-PX-6: only the unit manager (verksamhetschef) blocks a guardian.
  'guardian.block': ['unit_manager'],
  // R-BK-4/5: staff book for residents and publish self-booking times at their unit.
  'booking.manage': ['staff', 'unit_manager'],
  // R-MS-1…12: staff work their unit's conversations; reading one is a read of resident data.
  'chat.work': ['staff', 'unit_manager'],
  // R-VM-1…4: staff hold video meetings, admit from the waiting room and send guest links.
  'video.meet': ['staff', 'unit_manager'],
  // R-MS-8: the unit's shared reply templates are kept by system administrators.
  'templates.shared.edit': ['system_admin'],
  // R-UN-1/2, R-DC-5: functions, resident criteria and local e-document exceptions of the units administered.
  'unit.configure': ['system_admin', 'region_admin'],
  'unit.connect': ['system_admin', 'region_admin'],
  // R-UN-5
  'statistics.read': ['region_admin'],
  // R-DC-1…9: staff send e-documents to residents of their unit and work its print list.
  'documents.send': ['staff', 'unit_manager'],
  'print_list.work': ['staff', 'unit_manager'],
  // R-DC-2: a unit's letter templates and their control codes are kept by system administrators.
  'letter_templates.edit': ['system_admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

export function hasPermission(roles: readonly StaffRole[], permission: Permission): boolean {
  const allowed: readonly StaffRole[] = permissions[permission];
  return roles.some((r) => allowed.includes(r));
}

/** Staff acting in a unit with a role that grants `permission`; anything else is refused. */
export function assertStaffMay(principal: StaffPrincipal, permission: Permission): asserts principal is StaffInUnit {
  if (!principal.activeUnitId) throw new AppError('role_not_permitted', 403, 'Choose the unit you work in first');
  if (!hasPermission(principal.roles, permission)) throw new AppError('role_not_permitted', 403, 'Your role in this unit does not allow this');
}
