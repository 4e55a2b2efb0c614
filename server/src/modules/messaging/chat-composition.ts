import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EventBus } from '../../platform/event-bus.ts';
import type { RealtimeHub } from '../../platform/realtime-hub.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import type { UnitAdminService } from '../units/unit-admin.service.ts';
import type { UnitOffers } from '../units/unit-offers.service.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import type { VirusScannerPort } from '../../adapters/virus-scanner/virus-scanner.port.ts';
import type { ResidentNotifier } from '../notifications/resident-notifier.ts';
import { Attachments } from './attachments.service.ts';
import { ChatNotifications } from './chat-notifications.ts';
import { AuthorNames } from './author-names.ts';
import { type ChatBusEvent, ChatDelivery } from './chat-delivery.ts';
import { ChatQueue } from './chat-queue.ts';
import { ChatSettingsAdmin } from './chat-settings.service.ts';
import { ChatSocket } from './chat-socket.ts';
import { Evaluations } from './evaluations.service.ts';
import { MessagingService } from './messaging.service.ts';
import { ReplyTemplates } from './reply-templates.service.ts';
import { ResidentChatService } from './resident-chat.service.ts';
import { StaffChatService } from './staff-chat.service.ts';
import { StaffInbox } from './staff-inbox.service.ts';

export interface ChatNeeds {
  unitOffers: UnitOffers;
  units: UnitsDirectory;
  bookings: BookingsService;
  residents: ResidentsService;
  staffDirectory: StaffDirectory;
  audit: AuditService;
  unitAdmin: UnitAdminService;
  notifier: ResidentNotifier;
  virusScanner: VirusScannerPort;
}

export type ChatServices = ReturnType<typeof createChatServices>;

/** The messaging module's services, wired to each other and to what they need from other modules. */
export function createChatServices(db: Db, clock: Clock, hub: RealtimeHub, bus: EventBus<ChatBusEvent>, needs: ChatNeeds, options: { batchSends: boolean }) {
  const delivery = new ChatDelivery(db, hub, bus, clock);
  const messaging = new MessagingService(db, clock, delivery, new AuthorNames(), options);
  const queue = new ChatQueue(db, delivery);
  const inbox = new StaffInbox(db, clock);
  return {
    bus,
    delivery,
    messaging,
    queue,
    inbox,
    residentChat: new ResidentChatService(db, clock, needs.unitOffers, messaging, delivery, queue, needs.units, needs.bookings),
    staffChat: new StaffChatService(db, clock, messaging, delivery, queue, inbox, needs.residents, needs.staffDirectory, needs.audit),
    settings: new ChatSettingsAdmin(db, clock, needs.unitAdmin),
    templates: new ReplyTemplates(db, clock, needs.unitAdmin),
    evaluations: new Evaluations(db, clock, messaging, needs.units),
    socket: new ChatSocket(db, messaging, delivery, needs.audit),
    attachments: new Attachments(db, clock, messaging, needs.virusScanner),
    notifications: new ChatNotifications(db, clock, needs.notifier),
  };
}
