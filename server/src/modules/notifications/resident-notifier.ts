import type { PushPayload, PushPort } from '../../adapters/push/push.port.ts';
import type { SmsPort } from '../../adapters/sms/sms.port.ts';
import type { Db } from '../../db/client.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import { swedishMobileE164 } from '../bookings/reminder.rules.ts';
import { pushSubscriptionsRepository } from './push-subscriptions.repository.ts';

export interface Notice {
  sms: string;
  push: PushPayload;
}

/**
 * Tells a resident something happened, by SMS to their registered mobile and by push to their
 * browsers, only with the consent of their accepted terms (R-ID-2) and never to a blocked or
 * protected person. The texts carry no medical content and no names.
 */
export class ResidentNotifier {
  constructor(
    private readonly residents: ResidentsService,
    private readonly sms: SmsPort,
    private readonly push: PushPort,
  ) {}

  async notify(db: Db, residentId: string, notice: Notice): Promise<{ sms: boolean; pushes: number }> {
    const contact = await this.residents.reminderContact(db, residentId);
    if (!contact) return { sms: false, pushes: 0 };
    const to = swedishMobileE164(contact.mobileNumber);
    if (to) await this.sms.send({ to, text: notice.sms });
    let pushes = 0;
    for (const s of await pushSubscriptionsRepository.of(db, residentId)) {
      const result = await this.push.send({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, notice.push).catch(() => 'failed' as const);
      if (result === 'gone') await pushSubscriptionsRepository.remove(db, s.endpoint);
      if (result === 'sent') pushes++;
    }
    return { sms: to !== null, pushes };
  }
}
