import type { SmsPort } from '../../adapters/sms/sms.port.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import { bookingsRepository } from './bookings.repository.ts';
import { reminderText, reminderWindow, swedishMobileE164 } from './reminder.rules.ts';

/**
 * Reminders by SMS before booked visits, to residents who consented to notifications (R-ID-2).
 * Each booking is claimed under a row lock that other processes skip, and marked sent in the same
 * transaction as the send: a failed send is tried again at the next run, a sent one never twice.
 */
export class BookingReminders {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly residents: ResidentsService,
    private readonly sms: SmsPort,
  ) {}

  async sendDue(): Promise<{ sent: number; skipped: number }> {
    const now = this.clock.now();
    const due = await bookingsRepository.dueForReminder(this.db, reminderWindow(now), 200);
    let sent = 0;
    let skipped = 0;
    for (const candidate of due) {
      const result = await this.db.transaction(async (tx) => {
        const booking = await bookingsRepository.claimForReminder(tx, candidate.id);
        if (!booking) return 'taken' as const;
        const contact = await this.residents.reminderContact(tx, booking.residentId);
        const to = contact && swedishMobileE164(contact.mobileNumber);
        if (to) await this.sms.send({ to, text: reminderText(booking.startsAt) });
        await bookingsRepository.update(tx, booking.id, { reminderSentAt: now });
        return to ? ('sent' as const) : ('skipped' as const);
      });
      if (result === 'sent') sent++;
      if (result === 'skipped') skipped++;
    }
    return { sent, skipped };
  }
}
