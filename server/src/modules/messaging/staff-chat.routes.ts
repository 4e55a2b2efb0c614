import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  afterSeqQuery,
  colleaguesResponse,
  evaluationSummaryResponse,
  handOverRequest,
  inboxQuery,
  inboxResponse,
  readRequest,
  replyTemplate,
  sendMessageResponse,
  staffConversationResponse,
  staffSendMessageRequest,
  staffStartConversationRequest,
  startConversationResponse,
  templateInput,
  templatesResponse,
} from '../../../../contracts/messaging.ts';
import { requireStaff } from '../../platform/auth.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { Evaluations } from './evaluations.service.ts';
import type { MessagingService } from './messaging.service.ts';
import type { ReplyTemplates } from './reply-templates.service.ts';
import type { StaffChatService } from './staff-chat.service.ts';
import type { StaffInbox } from './staff-inbox.service.ts';

export async function staffChatRoutes(
  app: FastifyInstance,
  deps: { inbox: StaffInbox; staffChat: StaffChatService; messaging: MessagingService; templates: ReplyTemplates; evaluations: Evaluations },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { inbox, staffChat, messaging, templates, evaluations } = deps;
  const tags = ['Staff: messages'];
  const params = z.object({ conversationId: z.uuid() });
  const done = { 204: noContent, ...errorResponses };

  r.get('/api/staff/inbox', { schema: { tags, summary: 'The active unit’s conversations by view, errand and waiting time, oldest waiting first (R-MS-12)', querystring: inboxQuery, response: { 200: inboxResponse, ...errorResponses } } }, async (request) =>
    inbox.list(requireStaff(request), request.query),
  );

  r.post(
    '/api/staff/residents/:residentId/conversations',
    { schema: { tags, summary: 'Start a conversation with a resident (R-MS-1)', params: z.object({ residentId: z.uuid() }), body: staffStartConversationRequest, response: { 201: startConversationResponse, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await staffChat.start(requireStaff(request), request.params.residentId, request.body)),
  );

  r.get('/api/staff/conversations/:conversationId', { schema: { tags, summary: 'A conversation with notes; the read is logged (R-IN-2)', params, querystring: afterSeqQuery, response: { 200: staffConversationResponse, ...errorResponses } } }, async (request) =>
    staffChat.get(requireStaff(request), request.params.conversationId, request.query.afterSeq, request.id),
  );

  r.post(
    '/api/staff/conversations/:conversationId/messages',
    { schema: { tags, summary: 'Reply to the resident, or write an internal note', params, body: staffSendMessageRequest, response: { 200: sendMessageResponse, 201: sendMessageResponse, ...errorResponses } } },
    async (request, reply) => {
      const { message, replayed } = await messaging.send(requireStaff(request), request.params.conversationId, request.body);
      return reply.code(replayed ? 200 : 201).send({ message });
    },
  );

  r.post('/api/staff/conversations/:conversationId/read', { schema: { tags, summary: 'Mark the resident’s messages up to seq as read', params, body: readRequest, response: done } }, async (request, reply) => {
    await messaging.read(requireStaff(request), request.params.conversationId, request.body.seq);
    return reply.code(204).send(null);
  });

  r.post('/api/staff/conversations/:conversationId/take', { schema: { tags, summary: 'Take the conversation', params, response: done } }, async (request, reply) => {
    await staffChat.take(requireStaff(request), request.params.conversationId);
    return reply.code(204).send(null);
  });

  r.post('/api/staff/conversations/:conversationId/hand-over', { schema: { tags, summary: 'Hand over to a profession queue or a colleague, with an internal note (R-MS-6)', params, body: handOverRequest, response: done } }, async (request, reply) => {
    await staffChat.handOver(requireStaff(request), request.params.conversationId, request.body);
    return reply.code(204).send(null);
  });

  r.post('/api/staff/conversations/:conversationId/call-back', { schema: { tags, summary: 'Tell the resident care will phone them (R-MS-6)', params, response: done } }, async (request, reply) => {
    await staffChat.callBack(requireStaff(request), request.params.conversationId);
    return reply.code(204).send(null);
  });

  r.post('/api/staff/conversations/:conversationId/close', { schema: { tags, summary: 'Close the conversation (R-MS-1)', params, response: done } }, async (request, reply) => {
    await staffChat.close(requireStaff(request), request.params.conversationId);
    return reply.code(204).send(null);
  });

  r.get('/api/staff/colleagues', { schema: { tags, summary: 'Colleagues in the active unit to hand a conversation to', response: { 200: colleaguesResponse, ...errorResponses } } }, async (request) => staffChat.colleagues(requireStaff(request)));

  r.get('/api/staff/evaluations', { schema: { tags, summary: 'The active unit’s chat evaluations (R-MS-9)', response: { 200: evaluationSummaryResponse, ...errorResponses } } }, async (request) => evaluations.summaryFor(requireStaff(request)));

  const templateParams = z.object({ templateId: z.uuid() });
  r.get('/api/staff/templates', { schema: { tags, summary: 'Reply templates: the unit’s shared ones and my own (R-MS-8)', response: { 200: templatesResponse, ...errorResponses } } }, async (request) => templates.forWriting(requireStaff(request)));
  r.post('/api/staff/templates', { schema: { tags, summary: 'Add one of my own templates', body: templateInput, response: { 201: replyTemplate, ...errorResponses } } }, async (request, reply) => {
    const principal = requireStaff(request);
    return reply.code(201).send(await templates.create(templates.mine(principal), request.body));
  });
  r.put('/api/staff/templates/:templateId', { schema: { tags, summary: 'Change one of my own templates', params: templateParams, body: templateInput, response: { 200: replyTemplate, ...errorResponses } } }, async (request) =>
    templates.update(templates.mine(requireStaff(request)), request.params.templateId, request.body),
  );
  r.delete('/api/staff/templates/:templateId', { schema: { tags, summary: 'Remove one of my own templates', params: templateParams, response: done } }, async (request, reply) => {
    await templates.remove(templates.mine(requireStaff(request)), request.params.templateId);
    return reply.code(204).send(null);
  });
}
