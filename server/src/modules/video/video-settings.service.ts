import type { VideoSettings } from '../../../../contracts/video.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import type { StaffPrincipal } from '../../platform/principal.ts';
import type { UnitAdminService } from '../units/unit-admin.service.ts';
import { videoRepository } from './video.repository.ts';

/** R-VM-3: whether a unit's guests must identify with e-ID; kept by the unit's administrators. */
export class VideoSettingsAdmin {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly admin: UnitAdminService,
  ) {}

  async get(principal: StaffPrincipal, unitId: string): Promise<VideoSettings> {
    const unit = await this.admin.administered(principal, unitId);
    return videoRepository.settings(this.db, unit.id);
  }

  async put(principal: StaffPrincipal, unitId: string, settings: VideoSettings): Promise<void> {
    const unit = await this.admin.administered(principal, unitId);
    await videoRepository.putSettings(this.db, unit.id, settings.guestsRequireEid, this.clock.now(), principal.staffId);
  }
}
