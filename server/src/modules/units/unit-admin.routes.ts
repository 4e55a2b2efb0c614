import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addDocumentExceptionRequest,
  adminUnitDetail,
  adminUnitsResponse,
  connectUnitRequest,
  connectUnitResponse,
  criteriaPreviewRequest,
  criteriaPreviewResponse,
  criteriaScope,
  putCriteriaRequest,
  updateFunctionsRequest,
} from '../../../../contracts/units.ts';
import { requireStaff } from '../../platform/auth.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { UnitAdminService } from './unit-admin.service.ts';

export async function unitAdminRoutes(app: FastifyInstance, deps: { admin: UnitAdminService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { admin } = deps;
  const tags = ['Administration: units'];
  const unitParams = z.object({ unitId: z.uuid() });

  r.get('/api/admin/units', { schema: { tags, summary: 'Units the administrator administers', response: { 200: adminUnitsResponse, ...errorResponses } } }, async (request) =>
    admin.list(requireStaff(request)),
  );

  r.post('/api/admin/units', { schema: { tags, summary: 'Connect a unit to the service and choose its functions (R-UN-1)', body: connectUnitRequest, response: { 201: connectUnitResponse, ...errorResponses } } }, async (request, reply) =>
    reply.code(201).send(await admin.connect(requireStaff(request), request.body)),
  );

  r.get('/api/admin/units/:unitId', { schema: { tags, summary: 'A unit with its functions, criteria and local e-document exceptions', params: unitParams, response: { 200: adminUnitDetail, ...errorResponses } } }, async (request) =>
    admin.detail(requireStaff(request), request.params.unitId),
  );

  r.put('/api/admin/units/:unitId/functions', { schema: { tags, summary: 'Choose the unit’s functions (R-UN-1)', params: unitParams, body: updateFunctionsRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await admin.setFunctions(requireStaff(request), request.params.unitId, request.body.functions);
    return reply.code(204).send(null);
  });

  r.put(
    '/api/admin/units/:unitId/criteria/:scope',
    { schema: { tags, summary: 'Set resident criteria for the unit or one function (R-UN-2)', params: unitParams.extend({ scope: criteriaScope }), body: putCriteriaRequest, response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await admin.putCriteria(requireStaff(request), request.params.unitId, request.params.scope, request.body.criteria);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/admin/units/:unitId/criteria/preview',
    { schema: { tags, summary: 'Try criteria against a made-up resident, criterion by criterion (R-UN-2)', params: unitParams, body: criteriaPreviewRequest, response: { 200: criteriaPreviewResponse, ...errorResponses } } },
    async (request) => admin.preview(requireStaff(request), request.params.unitId, request.body),
  );

  r.post(
    '/api/admin/units/:unitId/document-exceptions',
    { schema: { tags, summary: 'Add a local exception: these documents never go electronically (R-DC-5)', params: unitParams, body: addDocumentExceptionRequest, response: { 201: connectUnitResponse, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await admin.addDocumentException(requireStaff(request), request.params.unitId, request.body)),
  );

  r.delete(
    '/api/admin/units/:unitId/document-exceptions/:exceptionId',
    { schema: { tags, summary: 'Remove a local e-document exception', params: unitParams.extend({ exceptionId: z.uuid() }), response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await admin.removeDocumentException(requireStaff(request), request.params.unitId, request.params.exceptionId);
      return reply.code(204).send(null);
    },
  );
}
