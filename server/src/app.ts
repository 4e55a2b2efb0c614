import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config/config.ts';
import type { Database } from './db/client.ts';
import type { Clock } from './platform/clock.ts';
import { trackApiRoutes } from './platform/api-routes.ts';
import { registerAuth } from './platform/auth.ts';
import { frameworkErrorHandler, registerErrorHandlers } from './platform/error-handler.ts';
import { healthRoutes } from './platform/health.ts';
import { loggerOptions } from './platform/logger.ts';
import { Metrics, registerMetrics } from './platform/metrics.ts';
import { databaseRateLimitStore } from './platform/rate-limit-store.ts';
import { registerJsonBodyParser } from './platform/json-body.ts';
import { registerOpenApi } from './platform/openapi.ts';
import { registerSecurityHeaders } from './platform/security-headers.ts';
import { registerWebApps } from './platform/web-apps.ts';
import type { Services } from './composition.ts';
import { bankIdSimulatorPlugin } from './modules/bankid-simulator/simulator.plugin.ts';
import { identityRoutes } from './modules/identity/identity.routes.ts';
import { residentsRoutes } from './modules/residents/residents.routes.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';
import { proxiesRoutes } from './modules/proxies/proxies.routes.ts';
import { accountProtectionRoutes } from './modules/identity/account-protection.routes.ts';
import { realtimeRoutes } from './platform/realtime.routes.ts';
import { careUnitsRoutes } from './modules/units/care-units.routes.ts';
import { unitAdminRoutes } from './modules/units/unit-admin.routes.ts';
import { statisticsRoutes } from './modules/statistics/statistics.routes.ts';
import { selfBookingRoutes } from './modules/bookings/self-booking.routes.ts';
import { bookingsRoutes } from './modules/bookings/bookings.routes.ts';
import { fhirRoutes } from './modules/fhir/fhir.routes.ts';
import { staffBookingRoutes } from './modules/bookings/staff-booking.routes.ts';
import { demoIdentities } from './seed/demo-people.ts';
import { residentChatRoutes } from './modules/messaging/resident-chat.routes.ts';
import { staffChatRoutes } from './modules/messaging/staff-chat.routes.ts';
import { chatAdminRoutes } from './modules/messaging/chat-admin.routes.ts';
import { attachmentsRoutes } from './modules/messaging/attachments.routes.ts';
import { pushRoutes } from './modules/notifications/push.routes.ts';
import { demoOutboxPlugin } from './modules/demo-outbox/outbox.plugin.ts';
import { residentDocumentsRoutes } from './modules/documents/resident-documents.routes.ts';
import { staffDocumentsRoutes } from './modules/documents/staff-documents.routes.ts';
import { printListRoutes } from './modules/documents/print-list.routes.ts';
import { letterTemplatesRoutes } from './modules/documents/letter-templates.routes.ts';
import { demoMailboxPlugin } from './modules/demo-mailbox/mailbox.plugin.ts';
import { videoRoutes } from './modules/video/video.routes.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  services: Services;
  /** Where logs go; standard output unless a test captures them. */
  logStream?: DestinationStream;
  /** True once the process is stopping: readiness then answers 503 so no new work is sent here. */
  draining?: () => boolean;
  /** The process's metrics, shared with its scheduler; one of its own when not given. */
  metrics?: Metrics;
}

/** Builds the whole server as one Fastify instance; main.ts listens, tests inject. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, services, clock } = deps;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, deps.logStream),
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    frameworkErrors: frameworkErrorHandler,
  });
  registerJsonBodyParser(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  trackApiRoutes(app);
  await registerOpenApi(app, config.publicUrl);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(deps.database.db) });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  const metrics = deps.metrics ?? new Metrics();
  registerMetrics(app, metrics, config.metricsToken);
  metrics.watch({ connections: () => services.hub.connectionCount, ...services.queues }, () => clock.now());
  services.chat.delivery.reportTo(metrics.chatDelivery);
  // Before any route plugin: each plugin context keeps the error handler it was created with.
  registerErrorHandlers(app, await registerWebApps(app, config.webDistDir));
  const cookies = { secure: config.session.cookieSecure };
  registerAuth(app, services.sessions, cookies, config.ehrApiToken);

  await app.register(healthRoutes, { db: deps.database.db, ping: deps.database.ping, jobs: services.jobs, draining: deps.draining ?? (() => false) });
  await app.register(identityRoutes, {
    signIn: services.signIn,
    sessions: services.sessions,
    staffDirectory: services.staffDirectory,
    residents: services.residents,
    cookies,
    signInRateLimitPerMinute: config.signInRateLimitPerMinute,
  });
  await app.register(residentsRoutes, { residents: services.residents });
  await app.register(staffRoutes, { staffDirectory: services.staffDirectory, sessions: services.sessions });
  await app.register(proxiesRoutes, { proxies: services.proxies });
  await app.register(accountProtectionRoutes, { protection: services.accountProtection, cookies });
  await app.register(careUnitsRoutes, { offers: services.unitOffers });
  await app.register(unitAdminRoutes, { admin: services.unitAdmin });
  await app.register(statisticsRoutes, { statistics: services.statistics });
  await app.register(selfBookingRoutes, { selfBooking: services.selfBooking });
  await app.register(staffBookingRoutes, { staffBooking: services.staffBooking, appointmentTypes: services.appointmentTypes });
  await app.register(fhirRoutes, { appointments: services.fhirAppointments });
  await app.register(bookingsRoutes, { residents: services.residents, tickets: services.busTickets, clock, ticketChecksPerMinute: config.tickets.checksPerMinute });
  await app.register(residentChatRoutes, { chat: services.chat.residentChat, messaging: services.chat.messaging, evaluations: services.chat.evaluations });
  await app.register(staffChatRoutes, { inbox: services.chat.inbox, staffChat: services.chat.staffChat, messaging: services.chat.messaging, templates: services.chat.templates, evaluations: services.chat.evaluations });
  await app.register(chatAdminRoutes, { settings: services.chat.settings, templates: services.chat.templates });
  await app.register(attachmentsRoutes, { attachments: services.chat.attachments });
  await app.register(pushRoutes, { subscriptions: services.pushSubscriptions });
  await app.register(residentDocumentsRoutes, { documents: services.documents.resident });
  await app.register(staffDocumentsRoutes, { staff: services.documents.staff, sender: services.documents.sender });
  await app.register(printListRoutes, { printList: services.documents.printList });
  await app.register(letterTemplatesRoutes, { templates: services.documents.templates });
  await app.register(videoRoutes, { video: services.video, cookies, guestRateLimitPerMinute: config.video.guestRateLimitPerMinute });
  await app.register(realtimeRoutes, { hub: services.hub, publicUrl: config.publicUrl, onClientMessage: services.onClientMessage, keepAlive: { opened: (id) => services.sessions.liveConnectionOpened(id), active: (id) => services.sessions.touchLive(id) }, framesRefused: metrics.websocketFramesRefused });
  if (config.bankId.simulatorEnabled) {
    await app.register(bankIdSimulatorPlugin, { prefix: '/bankid-sim', clock, identities: demoIdentities(), publicUrl: config.publicUrl });
    if (services.demoOutboxes.sms || services.demoOutboxes.push) await app.register(demoOutboxPlugin, { prefix: '/demo/utkorg', outboxes: services.demoOutboxes });
    if (services.demoMailbox) await app.register(demoMailboxPlugin, { prefix: '/demo/brevlada', mailbox: services.demoMailbox });
  }

  return app;
}
