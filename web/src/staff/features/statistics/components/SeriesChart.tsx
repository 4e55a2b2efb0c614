import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsSeries } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatNumber, labelledMonths, monthLabel, monthLabelLines, niceTicks } from '../hooks/chart-scale.ts';

interface Props {
  series: StatisticsSeries;
  months: string[];
  title: string;
}

// Drawing units of the viewBox; the chart scales to the card's width.
const WIDTH = 560;
const HEIGHT = 230;
const PAD = { top: 12, right: 12, bottom: 40, left: 48 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

/**
 * One series over the months as an inline SVG: bars for what happened each month, a line over an area
 * for a running total. For screen readers it is one image with a title and a description in words;
 * the figures themselves are in the table next to it. Colours come from the theme via CSS classes.
 */
export function SeriesChart({ series, months, title }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const descId = useId();
  const values = series.values;
  const ticks = niceTicks(Math.max(0, ...values));
  const top = ticks.at(-1) ?? 1;
  const slot = PLOT_W / Math.max(1, months.length);
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const y = (value: number) => PAD.top + PLOT_H - (value / top) * PLOT_H;
  const labelled = labelledMonths(months.length);
  const last = values.length - 1;
  const number = (value: number) => formatNumber(value, language);

  const description = t(`staff.statistics.chart.${series.measure}`, {
    from: monthLabel(months[0] ?? '', language),
    to: monthLabel(months.at(-1) ?? '', language),
    last: monthLabel(months.at(-1) ?? '', language),
    min: number(Math.min(...values)),
    max: number(Math.max(...values)),
    first: number(values[0] ?? 0),
    latest: number(values[last] ?? 0),
  });

  const points = values.map((value, i) => `${x(i)},${y(value)}`);
  const baseline = y(0);

  return (
    <svg className="vk-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="vk-chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
          <text className="vk-chart__tick" x={PAD.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {number(tick)}
          </text>
        </g>
      ))}
      {series.measure === 'per_month'
        ? values.map((value, i) => (
            <rect
              key={months[i] ?? i}
              // The current month is not over: drawn lighter so it is not read as a drop.
              className={i === last ? 'vk-chart__bar vk-chart__bar--partial' : 'vk-chart__bar'}
              x={x(i) - slot * 0.35}
              width={slot * 0.7}
              y={y(value)}
              height={Math.max(0, baseline - y(value))}
            />
          ))
        : (
            <>
              <path className="vk-chart__area" d={`M${x(0)},${baseline} L${points.join(' L')} L${x(last)},${baseline} Z`} />
              <polyline className="vk-chart__line" points={points.join(' ')} />
              {values.map((value, i) => (
                <circle key={months[i] ?? i} className="vk-chart__dot" cx={x(i)} cy={y(value)} r={months.length > 24 ? 2 : 3} />
              ))}
            </>
          )}
      <line className="vk-chart__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={baseline} y2={baseline} />
      {months.map((month, i) => {
        if (!labelled.has(i)) return null;
        const [short, year] = monthLabelLines(month, language);
        return (
          <text key={month} className="vk-chart__tick" x={x(i)} y={baseline + 16} textAnchor="middle">
            <tspan x={x(i)}>{short}</tspan>
            <tspan x={x(i)} dy={13}>
              {year}
            </tspan>
          </text>
        );
      })}
    </svg>
  );
}
