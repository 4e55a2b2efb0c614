import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { busTicket, verifyTicketRequest, verifyTicketResponse } from '../../../../contracts/bookings.ts';
import { requireResident } from '../../platform/auth.ts';
import type { Clock } from '../../platform/clock.ts';
import { errorResponses } from '../../platform/route-schemas.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { BusTickets } from './bus-tickets.service.ts';
import { bookingCalendar } from './calendar.rules.ts';

export async function bookingsRoutes(app: FastifyInstance, deps: { residents: ResidentsService; tickets: BusTickets; clock: Clock; ticketChecksPerMinute: number }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ bookingId: z.uuid() });

  // Not JSON: registered without the typed reply, so the calendar text is sent as it is.
  app.get<{ Params: z.infer<typeof params> }>(
    '/api/me/bookings/:bookingId/calendar.ics',
    {
      schema: {
        tags: ['Resident: own data'],
        summary: 'A booking as an iCalendar file for the resident’s calendar',
        params,
        response: { 200: { content: { 'text/calendar': { schema: z.string().describe('iCalendar (RFC 5545)') } } }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const booking = await deps.residents.bookingOf(requireResident(request), request.params.bookingId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="besok-${booking.startsAt.slice(0, 10)}.ics"`)
        .send(bookingCalendar(booking, deps.clock.now()));
    },
  );

  r.get('/api/me/bookings/:bookingId/ticket', { schema: { tags: ['Resident: own data'], summary: 'The bus ticket for a booked visit (R-BK-6)', params, response: { 200: busTicket, ...errorResponses } } }, async (request) =>
    deps.tickets.ticketFor(requireResident(request), request.params.bookingId),
  );

  r.post(
    '/api/tickets/verify',
    {
      config: { rateLimit: { max: deps.ticketChecksPerMinute, timeWindow: '1 minute' } },
      schema: { tags: ['Transport operator'], summary: 'Check a bus ticket: valid, not yet valid, expired or invalid; never whose it is (R-BK-6)', body: verifyTicketRequest, response: { 200: verifyTicketResponse, ...errorResponses } },
    },
    async (request) => deps.tickets.verify(request.body.code),
  );
}
