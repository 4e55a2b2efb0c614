import { ChartFrame, type ChartSize } from '../../../charts/ChartFrame.tsx';

export interface Bar {
  label: string;
  value: number;
}

const SIZE: ChartSize = { width: 420, height: 210, pad: { top: 12, right: 8, bottom: 30, left: 40 } };

/** Counts per answer as bars, drawn like the statistics charts. */
export function BarChart({ bars, title, description }: { bars: Bar[]; title: string; description: string }) {
  return (
    <ChartFrame
      size={SIZE}
      slots={bars.length}
      values={bars.map((b) => b.value)}
      title={title}
      description={description}
      plot={({ slot, x, y, baseline }) =>
        bars.map((bar, i) => (
          <rect key={bar.label} className="vk-chart__bar" x={x(i) - slot * 0.3} width={slot * 0.6} y={y(bar.value)} height={Math.max(0, baseline - y(bar.value))} />
        ))
      }
      labels={({ x, baseline }) =>
        bars.map((bar, i) => (
          <text key={bar.label} className="vk-chart__tick" x={x(i)} y={baseline + 18} textAnchor="middle">
            {bar.label}
          </text>
        ))
      }
    />
  );
}
