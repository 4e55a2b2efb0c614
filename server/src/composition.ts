import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BankIdPort } from './adapters/bankid/bankid.port.ts';
import { demoRegisterPeople } from './adapters/population-register/demo-register.ts';
import { LocalPopulationRegister } from './adapters/population-register/local.adapter.ts';
import type { PopulationRegisterPort } from './adapters/population-register/population-register.port.ts';
import { demoListings } from './adapters/listing-register/demo-listings.ts';
import { FhirListingRegister } from './adapters/listing-register/fhir.adapter.ts';
import type { ListingRegisterPort } from './adapters/listing-register/listing-register.port.ts';
import { LocalListingRegister } from './adapters/listing-register/local.adapter.ts';
import { FortySixElksSms } from './adapters/sms/forty-six-elks.adapter.ts';
import { LocalSmsOutbox } from './adapters/sms/local-outbox.adapter.ts';
import type { SmsPort } from './adapters/sms/sms.port.ts';
import type { EhrPort } from './adapters/ehr/ehr.port.ts';
import { FhirEhr } from './adapters/ehr/fhir-ehr.adapter.ts';
import { LocalEhr } from './adapters/ehr/local-ehr.adapter.ts';
import { demoEhrAppointments } from './seed/demo-ehr.ts';
import { BookingReminders } from './modules/bookings/booking-reminders.service.ts';
import { BankIdRpAdapter } from './adapters/bankid/bankid-rp.adapter.ts';
import type { Config } from './config/config.ts';
import type { Database } from './db/client.ts';
import type { Clock } from './platform/clock.ts';
import { AuditService } from './modules/audit/audit.service.ts';
import { BookingsService } from './modules/bookings/bookings.service.ts';
import { AccountsService } from './modules/identity/accounts.service.ts';
import { SessionService } from './modules/identity/session.service.ts';
import { SignInService } from './modules/identity/sign-in.service.ts';
import { ResidentsService } from './modules/residents/residents.service.ts';
import { StaffDirectory } from './modules/staff/staff.service.ts';
import { AccountProtectionService } from './modules/identity/account-protection.service.ts';
import { ProxiesService } from './modules/proxies/proxies.service.ts';
import { ProxyEligibility } from './modules/proxies/proxy-eligibility.ts';
import { RealtimeHub } from './platform/realtime-hub.ts';
import { StatisticsService } from './modules/statistics/statistics.service.ts';
import { UnitAdminService } from './modules/units/unit-admin.service.ts';
import { UnitOffers } from './modules/units/unit-offers.service.ts';
import { UnitsDirectory } from './modules/units/units-directory.ts';
import { SelfBookingService } from './modules/bookings/self-booking.service.ts';
import { BusTickets } from './modules/bookings/bus-tickets.service.ts';
import { EhrBookings } from './modules/bookings/ehr-bookings.service.ts';
import { FhirAppointments } from './modules/fhir/fhir-appointments.service.ts';
import { StaffBookingService } from './modules/bookings/staff-booking.service.ts';
import { AppointmentTypesAdmin } from './modules/units/appointment-types.admin.ts';
import type { ScheduledJob } from './platform/scheduler.ts';
import type { PushPort } from './adapters/push/push.port.ts';
import { generateVapidKeys, WebPush } from './adapters/push/web-push.adapter.ts';
import { LocalPushOutbox } from './adapters/push/local-outbox.adapter.ts';
import type { VirusScannerPort } from './adapters/virus-scanner/virus-scanner.port.ts';
import { ClamdScanner } from './adapters/virus-scanner/clamd.adapter.ts';
import { LocalVirusScanner } from './adapters/virus-scanner/local.adapter.ts';
import { serviceSecret } from './db/secrets.repository.ts';
import { removeSpentRateLimitWindows } from './platform/rate-limit-store.ts';
import { ResidentNotifier } from './modules/notifications/resident-notifier.ts';
import { PushSubscriptions } from './modules/notifications/push-subscriptions.service.ts';
import { type EventBus, InProcessEventBus } from './platform/event-bus.ts';
import type { ChatBusEvent } from './modules/messaging/chat-delivery.ts';
import { ConversationContacts } from './modules/messaging/conversation-contacts.ts';
import { MessageCounts } from './modules/messaging/message-counts.ts';
import { createChatServices } from './modules/messaging/chat-composition.ts';
import type { MailboxPort } from './adapters/mailbox/mailbox.port.ts';
import { LocalMailbox } from './adapters/mailbox/local-mailbox.adapter.ts';
import { MinaMeddelandenMailbox } from './adapters/mailbox/mina-meddelanden.adapter.ts';
import { demoMailboxes } from './adapters/mailbox/demo-mailboxes.ts';
import { createDocumentServices } from './modules/documents/documents-composition.ts';
import type { SfuPort } from './adapters/sfu/sfu.port.ts';
import { JanusSfu } from './adapters/sfu/janus.adapter.ts';
import { LocalMeshSfu } from './adapters/sfu/local-mesh.adapter.ts';
import type { VideoBusEvent } from './modules/video/video-delivery.ts';
import { createVideoServices } from './modules/video/video-composition.ts';
import { isVideoFrame } from './modules/video/video-socket.ts';

export interface Adapters {
  bankId: BankIdPort;
  populationRegister: PopulationRegisterPort;
  listingRegister: ListingRegisterPort;
  sms: SmsPort;
  push: PushPort;
  virusScanner: VirusScannerPort;
  ehr: EhrPort;
  mailbox: MailboxPort;
  sfu: SfuPort;
}

/** The real adapters from configuration; the only place that reads certificate files. */
export function createAdapters(config: Config, now: Date): Adapters {
  const read = (path: string | undefined) => (path ? readFileSync(path) : undefined);
  return {
    bankId: new BankIdRpAdapter({
      baseUrl: config.bankId.baseUrl,
      pfx: read(config.bankId.pfxPath),
      passphrase: config.bankId.pfxPassphrase,
      ca: read(config.bankId.caPath),
    }),
    // Navet is reached only from the region's network; the embedded register holds the demo region.
    populationRegister: new LocalPopulationRegister(demoRegisterPeople()),
    listingRegister: config.listingRegister.fhirUrl
      ? new FhirListingRegister({ baseUrl: config.listingRegister.fhirUrl, token: config.listingRegister.token })
      : new LocalListingRegister(demoListings()),
    sms:
      config.sms.username && config.sms.password
        ? new FortySixElksSms({ username: config.sms.username, password: config.sms.password, from: config.sms.from })
        : new LocalSmsOutbox(),
    push: config.push.vapid ? new WebPush({ ...config.push.vapid, subject: config.push.subject }) : new LocalPushOutbox(),
    virusScanner:
      config.clamd.socketPath || config.clamd.host
        ? new ClamdScanner({ socketPath: config.clamd.socketPath, host: config.clamd.host, port: config.clamd.port, timeoutMs: 30_000 })
        : new LocalVirusScanner(),
    ehr: config.ehrFhirUrl ? new FhirEhr({ baseUrl: config.ehrFhirUrl, token: config.ehrFhirToken }) : new LocalEhr(demoEhrAppointments(now)),
    mailbox: config.mailbox.recipientServiceUrl
      ? new MinaMeddelandenMailbox({ recipientServiceUrl: config.mailbox.recipientServiceUrl, senderId: config.mailbox.senderId, signingKey: createPrivateKey(readFileSync(config.mailbox.signingKeyPath!)), keyId: config.mailbox.signingKeyId })
      : new LocalMailbox(demoMailboxes(), { folder: join(config.dataDir, 'local-mailbox') }),
    sfu: config.video.janus ? new JanusSfu(config.video.janus) : new LocalMeshSfu(config.video.meshLimit),
  };
}

export type Services = ReturnType<typeof createServices>;

/** The one place where services are created and wired to each other. */
export function createServices(
  config: Config,
  database: Database,
  clock: Clock,
  adapters: Adapters,
  chatBus: EventBus<ChatBusEvent> = new InProcessEventBus(),
  videoBus: EventBus<VideoBusEvent> = new InProcessEventBus(),
) {
  const db = database.db;
  const staffDirectory = new StaffDirectory(db);
  const units = new UnitsDirectory(db);
  const audit = new AuditService(db, clock);
  const bookings = new BookingsService(db, clock);
  const accounts = new AccountsService(db);
  const residents = new ResidentsService(db, clock, accounts, bookings, audit, adapters.populationRegister, adapters.listingRegister, units, new ConversationContacts());
  const unitOffers = new UnitOffers(db, clock, units, residents, bookings);
  const unitAdmin = new UnitAdminService(db, clock, units, staffDirectory);
  const proxyEligibility = new ProxyEligibility(clock, accounts);
  // Over a network a batch saves round trips; in-process PGlite has none to save, and there the batch statement costs more than it saves.
  const selfBooking = new SelfBookingService(db, clock, unitOffers, audit, { batchOwnBookings: database.kind === 'postgres' });
  const busTickets = new BusTickets(db, clock, residents, config.tickets.signingKey);
  const staffBooking = new StaffBookingService(db, clock, residents, staffDirectory);
  const appointmentTypes = new AppointmentTypesAdmin(db, unitAdmin);
  const fhirAppointments = new FhirAppointments(db, residents, units, staffDirectory, new EhrBookings(), adapters.ehr);
  const hub = new RealtimeHub();
  const sessions = new SessionService(db, clock, { idleMinutes: config.session.idleMinutes, absoluteHours: config.session.absoluteHours }, staffDirectory, proxyEligibility, hub);

  const proxies = new ProxiesService(db, clock, proxyEligibility, sessions, residents, staffDirectory, audit);
  const accountProtection = new AccountProtectionService(db, clock, sessions, residents);
  const signIn = new SignInService(db, clock, adapters.bankId, sessions, accounts, residents, staffDirectory, {
    publicUrl: config.publicUrl,
    simulatorEnabled: config.bankId.simulatorEnabled,
  }, fhirAppointments);
  const notifier = new ResidentNotifier(residents, adapters.sms, adapters.push);
  const bookingReminders = new BookingReminders(db, clock, notifier);
  const documents = createDocumentServices(db, clock, { residents, accounts, proxyEligibility, units, unitAdmin, bookings, audit, notifier, mailbox: adapters.mailbox, virusScanner: adapters.virusScanner, senderId: config.mailbox.senderId });
  const messageCounts = new MessageCounts(db);
  const statistics = new StatisticsService(clock, units, accounts, bookings, messageCounts, documents.byMonth);
  const chat = createChatServices(db, clock, hub, chatBus, { unitOffers, units, bookings, residents, staffDirectory, audit, unitAdmin, notifier, virusScanner: adapters.virusScanner }, { batchSends: database.kind === 'postgres' });
  // Configured VAPID keys, or a pair made at first start for the embedded outbox (the browser subscribes with it all the same).
  const pushKey = async () => config.push.vapid?.publicKey ?? (JSON.parse(await serviceSecret(db, 'vapid-keys', () => JSON.stringify(generateVapidKeys()))) as { publicKey: string }).publicKey;
  const pushSubscriptions = new PushSubscriptions(db, clock, pushKey);
  const video = createVideoServices(
    db,
    clock,
    { hub, bus: videoBus, sfu: adapters.sfu, sms: adapters.sms, residents, staffDirectory, bookings, units, unitAdmin, audit, sessions, identities: signIn },
    { ice: config.video, meshLimit: config.video.meshLimit, publicUrl: config.publicUrl },
  );
  /** One WebSocket per tab: video frames to the meeting room, the rest to chat. */
  const onClientMessage: typeof chat.socket.handle = (connection, data, log) => (isVideoFrame(data) ? video.socket.handle : chat.socket.handle)(connection, data, log);
  const jobs: ScheduledJob[] = [
    // Reminders go out within five minutes of a booking coming within 24 hours.
    { name: 'booking-reminders', everyMs: 5 * 60_000, run: () => bookingReminders.sendDue() },
    // R-PX-1: the 13th birthday starts at midnight; open pages of proxies whose link ran out are told within a minute.
    { name: 'disconnect-expired-proxies', everyMs: 60_000, run: () => sessions.disconnectExpiredProxies() },
    // A socket never outlives its session by more than a minute (idle or absolute timeout, ended elsewhere).
    { name: 'disconnect-idle-sessions', everyMs: 60_000, run: () => sessions.disconnectIdle() },
    // Residents hear of unread care messages about a minute after they came.
    { name: 'chat-notifications', everyMs: 30_000, run: () => chat.notifications.sendDue() },
    { name: 'remove-unsent-attachments', everyMs: 3_600_000, run: () => chat.attachments.removeUnsent() },
    { name: 'remove-spent-rate-limits', everyMs: 3_600_000, run: () => removeSpentRateLimitWindows(db) },
    // R-DC-4: mailbox deliveries, retried with growing pauses, then printed.
    { name: 'document-mailbox-delivery', everyMs: 15_000, run: () => documents.jobs.deliverToMailboxes() },
    // R-DC-6: unread in the app for 48 hours without a mailbox: to the print list within a minute.
    { name: 'document-print-list', everyMs: 60_000, run: () => documents.jobs.movePrintDue() },
    { name: 'document-notifications', everyMs: 30_000, run: () => documents.jobs.notifyNew() },
    { name: 'remove-unsent-document-attachments', everyMs: 3_600_000, run: () => documents.jobs.removeUnsentAttachments() },
    // Meetings nobody ended are ended two hours after their booked end; undelivered signals are dropped.
    { name: 'end-abandoned-video-meetings', everyMs: 5 * 60_000, run: () => video.room.endAbandoned() },
  ];
  const demoOutboxes = { sms: adapters.sms instanceof LocalSmsOutbox ? adapters.sms : null, push: adapters.push instanceof LocalPushOutbox ? adapters.push : null };
  const demoMailbox = adapters.mailbox instanceof LocalMailbox ? adapters.mailbox : null;
  // Operations: what waits, across the region, for /metrics.
  const queues = {
    careWaiting: () => messageCounts.waitingForCare(),
    careUnread: () => messageCounts.unreadByCare(),
    residentsUnread: () => messageCounts.unreadByResidents(),
    printList: () => documents.printList.depth(),
    videoMeetings: () => video.inProgress(),
  };
  return { hub, chat, documents, demoMailbox, video, queues, onClientMessage, pushSubscriptions, notifier, demoOutboxes, staffDirectory, units, unitOffers, unitAdmin, statistics, selfBooking, busTickets, fhirAppointments, staffBooking, appointmentTypes, bookingReminders, audit, bookings, accounts, residents, sessions, signIn, proxies, accountProtection, jobs };
}
