export type ConnectionQuality = 'good' | 'fair' | 'poor' | 'connecting';

export interface StatsSample {
  packetsReceived: number;
  packetsLost: number;
}

/**
 * The connection-quality indicator: round-trip time of the pair in use and the share of packets lost
 * since the last sample. Thresholds follow what people notice in a call: above 400 ms or 5 % loss
 * talk breaks up; above 200 ms or 2 % it stutters.
 */
export function qualityFrom(rttSeconds: number | null, lossRatio: number): Exclude<ConnectionQuality, 'connecting'> {
  if ((rttSeconds ?? 0) > 0.4 || lossRatio > 0.05) return 'poor';
  if ((rttSeconds ?? 0) > 0.2 || lossRatio > 0.02) return 'fair';
  return 'good';
}

export function qualityOf(stats: RTCStatsReport, previous: StatsSample | undefined): { quality: Exclude<ConnectionQuality, 'connecting'>; sample: StatsSample } {
  let rtt: number | null = null;
  const sample: StatsSample = { packetsReceived: 0, packetsLost: 0 };
  stats.forEach((report: { type: string; state?: string; nominated?: boolean; currentRoundTripTime?: number; packetsReceived?: number; packetsLost?: number }) => {
    if (report.type === 'candidate-pair' && report.state === 'succeeded' && report.nominated && typeof report.currentRoundTripTime === 'number') rtt = report.currentRoundTripTime;
    if (report.type === 'inbound-rtp') {
      sample.packetsReceived += report.packetsReceived ?? 0;
      sample.packetsLost += report.packetsLost ?? 0;
    }
  });
  const received = sample.packetsReceived - (previous?.packetsReceived ?? 0);
  const lost = sample.packetsLost - (previous?.packetsLost ?? 0);
  const loss = received + lost > 0 ? Math.max(0, lost) / (received + lost) : 0;
  return { quality: qualityFrom(rtt, loss), sample };
}
