import type { AccountState, BlockReason } from '../../../../contracts/enums.ts';
import type { Db } from '../../db/client.ts';
import { countByMonth, type MonthCounts, type MonthRange } from '../../db/month-counts.ts';
import { accounts } from '../../db/schema/index.ts';
import { accountsRepository } from './accounts.repository.ts';
import { blocksRepository } from './blocks.repository.ts';

export interface AccountSummary {
  state: AccountState;
  blockedReason: BlockReason | null;
  termsAcceptedAt: Date | null;
  termsVersion: string | null;
}

export class AccountsService {
  constructor(private readonly db: Db) {}

  async findForResident(db: Db, residentId: string) {
    return accountsRepository.findByResidentId(db, residentId);
  }

  async summaryFor(db: Db, residentId: string): Promise<AccountSummary> {
    const [account, block] = await Promise.all([accountsRepository.findByResidentId(db, residentId), blocksRepository.activeFor(db, residentId)]);
    if (block) return { state: 'blocked', blockedReason: block.reason as BlockReason, termsAcceptedAt: account?.termsAcceptedAt ?? null, termsVersion: account?.termsVersion ?? null };
    if (!account) return { state: 'none', blockedReason: null, termsAcceptedAt: null, termsVersion: null };
    return {
      state: 'active',
      blockedReason: null,
      termsAcceptedAt: account.termsAcceptedAt,
      termsVersion: account.termsVersion,
    };
  }

  /**
   * R-ID-2: accepting the terms is the consent to notifications and to e-documents in the app and
   * the digital mailbox, so both are recorded with the version and time. An existing account is returned as is.
   */
  async createAcceptingTerms(db: Db, residentId: string, termsVersion: string, at: Date) {
    const created = await accountsRepository.insertIfAbsent(db, {
      residentId,
      termsVersion,
      termsAcceptedAt: at,
      consentNotifications: true,
      consentEDocuments: true,
      createdAt: at,
    });
    return created ?? (await accountsRepository.findByResidentId(db, residentId))!;
  }

  /** R-ID-4: a block on the person stops sign-in whether or not they have an account. */
  async isBlocked(db: Db, residentId: string): Promise<boolean> {
    return (await blocksRepository.activeFor(db, residentId)) !== null;
  }

  /** R-UN-5: accounts by month of creation. The service belongs to one region, so every account counts. */
  async createdByMonth(months: MonthRange): Promise<MonthCounts> {
    return countByMonth(this.db, accounts, accounts.createdAt, months);
  }

  async byId(accountId: string) {
    return accountsRepository.findById(this.db, accountId);
  }
}
