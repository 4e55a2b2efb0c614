import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { ResidentNotifier } from '../notifications/resident-notifier.ts';
import { conversationsRepository } from './conversations.repository.ts';

/** A resident reading the conversation live within this time gets no notification for it. */
const QUIET_MS = 60_000;

export const NEW_MESSAGE_NOTICE = {
  sms: 'Du har ett nytt meddelande i Vårdkontakten. Logga in för att läsa det.',
  push: { title: 'Vårdkontakten', body: 'Du har ett nytt meddelande.', url: '/meddelanden' },
};

/**
 * R-MS, R-ID-2: tells residents of care messages they have not read a minute after they came, once
 * per new message run, by SMS and push, with no content and no names. Conversations are claimed
 * with a lock other processes skip, so each notice goes out once whichever process runs the job.
 */
export class ChatNotifications {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly notifier: ResidentNotifier,
  ) {}

  async sendDue(): Promise<number> {
    const due = await conversationsRepository.claimUnnotified(this.db, new Date(this.clock.now().getTime() - QUIET_MS), 200);
    let told = 0;
    for (const c of due) {
      const result = await this.notifier.notify(this.db, c.residentId, NEW_MESSAGE_NOTICE);
      if (result.sms || result.pushes) told++;
    }
    return told;
  }
}
