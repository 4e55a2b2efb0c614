import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rebookRequest, selfBookingOffersResponse, selfBookRequest, selfBookResponse, slotsQuery, slotsResponse, triageCheckRequest, triageCheckResponse } from '../../../../contracts/bookings.ts';
import { requireResident } from '../../platform/auth.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { SelfBookingService } from './self-booking.service.ts';

export async function selfBookingRoutes(app: FastifyInstance, deps: { selfBooking: SelfBookingService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { selfBooking } = deps;
  const tags = ['Resident: self-booking'];
  const typeParams = z.object({ typeId: z.uuid() });
  const bookingParams = z.object({ bookingId: z.uuid() });

  r.get('/api/me/self-booking', { schema: { tags, summary: 'Appointment types the person acted for may book themself (R-BK-4)', response: { 200: selfBookingOffersResponse, ...errorResponses } } }, async (request) =>
    selfBooking.offersFor(requireResident(request)),
  );

  r.get('/api/me/self-booking/:typeId/slots', { schema: { tags, summary: 'Free times of a self-bookable appointment type', params: typeParams, querystring: slotsQuery, response: { 200: slotsResponse, ...errorResponses } } }, async (request) =>
    selfBooking.freeSlots(requireResident(request), request.params.typeId, request.query.from, request.query.days),
  );

  r.post('/api/me/self-booking/:typeId/triage', { schema: { tags, summary: 'Check triage answers: go on, or stop with advice', params: typeParams, body: triageCheckRequest, response: { 200: triageCheckResponse, ...errorResponses } } }, async (request) =>
    selfBooking.checkTriage(requireResident(request), request.params.typeId, request.body.answers),
  );

  r.post(
    '/api/me/self-booking',
    { schema: { tags, summary: 'Book a free time; the same requestId again returns the same booking', body: selfBookRequest, response: { 200: selfBookResponse, 201: selfBookResponse, 422: errorResponses[400], ...errorResponses } } },
    async (request, reply) => {
      const { bookingId, replayed } = await selfBooking.book(requireResident(request), request.body);
      return reply.code(replayed ? 200 : 201).send({ bookingId });
    },
  );

  r.post('/api/me/bookings/:bookingId/cancel', { schema: { tags, summary: 'Cancel a self-booked time before its cut-off', params: bookingParams, body: z.object({}).optional(), response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await selfBooking.cancel(requireResident(request), request.params.bookingId);
    return reply.code(204).send(null);
  });

  r.post('/api/me/bookings/:bookingId/rebook', { schema: { tags, summary: 'Move a self-booked time to another free time of the same kind', params: bookingParams, body: rebookRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await selfBooking.rebook(requireResident(request), request.params.bookingId, request.body.slotId);
    return reply.code(204).send(null);
  });
}
