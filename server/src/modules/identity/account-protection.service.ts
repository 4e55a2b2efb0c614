import type { BlockReason } from '../../../../contracts/enums.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { ResidentPrincipal, StaffPrincipal } from '../../platform/principal.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import { accountsRepository } from './accounts.repository.ts';
import { blocksRepository } from './blocks.repository.ts';
import { sessionRepository } from './session.repository.ts';
import type { SessionService } from './session.service.ts';

/** R-ID-4…6: blocking and unregistering accounts, effective at once everywhere. */
export class AccountProtectionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    private readonly residents: ResidentsService,
  ) {}

  /**
   * Blocks the person: their sessions end, every proxy acting for them loses access, their live
   * connections close. Other units are not notified; they see the block in the overview (R-ID-5).
   */
  private async block(tx: Db, residentId: string, block: { reason: BlockReason; blockedBy: 'staff' | 'resident'; staffId?: string; unitId?: string }) {
    if (await blocksRepository.activeFor(tx, residentId)) throw new AppError('already_blocked', 409, 'The account is already blocked');
    await blocksRepository.insert(tx, { residentId, ...block, blockedAt: this.clock.now() });
    return { ended: await this.sessions.endAllOfResident(tx, residentId), proxies: await this.sessions.proxySessionsFor(tx, residentId) };
  }

  private disconnect(affected: { ended: string[]; proxies: string[] }) {
    this.sessions.disconnect(affected.ended, 'blocked');
    this.sessions.disconnect(affected.proxies, 'proxy_ended');
  }

  async blockByStaff(principal: StaffPrincipal, residentId: string, reason: BlockReason): Promise<void> {
    assertStaffMay(principal, 'account.block');
    const affected = await this.db.transaction(async (tx) => {
      await this.residents.assertCareRelation(tx, principal, residentId);
      return this.block(tx, residentId, { reason, blockedBy: 'staff', staffId: principal.staffId, unitId: principal.activeUnitId });
    });
    this.disconnect(affected);
  }

  /** Only care can lift a block, whoever made it (R-ID-6). */
  async unblockByStaff(principal: StaffPrincipal, residentId: string): Promise<void> {
    assertStaffMay(principal, 'account.block');
    await this.db.transaction(async (tx) => {
      await this.residents.assertCareRelation(tx, principal, residentId);
      if (!(await blocksRepository.liftActive(tx, residentId, { staffId: principal.staffId, unitId: principal.activeUnitId }, this.clock.now()))) {
        throw new AppError('not_blocked', 409, 'The account is not blocked');
      }
    });
  }

  /**
   * R-ID-6: the resident unregisters their own account. The account is deleted (not care records),
   * which also stops e-documents to the app. With a block, the person is blocked too, so no new
   * account can be made until care lifts it. The route is for residents acting for themselves only
   * (access table), so a proxy cannot unregister the person they act for.
   */
  async unregister(principal: ResidentPrincipal, withBlock: boolean): Promise<void> {
    const affected = await this.db.transaction(async (tx) => {
      const result = withBlock
        ? await this.block(tx, principal.residentId, { reason: 'resident_request', blockedBy: 'resident' })
        : { ended: await this.sessions.endAllOfResident(tx, principal.residentId), proxies: [] };
      await sessionRepository.deleteForAccount(tx, principal.accountId);
      await accountsRepository.delete(tx, principal.accountId);
      return result;
    });
    this.disconnect(affected);
  }
}
