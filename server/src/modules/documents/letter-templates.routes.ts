import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { letterTemplate, letterTemplateInput, letterTemplatesResponse } from '../../../../contracts/documents.ts';
import { requireStaff } from '../../platform/auth.ts';
import { errorResponses } from '../../platform/route-schemas.ts';
import type { LetterTemplates } from './letter-templates.service.ts';

/** R-DC-2: a unit's letter templates, kept by its system administrators. */
export async function letterTemplatesRoutes(app: FastifyInstance, deps: { templates: LetterTemplates }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { templates } = deps;
  const tags = ['Administration'];
  const unitParams = z.object({ unitId: z.uuid() });
  r.get('/api/admin/units/:unitId/letter-templates', { schema: { tags, summary: 'The unit’s letter templates', params: unitParams, response: { 200: letterTemplatesResponse, ...errorResponses } } }, async (request) =>
    templates.list(requireStaff(request), request.params.unitId),
  );
  r.post('/api/admin/units/:unitId/letter-templates', { schema: { tags, summary: 'Add a letter template; with a control code its letters may go electronically (R-DC-2)', params: unitParams, body: letterTemplateInput, response: { 201: letterTemplate, ...errorResponses } } }, async (request, reply) =>
    reply.code(201).send(await templates.create(requireStaff(request), request.params.unitId, request.body)),
  );
  r.put('/api/admin/units/:unitId/letter-templates/:templateId', { schema: { tags, summary: 'Change a letter template', params: unitParams.extend({ templateId: z.uuid() }), body: letterTemplateInput, response: { 200: letterTemplate, ...errorResponses } } }, async (request) =>
    templates.update(requireStaff(request), request.params.unitId, request.params.templateId, request.body),
  );
}
