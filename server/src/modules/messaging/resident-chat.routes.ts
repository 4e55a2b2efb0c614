import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  afterSeqQuery,
  chatStartOptionsResponse,
  chatTriageRequest,
  chatTriageResponse,
  evaluationRequest,
  readRequest,
  residentConversationResponse,
  residentConversationsResponse,
  sendMessageRequest,
  sendMessageResponse,
  startChatRequest,
  startConversationResponse,
} from '../../../../contracts/messaging.ts';
import { requireResident } from '../../platform/auth.ts';
import { errorResponses, noContent } from '../../platform/route-schemas.ts';
import type { Evaluations } from './evaluations.service.ts';
import type { MessagingService } from './messaging.service.ts';
import type { ResidentChatService } from './resident-chat.service.ts';

export async function residentChatRoutes(app: FastifyInstance, deps: { chat: ResidentChatService; messaging: MessagingService; evaluations: Evaluations }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { chat, messaging, evaluations } = deps;
  const tags = ['Resident: messages'];
  const params = z.object({ conversationId: z.uuid() });
  const unprocessable = { 422: errorResponses[400] };

  r.get('/api/me/chat/start-options', { schema: { tags, summary: 'Units the person acted for may write to, their errands and questions (R-MS-2/3/4/10)', response: { 200: chatStartOptionsResponse, ...errorResponses } } }, async (request) =>
    chat.startOptions(requireResident(request)),
  );

  r.post('/api/me/chat/triage', { schema: { tags, summary: 'Check the errand’s answers: go on, or stop with advice', body: chatTriageRequest, response: { 200: chatTriageResponse, ...errorResponses } } }, async (request) =>
    chat.checkTriage(requireResident(request), request.body.unitId, request.body.errand, request.body.answers),
  );

  r.post(
    '/api/me/conversations',
    { schema: { tags, summary: 'Start a chat: errand, answers, first message; the same clientId again opens nothing new', body: startChatRequest, response: { 200: startConversationResponse, 201: startConversationResponse, ...unprocessable, ...errorResponses } } },
    async (request, reply) => {
      const { conversationId, replayed } = await chat.start(requireResident(request), request.body);
      return reply.code(replayed ? 200 : 201).send({ conversationId });
    },
  );

  r.get('/api/me/conversations', { schema: { tags, summary: 'The person’s conversations, newest first', response: { 200: residentConversationsResponse, ...errorResponses } } }, async (request) => chat.list(requireResident(request)));

  r.get('/api/me/conversations/:conversationId', { schema: { tags, summary: 'A conversation and its messages after afterSeq (the fallback when the socket is down)', params, querystring: afterSeqQuery, response: { 200: residentConversationResponse, ...errorResponses } } }, async (request) =>
    chat.get(requireResident(request), request.params.conversationId, request.query.afterSeq),
  );

  r.post(
    '/api/me/conversations/:conversationId/messages',
    { schema: { tags, summary: 'Send a message; answered after it is stored; the same clientId again returns the same message', params, body: sendMessageRequest, response: { 200: sendMessageResponse, 201: sendMessageResponse, ...errorResponses } } },
    async (request, reply) => {
      const { message, replayed } = await messaging.send(requireResident(request), request.params.conversationId, { ...request.body, kind: 'reply', links: [] });
      return reply.code(replayed ? 200 : 201).send({ message });
    },
  );

  r.post('/api/me/conversations/:conversationId/read', { schema: { tags, summary: 'Mark messages up to seq as read', params, body: readRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await messaging.read(requireResident(request), request.params.conversationId, request.body.seq);
    return reply.code(204).send(null);
  });

  r.post('/api/me/conversations/:conversationId/evaluation', { schema: { tags, summary: 'Answer the evaluation questions of a closed chat (R-MS-9)', params, body: evaluationRequest, response: { 204: noContent, ...errorResponses } } }, async (request, reply) => {
    await evaluations.answer(requireResident(request), request.params.conversationId, request.body);
    return reply.code(204).send(null);
  });
}
