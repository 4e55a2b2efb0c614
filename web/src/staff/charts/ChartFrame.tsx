import { useId, type ReactNode } from 'react';
import { useLanguage } from '../../shared/hooks/useLanguage.ts';
import { formatNumber, niceTicks } from './chart-scale.ts';

export interface ChartSize {
  width: number;
  height: number;
  pad: { top: number; right: number; bottom: number; left: number };
}

/** Where the plot puts a slot's centre and a value's height, in drawing units of the viewBox. */
export interface ChartScale {
  slot: number;
  x: (index: number) => number;
  y: (value: number) => number;
  baseline: number;
}

interface Props {
  size: ChartSize;
  slots: number;
  values: number[];
  title: string;
  description: string;
  /** The bars, lines or points, drawn between the grid and the axis. */
  plot: (scale: ChartScale) => ReactNode;
  /** The labels under the axis. */
  labels: (scale: ChartScale) => ReactNode;
}

/**
 * An inline SVG chart that scales to its card's width: for screen readers one image, named by its
 * title and a description in words (the figures themselves are in a table beside it); a grid of
 * round numbers; colours from the theme through CSS classes.
 */
export function ChartFrame({ size, slots, values, title, description, plot, labels }: Props) {
  const language = useLanguage();
  const titleId = useId();
  const descId = useId();
  const { width, height, pad } = size;
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const ticks = niceTicks(Math.max(0, ...values));
  const top = ticks.at(-1) ?? 1;
  const slot = plotWidth / Math.max(1, slots);
  const y = (value: number) => pad.top + plotHeight - (value / top) * plotHeight;
  const scale: ChartScale = { slot, x: (i) => pad.left + slot * i + slot / 2, y, baseline: y(0) };

  return (
    <svg className="vk-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="vk-chart__grid" x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} />
          <text className="vk-chart__tick" x={pad.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {formatNumber(tick, language)}
          </text>
        </g>
      ))}
      {plot(scale)}
      <line className="vk-chart__axis" x1={pad.left} x2={width - pad.right} y1={scale.baseline} y2={scale.baseline} />
      {labels(scale)}
    </svg>
  );
}
