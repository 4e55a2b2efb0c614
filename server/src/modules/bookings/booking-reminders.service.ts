import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { ResidentNotifier } from '../notifications/resident-notifier.ts';
import { bookingsRepository } from './bookings.repository.ts';
import { reminderText, reminderWindow } from './reminder.rules.ts';

/**
 * Reminders by SMS and push before booked visits, to residents who consented to notifications (R-ID-2).
 * Each booking is claimed under a row lock that other processes skip, and marked sent in the same
 * transaction as the send: a failed send is tried again at the next run, a sent one never twice.
 */
export class BookingReminders {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly notifier: ResidentNotifier,
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
        const told = await this.notifier.notify(tx, booking.residentId, { sms: reminderText(booking.startsAt), push: { title: 'Vårdkontakten', body: 'Du har en bokad tid snart.', url: '/bokade-tider' } });
        await bookingsRepository.update(tx, booking.id, { reminderSentAt: now });
        return told.sms || told.pushes ? ('sent' as const) : ('skipped' as const);
      });
      if (result === 'sent') sent++;
      if (result === 'skipped') skipped++;
    }
    return { sent, skipped };
  }
}
