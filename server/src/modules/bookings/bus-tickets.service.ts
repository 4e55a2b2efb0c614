import QRCode from 'qrcode';
import type { BusTicket, VerifyTicketResponse } from '../../../../contracts/bookings.ts';
import type { ResidentBooking } from '../../../../contracts/resident.ts';
import type { Db } from '../../db/client.ts';
import { serviceSecret } from '../../db/secrets.repository.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { ResidentPrincipal } from '../../platform/principal.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import { bookingsRepository } from './bookings.repository.ts';
import { readTicketCode, ticketCode, ticketStatus, ticketWindow } from './bus-ticket.rules.ts';

/** R-BK-6: the booked visit is a bus ticket: a signed code in a QR code, checked by the transport operator. */
export class BusTickets {
  private key: Promise<string> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly residents: ResidentsService,
    private readonly configuredKey: string | undefined,
  ) {}

  async ticketFor(principal: ResidentPrincipal, bookingId: string): Promise<BusTicket> {
    const windowOf = (booking: ResidentBooking) => ticketWindow({ startsAt: new Date(booking.startsAt), endsAt: new Date(booking.endsAt) });
    const booking = await this.residents.bookingOf(principal, bookingId, (b) => {
      if (b.mode !== 'visit' || b.status !== 'booked' || windowOf(b).validUntil < this.clock.now()) {
        throw new AppError('ticket_not_available', 409, 'Bus tickets are for booked visits in person that have not yet passed');
      }
    });
    const window = windowOf(booking);
    const code = ticketCode(await this.signingKey(), { bookingId: booking.id, ...window });
    const svg = await QRCode.toString(code, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return {
      bookingId: booking.id,
      code,
      qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      validFrom: window.validFrom.toISOString(),
      validUntil: window.validUntil.toISOString(),
    };
  }

  /**
   * The transport operator's check. A code is valid only while its booking is still booked for the
   * same time (a cancelled or moved visit voids the old ticket); the answer says nothing of whose it is.
   */
  async verify(code: string): Promise<VerifyTicketResponse> {
    const invalid = { status: 'invalid', validFrom: null, validUntil: null } as const;
    const claims = readTicketCode(await this.signingKey(), code);
    if (!claims) return invalid;
    const booking = await bookingsRepository.findById(this.db, claims.bookingId);
    if (!booking || booking.status !== 'booked' || booking.mode !== 'visit') return invalid;
    const current = ticketWindow(booking);
    const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
    if (seconds(current.validFrom) !== seconds(claims.validFrom) || seconds(current.validUntil) !== seconds(claims.validUntil)) return invalid;
    return { status: ticketStatus(claims, this.clock.now()), validFrom: claims.validFrom.toISOString(), validUntil: claims.validUntil.toISOString() };
  }

  private signingKey(): Promise<string> {
    this.key ??= this.configuredKey ? Promise.resolve(this.configuredKey) : serviceSecret(this.db, 'bus-ticket-signing');
    return this.key;
  }
}
