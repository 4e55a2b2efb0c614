import type { SfuPort } from '../../adapters/sfu/sfu.port.ts';
import type { SmsPort } from '../../adapters/sms/sms.port.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EventBus } from '../../platform/event-bus.ts';
import type { RealtimeHub } from '../../platform/realtime-hub.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';
import type { SessionService } from '../identity/session.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import type { UnitAdminService } from '../units/unit-admin.service.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import { type GuestIdentitySource, GuestLinks } from './guest-links.service.ts';
import { IceServers, type IceSettings } from './ice-servers.ts';
import { MeetingAccess } from './meeting-access.ts';
import { MeetingCreator } from './meeting-creator.ts';
import { MeetingRoom } from './meeting-room.ts';
import { ResidentVideo } from './resident-video.service.ts';
import { SfuRelay } from './sfu-relay.ts';
import { StaffMeetings } from './staff-meetings.service.ts';
import { type VideoBusEvent, VideoDelivery } from './video-delivery.ts';
import { VideoSettingsAdmin } from './video-settings.service.ts';
import { VideoSocket } from './video-socket.ts';
import { videoRepository } from './video.repository.ts';

export interface VideoNeeds {
  hub: RealtimeHub;
  bus: EventBus<VideoBusEvent>;
  sfu: SfuPort;
  sms: SmsPort;
  residents: ResidentsService;
  staffDirectory: StaffDirectory;
  bookings: BookingsService;
  units: UnitsDirectory;
  unitAdmin: UnitAdminService;
  audit: AuditService;
  sessions: SessionService;
  identities: GuestIdentitySource;
}

export interface VideoOptions {
  ice: IceSettings;
  meshLimit: number;
  publicUrl: string;
}

export type VideoServices = ReturnType<typeof createVideoServices>;

/** The video module's services, wired to each other and to what they need from other modules. */
export function createVideoServices(db: Db, clock: Clock, needs: VideoNeeds, options: VideoOptions) {
  const access = new MeetingAccess(db, clock, needs.residents, needs.staffDirectory);
  const delivery = new VideoDelivery(db, clock, needs.hub, needs.units, needs.bus, options.meshLimit);
  const relay = new SfuRelay(needs.sfu);
  const creator = new MeetingCreator(db, clock);
  const room = new MeetingRoom(db, clock, access, delivery, needs.sfu, relay, needs.bookings, needs.audit, new IceServers(options.ice, clock), options.meshLimit);
  // A closed socket is a network drop: the participant stays admitted and is shown as away.
  needs.hub.onGone((connection) => void room.connectionGone(connection).catch(() => undefined));
  return {
    bus: needs.bus,
    sfu: needs.sfu,
    room,
    delivery,
    socket: new VideoSocket(room, delivery, relay),
    staffMeetings: new StaffMeetings(db, clock, needs.bookings, needs.staffDirectory, creator, delivery, needs.sfu, options.meshLimit),
    residentVideo: new ResidentVideo(db, clock, needs.residents, needs.bookings, creator),
    guestLinks: new GuestLinks(db, clock, access, delivery, needs.sessions, needs.units, needs.sms, needs.identities, options.publicUrl),
    settings: new VideoSettingsAdmin(db, clock, needs.unitAdmin),
    /** Operations: meetings under way across the region. */
    inProgress: () => videoRepository.inProgressCount(db),
  };
}
