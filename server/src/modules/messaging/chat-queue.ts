import type { Db } from '../../db/client.ts';
import type { ChatDelivery } from './chat-delivery.ts';
import { type ConversationRow, conversationsRepository } from './conversations.repository.ts';
import { expectedWaitMinutes } from './messaging.rules.ts';

export interface QueuePlace {
  position: number;
  expectedWaitMinutes: number;
}

/** R-MS-5: live chats wait in a queue per unit until staff take them; residents see their place. */
export class ChatQueue {
  constructor(
    private readonly db: Db,
    private readonly delivery: ChatDelivery,
  ) {}

  /** The place and expected wait of those of `rows` that are live chats waiting to be taken. */
  async placesOf(rows: readonly ConversationRow[]): Promise<Map<string, QueuePlace>> {
    const waiting = rows.filter((r) => r.mode === 'live' && !r.closedAt && !r.holderStaffId);
    const places = new Map<string, QueuePlace>();
    for (const unitId of new Set(waiting.map((r) => r.unitId))) {
      const [queue, waits] = await Promise.all([conversationsRepository.liveQueue(this.db, unitId), conversationsRepository.recentLiveWaits(this.db, unitId)]);
      queue.forEach((q, i) => places.set(q.id, { position: i + 1, expectedWaitMinutes: expectedWaitMinutes(i + 1, waits) }));
    }
    return places;
  }

  /** The queue at a unit moved: everyone in it hears so and fetches their new place. */
  async changedAt(unitId: string): Promise<void> {
    for (const q of await conversationsRepository.liveQueue(this.db, unitId)) this.delivery.changed({ id: q.id, unitId, residentId: q.residentId });
  }
}
