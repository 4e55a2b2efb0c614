import { z } from 'zod';

/** R-UN-5: the figures the region follows over time. */
export const statisticsSeriesKey = z.enum(['accounts', 'connected_units', 'video_meetings', 'messages', 'e_documents']);
export type StatisticsSeriesKey = z.infer<typeof statisticsSeriesKey>;

export const regionStatisticsQuery = z.object({
  months: z.coerce.number().int().min(3, 'Show at least 3 months').max(36, 'Show at most 36 months').default(12),
});

export const statisticsSeries = z.object({
  key: statisticsSeriesKey,
  /** `total`: the number at the end of each month (users, units); `per_month`: what happened in each month. */
  measure: z.enum(['total', 'per_month']),
  /** One value per entry of `months`. */
  values: z.array(z.number().int().min(0)),
});
export type StatisticsSeries = z.infer<typeof statisticsSeries>;

export const regionStatisticsResponse = z.object({
  regionName: z.string(),
  /** Calendar months in Swedish time, oldest first, as YYYY-MM; the last is the current month so far. */
  months: z.array(z.string().regex(/^\d{4}-\d{2}$/)),
  series: z.array(statisticsSeries),
  computedAt: z.iso.datetime({ offset: true }),
});
export type RegionStatisticsResponse = z.infer<typeof regionStatisticsResponse>;
