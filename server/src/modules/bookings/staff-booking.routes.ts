import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adminAppointmentTypesResponse,
  appointmentTypeInput,
  bookingOptionsResponse,
  createdBookingResponse,
  publishSlotsRequest,
  publishSlotsResponse,
  staffBookRequest,
} from '../../../../contracts/bookings.ts';
import { connectUnitResponse } from '../../../../contracts/units.ts';
import { requireStaff } from '../../platform/auth.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { AppointmentTypesAdmin } from '../units/appointment-types.admin.ts';
import type { StaffBookingService } from './staff-booking.service.ts';

export async function staffBookingRoutes(app: FastifyInstance, deps: { staffBooking: StaffBookingService; appointmentTypes: AppointmentTypesAdmin }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { staffBooking, appointmentTypes } = deps;
  const tags = ['Staff: bookings'];
  const adminTags = ['Administration: units'];
  const unitParams = z.object({ unitId: z.uuid() });

  r.get('/api/staff/booking-options', { schema: { tags, summary: 'Appointment types and practitioners of the active unit, for booking', response: { 200: bookingOptionsResponse, ...errorResponses } } }, async (request) =>
    staffBooking.options(requireStaff(request)),
  );

  r.post(
    '/api/staff/residents/:residentId/bookings',
    { schema: { tags, summary: 'Book a visit, phone call or video meeting for a resident (R-BK-5, R-VM-5)', params: z.object({ residentId: z.uuid() }), body: staffBookRequest, response: { 201: createdBookingResponse, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await staffBooking.book(requireStaff(request), request.params.residentId, request.body)),
  );

  r.post('/api/staff/slots', { schema: { tags, summary: 'Publish self-booking times (R-BK-4)', body: publishSlotsRequest, response: { 201: publishSlotsResponse, ...errorResponses } } }, async (request, reply) =>
    reply.code(201).send(await staffBooking.publishSlots(requireStaff(request), request.body)),
  );

  r.get('/api/admin/units/:unitId/appointment-types', { schema: { tags: adminTags, summary: 'The unit’s appointment types', params: unitParams, response: { 200: adminAppointmentTypesResponse, ...errorResponses } } }, async (request) =>
    appointmentTypes.list(requireStaff(request), request.params.unitId),
  );

  r.post('/api/admin/units/:unitId/appointment-types', { schema: { tags: adminTags, summary: 'Add an appointment type', params: unitParams, body: appointmentTypeInput, response: { 201: connectUnitResponse, ...errorResponses } } }, async (request, reply) =>
    reply.code(201).send(await appointmentTypes.add(requireStaff(request), request.params.unitId, request.body)),
  );

  r.put(
    '/api/admin/units/:unitId/appointment-types/:typeId',
    { schema: { tags: adminTags, summary: 'Change an appointment type', params: unitParams.extend({ typeId: z.uuid() }), body: appointmentTypeInput, response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await appointmentTypes.update(requireStaff(request), request.params.unitId, request.params.typeId, request.body);
      return reply.code(204).send(null);
    },
  );
}
