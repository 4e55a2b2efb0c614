import type { Db } from '../../db/client.ts';
import { conversationsRepository } from './conversations.repository.ts';

/** A conversation with a unit is a care contact, as a booking is (ADR 1, ADR 6). */
export class ConversationContacts {
  hasConversationSince(db: Db, residentId: string, unitId: string, since: Date): Promise<boolean> {
    return conversationsRepository.hasConversationSince(db, residentId, unitId, since);
  }
}
