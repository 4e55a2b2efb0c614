import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { StatisticsSeries } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { FiguresTable } from '../../../charts/FiguresTable.tsx';
import { formatNumber, monthLabel } from '../../../charts/chart-scale.ts';
import { SeriesChart } from './SeriesChart.tsx';

/** One figure (R-UN-5): the latest value large, the chart, and the same numbers as a table. */
export function SeriesCard({ series, months }: { series: StatisticsSeries; months: string[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = t(`staff.statistics.series.${series.key}`);
  const headingId = `series-${series.key}`;
  const latest = series.values.at(-1) ?? 0;
  const lastMonth = monthLabel(months.at(-1) ?? '', language);

  return (
    <Card data-color="neutral" asChild>
      <section aria-labelledby={headingId} className="vk-stat-card">
        <Card.Block className="vk-stat-card__body">
          <div className="vk-stack vk-stack--sm">
            <Heading level={2} data-size="xs" id={headingId}>
              {name}
            </Heading>
            <Paragraph data-size="sm" className="vk-muted">
              {t(`staff.statistics.seriesHint.${series.key}`)} {t(`staff.statistics.measure.${series.measure}`)}.
            </Paragraph>
          </div>
          <p className="vk-stat">
            <span className="vk-stat__value">{formatNumber(latest, language)}</span>
            <span className="vk-stat__label">{t(`staff.statistics.latest.${series.measure}`, { month: lastMonth })}</span>
          </p>
          <SeriesChart series={series} months={months} title={`${name}, ${t(`staff.statistics.measure.${series.measure}`).toLocaleLowerCase(language)}`} />
        </Card.Block>
        <FiguresTable
          summary={t('staff.statistics.table')}
          caption={name}
          labelHeading={t('staff.statistics.month')}
          valueHeading={t('staff.statistics.value')}
          rows={months.map((month, i) => ({ key: month, label: monthLabel(month, language), value: series.values[i] ?? 0 }))}
        />
      </section>
    </Card>
  );
}
