import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chatSettings, replyTemplate, templateInput, templatesResponse } from '../../../../contracts/messaging.ts';
import { requireStaff } from '../../platform/auth.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { ChatSettingsAdmin } from './chat-settings.service.ts';
import type { ReplyTemplates } from './reply-templates.service.ts';

/** A unit's chat, kept by its administrators: errands, questions, opening hours, shared templates. */
export async function chatAdminRoutes(app: FastifyInstance, deps: { settings: ChatSettingsAdmin; templates: ReplyTemplates }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { settings, templates } = deps;
  const tags = ['Administration: chat'];
  const unitParams = z.object({ unitId: z.uuid() });
  const templateParams = unitParams.extend({ templateId: z.uuid() });

  r.get('/api/admin/units/:unitId/chat', { schema: { tags, summary: 'Errands with their questions and queues, and live-chat opening hours (R-MS-4/5)', params: unitParams, response: { 200: chatSettings, ...errorResponses } } }, async (request) =>
    settings.get(requireStaff(request), request.params.unitId),
  );
  r.put('/api/admin/units/:unitId/chat', { schema: { tags, summary: 'Replace the unit’s chat settings', params: unitParams, body: chatSettings, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await settings.put(requireStaff(request), request.params.unitId, request.body);
    return reply.code(204).send(null);
  });

  r.get('/api/admin/units/:unitId/templates', { schema: { tags, summary: 'The unit’s shared reply templates (R-MS-8)', params: unitParams, response: { 200: templatesResponse, ...errorResponses } } }, async (request) =>
    templates.sharedOf(requireStaff(request), request.params.unitId),
  );
  r.post('/api/admin/units/:unitId/templates', { schema: { tags, summary: 'Add a shared template', params: unitParams, body: templateInput, response: { 201: replyTemplate, ...errorResponses } } }, async (request, reply) => {
    const owner = await templates.shared(requireStaff(request), request.params.unitId);
    return reply.code(201).send(await templates.create(owner, request.body));
  });
  r.put('/api/admin/units/:unitId/templates/:templateId', { schema: { tags, summary: 'Change a shared template', params: templateParams, body: templateInput, response: { 200: replyTemplate, ...errorResponses } } }, async (request) =>
    templates.update(await templates.shared(requireStaff(request), request.params.unitId), request.params.templateId, request.body),
  );
  r.delete('/api/admin/units/:unitId/templates/:templateId', { schema: { tags, summary: 'Remove a shared template', params: templateParams, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await templates.remove(await templates.shared(requireStaff(request), request.params.unitId), request.params.templateId);
    return reply.code(204).send(null);
  });
}
