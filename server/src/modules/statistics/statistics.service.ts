import type { RegionStatisticsResponse } from '../../../../contracts/statistics.ts';
import type { Clock } from '../../platform/clock.ts';
import { notFound } from '../../platform/errors.ts';
import { swedishDate } from '../../platform/local-date.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { StaffPrincipal } from '../../platform/principal.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';
import type { AccountsService } from '../identity/accounts.service.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import type { MessageCounts } from '../messaging/message-counts.ts';
import type { MonthCounts, MonthRange } from '../../db/month-counts.ts';
import { monthsUpTo, perMonth, totalAtMonthEnd } from './statistics.rules.ts';

/**
 * R-UN-5: the region's figures over time, computed from the data on each request: users and connected
 * units as totals at each month's end; completed video meetings, messages and e-documents sent per month.
 */
export class StatisticsService {
  constructor(
    private readonly clock: Clock,
    private readonly units: UnitsDirectory,
    private readonly accounts: AccountsService,
    private readonly bookings: BookingsService,
    private readonly messages: MessageCounts,
    private readonly documentsByMonth: (unitIds: string[], months: MonthRange) => Promise<MonthCounts>,
  ) {}

  async region(principal: StaffPrincipal, monthCount: number): Promise<RegionStatisticsResponse> {
    assertStaffMay(principal, 'statistics.read');
    const now = this.clock.now();
    const ownUnit = await this.units.byId(principal.activeUnitId);
    if (!ownUnit) throw notFound('Your unit');
    const [region, regionUnits] = await Promise.all([this.units.region(ownUnit.regionId), this.units.inRegion(ownUnit.regionId)]);
    const months = monthsUpTo(swedishDate(now), monthCount);
    const range = { first: months[0]!, last: months.at(-1)! };
    const unitIds = regionUnits.map((u) => u.id);
    const [accounts, units, video, messages, documents] = await Promise.all([
      this.accounts.createdByMonth(range),
      this.units.connectedByMonth(ownUnit.regionId, range),
      this.bookings.completedVideoByMonth(unitIds, range),
      this.messages.byMonth(unitIds, range),
      this.documentsByMonth(unitIds, range),
    ]);
    return {
      regionName: region.name,
      months,
      series: [
        { key: 'accounts', measure: 'total', values: totalAtMonthEnd(months, accounts) },
        { key: 'connected_units', measure: 'total', values: totalAtMonthEnd(months, units) },
        { key: 'video_meetings', measure: 'per_month', values: perMonth(months, video) },
        { key: 'messages', measure: 'per_month', values: perMonth(months, messages) },
        { key: 'e_documents', measure: 'per_month', values: perMonth(months, documents) },
      ],
      computedAt: now.toISOString(),
    };
  }
}
