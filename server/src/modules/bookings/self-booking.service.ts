import type { Answers } from '../../../../contracts/questionnaire.ts';
import type { SelfBookingOffersResponse, SelfBookRequest, SlotsResponse, TriageCheckResponse } from '../../../../contracts/bookings.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, invalidField, notFound } from '../../platform/errors.ts';
import type { ResidentPrincipal } from '../../platform/principal.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { UnitOffers } from '../units/unit-offers.service.ts';
import { bookingsRepository } from './bookings.repository.ts';
import { changeableUntil } from './bookings.rules.ts';
import { type AppointmentTypeRow, type PlaceRequest, slotsRepository } from './slots.repository.ts';
import { checkTriage, triageProblemText } from './triage.rules.ts';

const DAY = 86_400_000;
const slotFull = () => new AppError('slot_full', 409, 'That time was just taken. Choose another time.', 'slotId');

/**
 * R-BK-4: residents book times a unit publishes for self-booking, after the unit's criteria and
 * the appointment type's triage form; never more bookings than a slot holds, whatever the
 * concurrency; cancel or rebook until the type's cut-off.
 */
export class SelfBookingService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly offers: UnitOffers,
    private readonly audit: AuditService,
    private readonly options: { batchOwnBookings: boolean },
  ) {}

  async offersFor(principal: ResidentPrincipal): Promise<SelfBookingOffersResponse> {
    const units = (await this.offers.careUnitsOf(principal)).units.filter((u) => u.functions.includes('self_booking'));
    const [types, booked] = await Promise.all([slotsRepository.selfBookableTypesAt(this.db, units.map((u) => u.id)), slotsRepository.activeSelfBookings(this.db, principal.subjectId)]);
    return {
      offers: types.map((t) => {
        const unit = units.find((u) => u.id === t.unitId)!;
        return {
          unit: { id: unit.id, name: unit.name, city: unit.city },
          appointmentType: { id: t.id, name: { sv: t.nameSv, en: t.nameEn }, durationMinutes: t.durationMinutes },
          triage: t.triage,
          cancelCutoffHours: t.cancelCutoffHours,
          bookedId: booked.find((b) => b.appointmentTypeId === t.id)?.id ?? null,
        };
      }),
    };
  }

  async freeSlots(principal: ResidentPrincipal, typeId: string, from: string | undefined, days: number): Promise<SlotsResponse> {
    const type = await this.bookableType(principal, typeId);
    const now = this.clock.now();
    const start = from ? new Date(Math.max(now.getTime(), Date.parse(`${from}T00:00:00Z`) - 2 * 3_600_000)) : now;
    const slots = await slotsRepository.freeSlots(this.db, type.id, start, new Date(start.getTime() + days * DAY));
    return { slots: slots.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), remaining: s.capacity - s.booked })) };
  }

  async checkTriage(principal: ResidentPrincipal, typeId: string, answers: Answers): Promise<TriageCheckResponse> {
    const type = await this.bookableType(principal, typeId);
    const outcome = checkTriage(type.triage, answers);
    if (outcome.result === 'invalid') throw invalidField(`answers.${outcome.questionId}`, triageProblemText[outcome.problem]);
    return outcome.result === 'stop' ? { result: 'stop', questionId: outcome.questionId, advice: outcome.advice } : { result: 'pass' };
  }

  async book(principal: ResidentPrincipal, input: SelfBookRequest): Promise<{ bookingId: string; replayed: boolean }> {
    const found = await slotsRepository.slotWithType(this.db, input.slotId);
    if (!found) throw notFound('The time');
    const { slot, type } = found;
    await this.assertBookable(principal, type);
    const triage = checkTriage(type.triage, input.answers);
    if (triage.result === 'invalid') throw invalidField(`answers.${triage.questionId}`, triageProblemText[triage.problem]);
    if (triage.result === 'stop') throw new AppError('triage_stopped', 422, 'Your answers mean this cannot be booked here. Follow the advice given.', `answers.${triage.questionId}`);
    const booking = { slotId: slot.id, residentId: principal.subjectId, bookedByResidentId: principal.residentId, requestId: input.requestId, triageAnswers: triage.answers, notBefore: this.clock.now() };
    try {
      const bookingId =
        principal.subjectId === principal.residentId
          ? await this.bookOwn(booking)
          : await this.db.transaction(async (tx) => {
              const id = await slotsRepository.bookPlace(tx, booking);
              if (id) await this.audit.recordProxyAction(tx, principal.residentId, principal.subjectId, 'self_booked');
              return id;
            });
      if (bookingId === 'full') throw slotFull();
      if (bookingId) return { bookingId, replayed: false };
      // A retry of a request that took the time's last place finds the time full: answer with its booking.
      const earlier = await bookingsRepository.findByRequestId(this.db, input.requestId);
      if (earlier) return this.replay(principal, earlier);
      throw slotFull();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A retry of a request that booked already (whichever unique index PostgreSQL checked first).
      const earlier = await bookingsRepository.findByRequestId(this.db, input.requestId);
      if (earlier) return this.replay(principal, earlier);
      throw new AppError('already_booked', 409, 'You already have a time of this kind. Cancel or change that one instead.');
    }
  }

  /**
   * A resident's own booking goes (on PostgreSQL) in a batch with others made at the same moment (a rush); one the
   * batch did not make, other than for a full slot, is made alone, which says why (a replay, a second booking).
   * 'full' is the batch's: full, and no replay to look for. `null` from a booking alone may still be a replay.
   */
  private async bookOwn(booking: PlaceRequest): Promise<string | 'full' | null> {
    if (!this.options.batchOwnBookings) return slotsRepository.bookPlace(this.db, booking);
    const outcome = await slotsRepository.bookPlaceAmongOthers(this.db, booking);
    if (outcome === 'full') return 'full';
    if (outcome === 'alone') return slotsRepository.bookPlace(this.db, booking);
    return outcome.bookingId;
  }

  /**
   * R-BK-4: a self-booked time is cancelled by the resident until the cut-off; the place is freed.
   * Cancelling it again (the app retrying after the answer was lost) is answered as done, and frees nothing more.
   */
  async cancel(principal: ResidentPrincipal, bookingId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const booking = await this.ownBooking(tx, principal, bookingId);
      if (booking.source === 'self' && booking.status === 'cancelled') return;
      await this.assertChangeable(tx, booking);
      await bookingsRepository.update(tx, booking.id, { status: 'cancelled', cancelledAt: this.clock.now() });
      if (booking.slotId) await slotsRepository.releasePlace(tx, booking.slotId);
      await this.audit.recordProxyAction(tx, principal.residentId, principal.subjectId, 'self_booking_cancelled');
    });
  }

  /** Moves a self-booked time to another slot of the same type, in one step: the old place is freed only if the new one is taken. */
  async rebook(principal: ResidentPrincipal, bookingId: string, slotId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const booking = await this.ownBooking(tx, principal, bookingId);
      await this.assertChangeable(tx, booking);
      const target = await slotsRepository.slotById(tx, slotId);
      if (!target || target.appointmentTypeId !== booking.appointmentTypeId) throw invalidField('slotId', 'Choose a time of the same kind');
      if (target.id === booking.slotId) return;
      const taken = await slotsRepository.takePlace(tx, target.id, this.clock.now());
      if (!taken) throw slotFull();
      if (booking.slotId) await slotsRepository.releasePlace(tx, booking.slotId);
      await bookingsRepository.update(tx, booking.id, { slotId: taken.id, startsAt: taken.startsAt, endsAt: taken.endsAt });
      await this.audit.recordProxyAction(tx, principal.residentId, principal.subjectId, 'self_booking_moved');
    });
  }

  private async ownBooking(tx: Db, principal: ResidentPrincipal, bookingId: string) {
    const booking = await bookingsRepository.findById(tx, bookingId);
    if (!booking || booking.residentId !== principal.subjectId) throw notFound('The booking');
    return booking;
  }

  private async assertChangeable(tx: Db, booking: { source: string; status: string; startsAt: Date; appointmentTypeId: string }): Promise<void> {
    const type = await slotsRepository.typeById(tx, booking.appointmentTypeId);
    const until = changeableUntil(booking, type!);
    if (!until) throw new AppError('booking_not_changeable', 409, 'This booking is changed by asking the unit in a message.');
    if (this.clock.now() >= until) throw new AppError('past_cut_off', 409, 'It is too close to the time to change it here. Call the unit.');
  }

  /** The same request again: the booking it made, for the same person only. */
  private replay(principal: ResidentPrincipal, earlier: { id: string; residentId: string }): { bookingId: string; replayed: boolean } {
    if (earlier.residentId !== principal.subjectId) throw new AppError('validation_failed', 409, 'This request id was used for another booking', 'requestId');
    return { bookingId: earlier.id, replayed: true };
  }

  /** A self-bookable type at a unit where the person acted for may self-book (R-UN-2, R-MS-10). */
  private async bookableType(principal: ResidentPrincipal, typeId: string): Promise<AppointmentTypeRow> {
    const type = await slotsRepository.typeById(this.db, typeId);
    if (!type) throw notFound('The appointment type');
    await this.assertBookable(principal, type);
    return type;
  }

  private async assertBookable(principal: ResidentPrincipal, type: AppointmentTypeRow): Promise<void> {
    if (!type.selfBookable) throw notFound('The appointment type');
    await this.offers.assertResidentMayUse(principal, type.unitId, 'self_booking');
  }
}
