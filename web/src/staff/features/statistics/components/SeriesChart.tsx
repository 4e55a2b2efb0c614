import { useTranslation } from 'react-i18next';
import type { StatisticsSeries } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { ChartFrame, type ChartSize } from '../../../charts/ChartFrame.tsx';
import { formatNumber, labelledMonths, monthLabel, monthLabelLines } from '../../../charts/chart-scale.ts';

interface Props {
  series: StatisticsSeries;
  months: string[];
  title: string;
}

const SIZE: ChartSize = { width: 560, height: 230, pad: { top: 12, right: 12, bottom: 40, left: 48 } };

/** One series over the months: bars for what happened each month, a line over an area for a running total. */
export function SeriesChart({ series, months, title }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const values = series.values;
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

  return (
    <ChartFrame
      size={SIZE}
      slots={months.length}
      values={values}
      title={title}
      description={description}
      plot={({ slot, x, y, baseline }) => {
        if (series.measure === 'per_month') {
          return values.map((value, i) => (
            <rect
              key={months[i] ?? i}
              // The current month is not over: drawn lighter so it is not read as a drop.
              className={i === last ? 'vk-chart__bar vk-chart__bar--partial' : 'vk-chart__bar'}
              x={x(i) - slot * 0.35}
              width={slot * 0.7}
              y={y(value)}
              height={Math.max(0, baseline - y(value))}
            />
          ));
        }
        const points = values.map((value, i) => `${x(i)},${y(value)}`);
        return (
          <>
            <path className="vk-chart__area" d={`M${x(0)},${baseline} L${points.join(' L')} L${x(last)},${baseline} Z`} />
            <polyline className="vk-chart__line" points={points.join(' ')} />
            {values.map((value, i) => (
              <circle key={months[i] ?? i} className="vk-chart__dot" cx={x(i)} cy={y(value)} r={months.length > 24 ? 2 : 3} />
            ))}
          </>
        );
      }}
      labels={({ x, baseline }) =>
        months.map((month, i) => {
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
        })
      }
    />
  );
}
