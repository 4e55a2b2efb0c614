import { useId } from 'react';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatNumber, niceTicks } from '../../statistics/hooks/chart-scale.ts';

export interface Bar {
  label: string;
  value: number;
}

// Drawing units of the viewBox; the chart scales to the card's width.
const WIDTH = 420;
const HEIGHT = 210;
const PAD = { top: 12, right: 8, bottom: 30, left: 40 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

/**
 * Counts per answer as bars, drawn like the statistics charts: one image for screen readers, named by
 * its title and a description in words; the figures themselves are in the table beside it.
 */
export function BarChart({ bars, title, description }: { bars: Bar[]; title: string; description: string }) {
  const language = useLanguage();
  const titleId = useId();
  const descId = useId();
  const ticks = niceTicks(Math.max(0, ...bars.map((b) => b.value)));
  const top = ticks.at(-1) ?? 1;
  const slot = PLOT_W / Math.max(1, bars.length);
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const y = (value: number) => PAD.top + PLOT_H - (value / top) * PLOT_H;
  const baseline = y(0);

  return (
    <svg className="vk-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="vk-chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
          <text className="vk-chart__tick" x={PAD.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {formatNumber(tick, language)}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => (
        <rect key={bar.label} className="vk-chart__bar" x={x(i) - slot * 0.3} width={slot * 0.6} y={y(bar.value)} height={Math.max(0, baseline - y(bar.value))} />
      ))}
      <line className="vk-chart__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={baseline} y2={baseline} />
      {bars.map((bar, i) => (
        <text key={bar.label} className="vk-chart__tick" x={x(i)} y={baseline + 18} textAnchor="middle">
          {bar.label}
        </text>
      ))}
    </svg>
  );
}
