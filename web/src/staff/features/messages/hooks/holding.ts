import type { InboxItem, StaffMeResponse } from '../../../../shared/contracts.ts';

/** Who has a conversation: no one yet, the signed-in staff member, or a colleague (R-MS-7). */
export type Holding = 'nobody' | 'me' | 'colleague';

export function holdingOf(holder: InboxItem['holder'], me: Pick<StaffMeResponse, 'staffId'>): Holding {
  if (!holder) return 'nobody';
  return holder.staffId === me.staffId ? 'me' : 'colleague';
}
