import { eq } from 'drizzle-orm';
import type { ChatSettings, Errand } from '../../../../contracts/messaging.ts';
import type { Profession } from '../../../../contracts/enums.ts';
import type { Db } from '../../db/client.ts';
import { chatErrands, chatSettings } from '../../db/schema/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { invalidField } from '../../platform/errors.ts';
import type { StaffPrincipal } from '../../platform/principal.ts';
import type { UnitAdminService } from '../units/unit-admin.service.ts';
import { conversationsRepository } from './conversations.repository.ts';

export type ErrandRow = typeof chatErrands.$inferSelect;

/**
 * A unit's chat: the errands it takes with their questions and queues (R-MS-4), and its opening
 * hours for live chat (R-MS-5); kept by the unit's administrators.
 */
export class ChatSettingsAdmin {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly admin: UnitAdminService,
  ) {}

  async get(principal: StaffPrincipal, unitId: string): Promise<ChatSettings> {
    const unit = await this.admin.administered(principal, unitId);
    const [settings, errands] = await Promise.all([conversationsRepository.chatSettingsOf(this.db, unit.id), conversationsRepository.errandsOf(this.db, [unit.id])]);
    return {
      openingHours: settings?.openingHours ?? [],
      errands: errands.map((e) => ({ errand: e.errand as Errand, queue: (e.queue as Profession | null) ?? null, questionnaire: e.questionnaire })),
    };
  }

  /** Replaces the settings as a whole; errands left out are no longer offered for new chats. */
  async put(principal: StaffPrincipal, unitId: string, input: ChatSettings): Promise<void> {
    const unit = await this.admin.administered(principal, unitId);
    const seen = new Set<string>();
    input.errands.forEach((e, i) => {
      if (seen.has(e.errand)) throw invalidField(`errands.${i}.errand`, 'Each errand once');
      seen.add(e.errand);
    });
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      await tx
        .insert(chatSettings)
        .values({ unitId: unit.id, openingHours: input.openingHours, updatedAt: now, updatedByStaffId: principal.staffId })
        .onConflictDoUpdate({ target: chatSettings.unitId, set: { openingHours: input.openingHours, updatedAt: now, updatedByStaffId: principal.staffId } });
      await tx.delete(chatErrands).where(eq(chatErrands.unitId, unit.id));
      if (input.errands.length) await tx.insert(chatErrands).values(input.errands.map((e) => ({ unitId: unit.id, errand: e.errand, queue: e.queue, questionnaire: e.questionnaire })));
    });
  }
}
