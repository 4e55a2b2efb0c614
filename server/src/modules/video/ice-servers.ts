import type { IceServer } from '../../../../contracts/video.ts';
import type { Clock } from '../../platform/clock.ts';
import { turnCredentials } from './video.rules.ts';

export interface IceSettings {
  /** TURN addresses (coturn with use-auth-secret), e.g. turn:turn.example.se:3478?transport=udp. */
  turnUrls: string[];
  turnSecret: string | undefined;
  turnTtlSeconds: number;
  stunUrls: string[];
  /** 'relay' sends all media through TURN, so peers never learn each other's addresses. */
  transportPolicy: 'all' | 'relay';
}

/**
 * The ICE servers a participant's browser gets: TURN with credentials that expire (TURN REST), named
 * after the participant, never the person. With nothing configured, the list is empty: browsers
 * connect over host candidates, which works on one local network only.
 */
export class IceServers {
  constructor(
    private readonly settings: IceSettings,
    private readonly clock: Clock,
  ) {}

  forParticipant(participantId: string): { iceServers: IceServer[]; iceTransportPolicy: 'all' | 'relay' } {
    const servers: IceServer[] = [];
    if (this.settings.stunUrls.length) servers.push({ urls: this.settings.stunUrls });
    if (this.settings.turnUrls.length && this.settings.turnSecret) {
      const { username, credential } = turnCredentials(this.settings.turnSecret, participantId, this.clock.now(), this.settings.turnTtlSeconds);
      servers.push({ urls: this.settings.turnUrls, username, credential });
    }
    return { iceServers: servers, iceTransportPolicy: this.settings.transportPolicy };
  }
}
